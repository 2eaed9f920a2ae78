import { createEvents, type DateArray, type EventAttributes } from "ics";

/** One dated item for the feed: an exam date, a target date or a five-year-rule deadline. */
export interface CalendarItem {
  /** Stable across requests and edits, so calendar apps update events rather than duplicate them. */
  uid: string;
  date: string;
  title: string;
  description?: string;
}

function dateArray(date: string): DateArray {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return [year, month, day];
}

function nextDay(date: string): DateArray {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** An iCalendar document of all-day events (DTSTART;VALUE=DATE), built with the `ics` library. */
export function buildCalendar(items: readonly CalendarItem[]): string {
  const events: EventAttributes[] = items.map((item) => ({
    uid: item.uid,
    start: dateArray(item.date),
    end: nextDay(item.date),
    title: item.title,
    description: item.description,
    transp: "TRANSPARENT",
    productId: "sonography-career-planner",
    calName: "Sonography career plan",
  }));
  if (events.length === 0) {
    // `ics` refuses an empty list; an empty but valid calendar is what subscribers expect.
    return [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:sonography-career-planner",
      "X-WR-CALNAME:Sonography career plan",
      "END:VCALENDAR",
      "",
    ].join("\r\n");
  }
  const { error, value } = createEvents(events, {
    productId: "sonography-career-planner",
    calName: "Sonography career plan",
  });
  if (error || !value) throw error ?? new Error("Could not build the calendar");
  return value;
}
