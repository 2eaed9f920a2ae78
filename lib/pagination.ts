/**
 * Pages of a list shown a page at a time (the team readiness view, the CE log): numbered from 1,
 * read from a `?page=` value.
 */

export interface Page<T> {
  /** The page shown: the one asked for, or the last one when that is past the end. */
  page: number;
  pageCount: number;
  /** How many items all pages hold together. */
  total: number;
  items: T[];
}

/**
 * Which page of `total` items, `size` a page, shows for the page asked for, and how many items
 * come before it: for lists paged in SQL (`limit` / `offset`). An empty list is one empty page.
 */
export function pageWindow(
  total: number,
  requested: number,
  size: number,
): { page: number; pageCount: number; offset: number } {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, offset: (page - 1) * size };
}

/** One page of `items`, `size` a page. An empty list is one empty page. */
export function pageOf<T>(items: readonly T[], requested: number, size: number): Page<T> {
  const { page, pageCount, offset } = pageWindow(items.length, requested, size);
  return { page, pageCount, total: items.length, items: items.slice(offset, offset + size) };
}

/** A `?page=` value as a page number: a whole number from 1 to 9,999, else 1. */
export function pageNumberFrom(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : 1;
  return page > 0 ? page : 1;
}
