/**
 * The one window engine: deadlines computed from `WindowRule` data in the catalog (for example the
 * ARDMS five-year rule and ARRT's 24-month clinical window), and the CE periods of the credential
 * upkeep cycles (`PeriodPattern` data: ARDMS's calendar-rounded periods, CCI's quarter-based first
 * renewal, ARRT's birth-month biennium, ABII's first full year). Pure; dates are "YYYY-MM-DD".
 */
import type { PeriodPattern, RelativeDate, WindowRule } from "@/lib/catalog/types";
import { addDaysToDate, addMonthsToDate, daysBetween, isIsoDate } from "./dates";

/** The parts of a rule the engine reads. */
export type WindowTiming = Pick<WindowRule, "length" | "rounding">;

export interface WindowStatus {
  /** Last day on which the window is still open. */
  deadline: string;
  /** Days from today to the deadline: 0 on the deadline itself, negative once closed. */
  daysLeft: number;
  /** True from the day after the deadline. */
  closed: boolean;
}

function lengthInMonths(rule: WindowTiming): number {
  return (rule.length.years ?? 0) * 12 + (rule.length.months ?? 0);
}

/**
 * The last day of the window that starts on `start`.
 * - rounding "calendar_year_end": 31 December of the year reached by adding the length to `start`
 *   (ARDMS: a first pass on 2011-06-06 gives 2016-12-31).
 * - rounding "none": `start` plus the length, as date-fns adds months (ARRT's 24 months).
 */
export function windowDeadline(rule: WindowTiming, start: string): string {
  const end = addMonthsToDate(start, lengthInMonths(rule));
  if (rule.rounding === "calendar_year_end") return `${end.slice(0, 4)}-12-31`;
  return end;
}

/** The window's deadline and whether it has closed, as of `today`. */
export function windowStatus(rule: WindowTiming, start: string, today: string): WindowStatus {
  const deadline = windowDeadline(rule, start);
  const daysLeft = daysBetween(today, deadline);
  return { deadline, daysLeft, closed: daysLeft < 0 };
}

// ---- Periods: CE cycles laid end to end ---------------------------------------------------------

/** One period of a cycle, inclusive at both ends. `index` 0 is the first period. */
export interface Period {
  index: number;
  start: string;
  end: string;
}

/** A cycle's periods: the pattern from the catalog plus the person's anchor date. */
export interface PeriodClock {
  pattern: PeriodPattern;
  /** The date of the start event (first credential earned, pass date, certification date). */
  anchor: string;
  /** 1–12; only the "birth_month" pattern reads it, and it needs it. */
  birthMonth?: number;
}

/** Periods further than this from the anchor are refused rather than searched for. */
const MAX_PERIODS = 1000;

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

function monthOf(date: string): number {
  return Number(date.slice(5, 7));
}

/** The date for a year, month (1–12) and day; throws for a day the month does not have. */
function dateOf(year: number, month: number, day: number): string {
  const date = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return date;
}

/** The last day of the month `date` falls in. */
export function endOfMonth(date: string): string {
  return addDaysToDate(addMonthsToDate(`${date.slice(0, 7)}-01`, 1), -1);
}

/**
 * CCI's first renewal end date: one year after the first day of the pass's quarter, less a day.
 * Jan–Mar → 31 Dec the same year; Apr–Jun → 31 Mar next year; Jul–Sep → 30 Jun next year;
 * Oct–Dec → 30 Sep next year.
 */
export function quarterFirstRenewalEnd(passedOn: string): string {
  const quarterFirstMonth = Math.floor((monthOf(passedOn) - 1) / 3) * 3 + 1;
  const quarterStart = dateOf(yearOf(passedOn), quarterFirstMonth, 1);
  return addDaysToDate(addMonthsToDate(quarterStart, 12), -1);
}

/** The first 1st of `birthMonth` on or after `date` (ARRT's biennium start). */
export function firstBirthMonthStart(date: string, birthMonth: number): string {
  if (!Number.isInteger(birthMonth) || birthMonth < 1 || birthMonth > 12) {
    throw new RangeError(`Not a month (1–12): ${birthMonth}`);
  }
  const thisYear = dateOf(yearOf(date), birthMonth, 1);
  return thisYear >= date ? thisYear : dateOf(yearOf(date) + 1, birthMonth, 1);
}

/**
 * 1 January of the first full calendar year from `date`: the next year's, or the same year's when
 * `date` is itself 1 January (so the earlier reading of "first full year" wins, never a later one).
 */
export function firstFullYearStart(date: string): string {
  return date.slice(5) === "01-01" ? date : dateOf(yearOf(date) + 1, 1, 1);
}

/** The period with the given index (0 = first). */
export function periodAt(clock: PeriodClock, index: number): Period {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Bad period index: ${index}`);
  const { pattern, anchor } = clock;
  const months = pattern.years * 12;
  switch (pattern.kind) {
    case "rest_of_year_then_calendar_years": {
      // The first period is the existing calendar-rounded window: the rest of the anchor's year
      // plus `years` calendar years. Later ones are whole blocks of `years` calendar years.
      const firstEnd = windowDeadline(
        { length: { years: pattern.years }, rounding: "calendar_year_end" },
        anchor,
      );
      if (index === 0) return { index, start: anchor, end: firstEnd };
      const startYear = yearOf(firstEnd) + 1 + (index - 1) * pattern.years;
      return {
        index,
        start: dateOf(startYear, 1, 1),
        end: dateOf(startYear + pattern.years - 1, 12, 31),
      };
    }
    case "quarter_first_renewal_then_years": {
      const firstEnd = quarterFirstRenewalEnd(anchor);
      if (index === 0) return { index, start: anchor, end: firstEnd };
      // Always count from the first end so that month ends never drift (30 Jun stays 30 Jun).
      return {
        index,
        start: addDaysToDate(addMonthsToDate(firstEnd, months * (index - 1)), 1),
        end: addMonthsToDate(firstEnd, months * index),
      };
    }
    case "birth_month": {
      if (clock.birthMonth === undefined) {
        throw new RangeError("A birth-month cycle needs the birth month.");
      }
      const firstStart = firstBirthMonthStart(anchor, clock.birthMonth);
      const start = addMonthsToDate(firstStart, months * index);
      return { index, start, end: addDaysToDate(addMonthsToDate(start, months), -1) };
    }
    case "calendar_years_from_first_full_year": {
      const startYear = yearOf(firstFullYearStart(anchor)) + index * pattern.years;
      return {
        index,
        start: dateOf(startYear, 1, 1),
        end: dateOf(startYear + pattern.years - 1, 12, 31),
      };
    }
    case "anniversary":
      return {
        index,
        start: addMonthsToDate(anchor, months * index),
        end: addDaysToDate(addMonthsToDate(anchor, months * (index + 1)), -1),
      };
  }
}

/** The period that contains `date`, or null when `date` is before the first period starts. */
export function periodContaining(clock: PeriodClock, date: string): Period | null {
  for (let index = 0; index < MAX_PERIODS; index++) {
    const period = periodAt(clock, index);
    if (date < period.start) return null;
    if (date <= period.end) return period;
  }
  throw new RangeError(`${date} is more than ${MAX_PERIODS} periods after ${clock.anchor}.`);
}

/** Every period that starts on or before `until`, first to last. */
export function periodsThrough(clock: PeriodClock, until: string): Period[] {
  const periods: Period[] = [];
  for (let index = 0; index < MAX_PERIODS; index++) {
    const period = periodAt(clock, index);
    if (period.start > until) return periods;
    periods.push(period);
  }
  throw new RangeError(`${until} is more than ${MAX_PERIODS} periods after ${clock.anchor}.`);
}

/** A date worked out from `from` (see `RelativeDate`). */
export function resolveRelativeDate(rule: RelativeDate, from: string): string {
  switch (rule.kind) {
    case "days_after":
      return addDaysToDate(from, rule.days);
    case "months_after":
      return addMonthsToDate(from, rule.months);
    case "next_month_day": {
      const on = (year: number) =>
        rule.day === "last"
          ? endOfMonth(dateOf(year, rule.month, 1))
          : dateOf(year, rule.month, rule.day);
      const thisYear = on(yearOf(from));
      return thisYear > from ? thisYear : on(yearOf(from) + 1);
    }
  }
}

/**
 * Whole months from `today` to `deadline`, a part month counting as a whole one: the fewest
 * months m ≥ 1 whose span from today reaches past the deadline. A span that would end on a day
 * the month lacks (30 November + 3 months) ends on the 1st of the following month, so month-end
 * clamping never adds a month. 0 once the deadline has passed.
 * (2026-12-01 → 2026-12-31 is 1; 2026-11-30 → 2026-12-31 is 2; 2026-11-30 → 2027-02-28 is 3.)
 */
export function wholeMonthsLeft(today: string, deadline: string): number {
  if (deadline < today) return 0;
  const spanEnd = (months: number) => {
    const landed = addMonthsToDate(today, months);
    return landed.slice(8) < today.slice(8) ? addDaysToDate(landed, 1) : landed;
  };
  let months = Math.max(
    1,
    (yearOf(deadline) - yearOf(today)) * 12 + monthOf(deadline) - monthOf(today) - 1,
  );
  while (spanEnd(months) <= deadline) months++;
  return months;
}
