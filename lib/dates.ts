/**
 * Calendar dates as "YYYY-MM-DD" strings. A calendar date has no time of day and no time zone, so
 * it is never held in a `Date` beyond the line that computes it. Pure: no Node-only modules.
 */
import { addMonths } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** Days in a month of the proleptic Gregorian calendar (what `Date` uses). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Checked by arithmetic, not by building a Date: the engines parse every date they compare, and
// the allocation was a visible share of a dashboard's CPU (npm run bench:reads).
function parse(value: string): DateParts | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parseOrThrow(value: string): DateParts {
  const parts = parse(value);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function format({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Milliseconds at UTC midnight of the date: every day is exactly 24 hours long in UTC. */
function utcMidnight({ year, month, day }: DateParts): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** True for a real calendar date written as YYYY-MM-DD (2025-02-30 is false). */
export function isIsoDate(value: string): boolean {
  return parse(value) !== null;
}

/**
 * Zones already found valid: `todayIn` asks on every signed-in request, and building an
 * Intl.DateTimeFormat to find out costs far more than a lookup. Only valid zones are kept (the
 * runtime knows a bounded set), so arbitrary input cannot grow it.
 */
const validZones = new Set<string>();

/** True when the runtime knows the IANA time zone (e.g. "Pacific/Auckland"). */
export function isValidTimeZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  if (zone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
  } catch {
    return false;
  }
  validZones.add(zone);
  return true;
}

/** Wall-clock readers, built once per zone (building an Intl.DateTimeFormat is costly). */
const wallClocks = new Map<string, Intl.DateTimeFormat>();

function wallClockIn(zone: string): Intl.DateTimeFormat {
  let clock = wallClocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      calendar: "gregory",
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallClocks.set(zone, clock);
  }
  return clock;
}

/** The wall-clock reading in the zone at an instant. */
function wallClock(zone: string, instant: Date) {
  const parts = wallClockIn(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/**
 * The calendar date at the instant `now` in the IANA time zone. An unknown zone falls back to UTC.
 * Throws a RangeError for an invalid `now`.
 */
export function todayIn(timeZone: string, now: Date): string {
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const { year, month, day } = wallClock(zone, now);
  return format({ year, month, day });
}

/**
 * The instant at which the wall clock in `timeZone` reads `hour`:`minute` on `date` (an unknown
 * zone: UTC). Daylight-saving aware: 08:00 in New York is 13:00 UTC in January, 12:00 in July.
 * (A time inside a spring-forward gap, which 08:00 never is in any zone, lands within an hour.)
 */
export function instantAt(date: string, hour: number, minute: number, timeZone: string): Date {
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  const { year, month, day } = parseOrThrow(date);
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  // The zone's offset at a guess, applied twice: the second pass settles a guess that crossed a
  // daylight-saving change.
  let instant = wanted;
  for (let pass = 0; pass < 2; pass++) {
    const seen = wallClock(zone, new Date(instant));
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute);
    instant += wanted - seenAsUtc;
  }
  return new Date(instant);
}

/** Whole days from `from` to `to` (to − from): negative when `to` is earlier. DST cannot skew it. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(parseOrThrow(to)) - utcMidnight(parseOrThrow(from))) / MS_PER_DAY);
}

/** The date plus `days` (negative to go back). */
export function addDaysToDate(date: string, days: number): string {
  const result = new Date(utcMidnight(parseOrThrow(date)) + Math.trunc(days) * MS_PER_DAY);
  return format({
    year: result.getUTCFullYear(),
    month: result.getUTCMonth() + 1,
    day: result.getUTCDate(),
  });
}

/**
 * The date plus whole `months` (negative to go back), as date-fns counts them: a day that does not
 * exist in the target month becomes its last day (2024-01-31 + 1 month = 2024-02-29).
 */
export function addMonthsToDate(date: string, months: number): string {
  const { year, month, day } = parseOrThrow(date);
  // Local noon always exists (DST gaps are at night), so date-fns' local arithmetic is exact.
  const local = new Date(2000, month - 1, day, 12);
  local.setFullYear(year);
  const result = addMonths(local, Math.trunc(months));
  return format({
    year: result.getFullYear(),
    month: result.getMonth() + 1,
    day: result.getDate(),
  });
}

/** The latest of some ISO dates; null for an empty list. */
export function latestDate(dates: readonly string[]): string | null {
  let latest: string | null = null;
  for (const date of dates) if (latest === null || date > latest) latest = date;
  return latest;
}

/** The earliest of some ISO dates; null for an empty list. */
export function earliestDate(dates: readonly string[]): string | null {
  let earliest: string | null = null;
  for (const date of dates) if (earliest === null || date < earliest) earliest = date;
  return earliest;
}
