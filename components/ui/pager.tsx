import { buttonClasses } from "./button";
import { Link } from "./link";

/** Previous and Next links around "Page 2 of 5", for a list shown a page at a time. */
export function Pager({
  page,
  pageCount,
  hrefFor,
  summary,
}: {
  page: number;
  pageCount: number;
  /** The address of another page of the same list (keeping its filters). */
  hrefFor: (page: number) => string;
  /** After "Page 2 of 5": what the pages hold, e.g. "(200 members)". */
  summary?: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center gap-3 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={buttonClasses("secondary", "sm")}>
          Previous
        </Link>
      ) : null}
      <span>
        Page {page} of {pageCount}
        {summary ? ` ${summary}` : ""}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={buttonClasses("secondary", "sm")}>
          Next
        </Link>
      ) : null}
    </nav>
  );
}
