/**
 * Exact credit arithmetic. Credits arrive as decimal strings with at most two places and are held
 * as integer hundredths, so sums are exact and nothing is rounded in someone's favour.
 */
import type { Hundredths } from "./types";

/** "12", "1.5", "0.75", ".5": digits with at most two decimal places. */
const DECIMAL = /^(?:(\d{1,7})(?:\.(\d{1,2}))?|\.(\d{1,2}))$/;

/** Hundredths for a decimal string ("1.5" → 150), or null when it is not one (or negative). */
export function parseCredits(text: string): Hundredths | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1] ?? "0");
  const fraction = (match[2] ?? match[3] ?? "").padEnd(2, "0");
  return whole * 100 + Number(fraction);
}

/** Like `parseCredits`, but throws for programmer errors (data that should have been checked). */
export function creditsOrThrow(text: string, what: string): Hundredths {
  const value = parseCredits(text);
  if (value === null) throw new RangeError(`${what}: not a credit amount: ${JSON.stringify(text)}`);
  return value;
}

/** Whole credits to hundredths (catalog figures: 30 → 3000). */
export function toHundredths(credits: number): Hundredths {
  return Math.round(credits * 100);
}

/** Plain decimal text without locale: 150 → "1.5", 75 → "0.75", 3000 → "30". */
export function formatCredits(value: Hundredths): string {
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(value));
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

/** Division of non-negative integers rounded up, so a pace never understates what is needed. */
export function ceilDiv(numerator: number, denominator: number): number {
  return Math.floor((numerator + denominator - 1) / denominator);
}
