/**
 * The instant the e2e server's clock is pinned to (CLOCK_NOW, lib/server/clock.ts), so that specs
 * about dates and cycles give the same answer whatever day they run. Specs compute "today" from
 * here, never from the machine's clock.
 */
export const E2E_NOW = "2026-11-30T12:00:00Z";

/** The pinned date plus `days`, as YYYY-MM-DD (UTC, the zone the specs' users have). */
export function isoDaysFromToday(days: number): string {
  const date = new Date(E2E_NOW);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
