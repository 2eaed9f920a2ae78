/**
 * The one date formatter. Calendar dates ("2029-12-31") are shown in the reader's locale without
 * time-zone drift: read as UTC midnight, formatted in UTC. Formatters are built once per locale and
 * style (building an Intl.DateTimeFormat costs far more than using one).
 */
export type DateStyle = "short" | "long";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: style,
      day: "numeric",
      timeZone: "UTC",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "2029-12-31" → "31 Dec 2029" / "Dec 31, 2029" (short) or "31 December 2029" (long). */
export function formatCalendarDate(
  date: string,
  locale: string,
  style: DateStyle = "short",
): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return formatterFor(locale, style).format(new Date(Date.UTC(year, month - 1, day)));
}

/**
 * Prerendered public pages have no reader's locale: dates there are written out in full, which
 * reads unambiguously everywhere ("24 November 2026").
 */
export function formatPublicDate(date: string): string {
  return formatCalendarDate(date, "en-GB", "long");
}
