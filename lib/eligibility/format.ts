/** Plain-words formatting for the engine's explanations. Pure. */
import type { ClinicalArea } from "@/lib/catalog/types";
import { addMonthsToDate, daysBetween } from "@/lib/dates";

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 1680 → "1,680". */
export function formatCount(value: number): string {
  return number.format(value);
}

/** Whole units, rounded up: 4.2 more months is shown as 5 so the person is never short. */
export function wholeUp(value: number): number {
  return Math.ceil(value - 1e-9);
}

export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/** "a, b and c". */
export function listNames(names: readonly string[], conjunction = "and"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

const AREA_WORDS: Record<ClinicalArea, string> = {
  general: "general ultrasound",
  cardiac: "cardiac ultrasound",
  vascular: "vascular",
  breast: "breast ultrasound",
  musculoskeletal: "musculoskeletal ultrasound",
};

export function areaWords(areas: readonly ClinicalArea[]): string {
  return listNames(
    areas.map((a) => AREA_WORDS[a]),
    "or",
  );
}

/** Average days in a month, for turning a span of days into months. */
const DAYS_PER_MONTH = 365.25 / 12;

/** Months from `from` to `to` (negative when `to` is earlier), as a decimal. */
export function monthsBetween(from: string, to: string): number {
  return daysBetween(from, to) / DAYS_PER_MONTH;
}

/** The date `months` whole months before `date` (look-back windows), as date-fns counts months. */
export function monthsBefore(date: string, months: number): string {
  return addMonthsToDate(date, -months);
}
