/**
 * The instant the end-to-end server's clock is pinned to (CLOCK_NOW, see playwright.config.ts), so
 * that every date a spec types or expects is the same whatever day the suite runs.
 */
export const PINNED_NOW = "2026-11-30T12:00:00Z";

/** The pinned "today" (UTC) plus some days, as YYYY-MM-DD. */
export function pinnedDatePlus(days: number): string {
  const date = new Date(PINNED_NOW);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
