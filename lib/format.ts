/**
 * The one date formatter. Calendar dates ("2029-12-31") are shown in the reader's locale without
 * time-zone drift: read as UTC midnight, formatted in UTC. Formatters are built once per locale and
 * style (building an Intl.DateTimeFormat costs far more than using one).
 */
export type DateStyle = "short" | "long";

/**
 * Formatters by locale and options. The locale comes from the request's Accept-Language, which
 * anyone can vary: past this many the cache starts over, so it cannot grow without bound.
 */
const MAX_FORMATTERS = 200;
const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(key: string, build: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

function formatterFor(locale: string, style: DateStyle): Intl.DateTimeFormat {
  return cachedFormatter(
    `${locale}|${style}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: style,
        day: "numeric",
        timeZone: "UTC",
      }),
  );
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

/**
 * An instant's month and day in the server's zone ("Nov 30"), as
 * `instant.toLocaleDateString(locale, { month: "short", day: "numeric" })` writes it, with the
 * formatter built once per locale instead of once per call.
 */
export function formatMonthDay(instant: Date, locale: string): string {
  return cachedFormatter(
    `${locale}|month-day`,
    () => new Intl.DateTimeFormat(locale, { month: "short", day: "numeric" }),
  ).format(instant);
}

/**
 * An instant's date and time ("Nov 30, 2026, 11:48 AM"), as `instant.toLocaleString(locale,
 * { dateStyle: "medium", timeStyle: "short" })` writes it, with one formatter per locale: the plan
 * page writes one per history event, and building a formatter each time was its hottest function
 * in a profile (`npm run bench -- --profile`).
 */
export function formatDateTime(instant: Date, locale: string): string {
  return cachedFormatter(
    `${locale}|date-time`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }),
  ).format(instant);
}
