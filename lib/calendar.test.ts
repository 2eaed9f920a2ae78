import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar } from "./calendar";

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, summary: event.summary, start: event.startDate, end: event.endDate };
  });
}

describe("buildCalendar", () => {
  it("writes all-day events with stable UIDs that another library can read", () => {
    const text = buildCalendar([
      { uid: "exam-ardms-ae-u1@planner", date: "2027-03-05", title: "AE exam" },
      {
        uid: "deadline-ardms-rdcs-u1@planner",
        date: "2029-12-31",
        title: "Five-year deadline: RDCS",
      },
    ]);
    const events = parse(text);
    expect(events.map((event) => event.uid)).toEqual([
      "exam-ardms-ae-u1@planner",
      "deadline-ardms-rdcs-u1@planner",
    ]);
    expect(events[0]?.summary).toBe("AE exam");
    expect(events[0]?.start.isDate).toBe(true);
    expect(events[0]?.start.toString()).toBe("2027-03-05");
    expect(events[0]?.end.toString()).toBe("2027-03-06");
    expect(events[1]?.end.toString()).toBe("2030-01-01");
  });

  it("produces a valid, empty calendar when nothing is dated", () => {
    const text = buildCalendar([]);
    expect(parse(text)).toEqual([]);
    expect(text).toContain("BEGIN:VCALENDAR");
  });
});
