/**
 * The one window engine: deadlines computed from `WindowRule` data in the catalog (for example the
 * ARDMS five-year rule and ARRT's 24-month clinical window). Pure; dates are "YYYY-MM-DD" strings.
 */
import type { WindowRule } from "@/lib/catalog/types";
import { addMonthsToDate, daysBetween } from "./dates";

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
