import { getRequirement } from "@/lib/catalog";
import { formatCalendarDate } from "@/lib/format";
import type { DeadlineGroup } from "@/lib/plan/types";
import { shortName } from "@/lib/catalog/names";

function listNames(names: readonly string[], conjunction: string): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

/**
 * Time windows on credentials not yet earned, one line per window: the ARDMS five-year rule (one
 * SPI pass opens RDMS, RDCS, RVT and RMSKS at once) and ARRT's 24-month clinical window.
 */
export function FiveYearDeadlines({
  deadlines,
  locale,
}: {
  deadlines: readonly DeadlineGroup[];
  locale: string;
}) {
  if (deadlines.length === 0) return null;
  return (
    <section
      aria-labelledby="deadlines-heading"
      className="rounded-lg border border-warning bg-warning-soft p-4 text-fg"
    >
      <h2 id="deadlines-heading" className="font-semibold">
        Deadlines: five-year rule and clinical windows
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {deadlines.map((deadline) => {
          const names = deadline.credentials.map((slug) => shortName(getRequirement(slug), slug));
          const startedBy = getRequirement(deadline.startedBy);
          const date = deadline.deadline ? formatCalendarDate(deadline.deadline, locale) : "";
          const key = deadline.credentials.join("-");
          return (
            <li key={`${deadline.rule}-${key}`} data-testid={`deadline-${key}`}>
              <strong>{listNames(names, deadline.credentials.length > 2 ? "or" : "and")}</strong>:{" "}
              {deadline.rule === "arrt-postprimary-24-months" ? (
                deadline.closed ? (
                  <>{deadline.note}</>
                ) : (
                  <>
                    apply by <time dateTime={deadline.deadline ?? undefined}>{date}</time> (
                    {deadline.daysLeft} days left): ARRT counts only procedures done within the 24
                    months before you apply.
                  </>
                )
              ) : deadline.dateUnknown ? (
                <>
                  the deadline cannot be checked: your {startedBy?.code ?? "exam"} pass has no date.
                  Add the date it was passed.
                </>
              ) : deadline.exempt || !deadline.deadline ? (
                <>no deadline applies. {deadline.note}</>
              ) : deadline.closed ? (
                <>
                  the window closed on {date}. The {startedBy?.code ?? "first"} exam must be
                  retaken.
                </>
              ) : (
                <>
                  {deadline.credentials.length > 1
                    ? "pass a specialty exam for one of them"
                    : "pass the other exam"}{" "}
                  by <time dateTime={deadline.deadline}>{date}</time> ({deadline.daysLeft} days
                  left), five calendar years after your {startedBy?.code ?? "first"} pass on{" "}
                  {deadline.firstPassDate
                    ? formatCalendarDate(deadline.firstPassDate, locale)
                    : "an unknown date"}
                  .
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
