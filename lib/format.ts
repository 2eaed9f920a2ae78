/** "2029-12-31" → "31 Dec 2029" / "Dec 31, 2029" in the reader's locale, without time-zone drift. */
export function formatCalendarDate(date: string, locale: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
