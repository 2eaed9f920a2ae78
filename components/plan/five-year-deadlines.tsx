import { getRequirement } from "@/lib/catalog";
import { formatCalendarDate } from "@/lib/format";
import type { FiveYearDeadline } from "@/lib/plan/types";
import { shortName } from "@/lib/catalog/names";

/** ARDMS five-year rule: the date by which the other exam must be passed. */
export function FiveYearDeadlines({
  deadlines,
  locale,
}: {
  deadlines: readonly FiveYearDeadline[];
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
          const credential = getRequirement(deadline.credentialSlug);
          const startedBy = getRequirement(deadline.startedBy);
          return (
            <li key={deadline.credentialSlug} data-testid={`deadline-${deadline.credentialSlug}`}>
              <strong>{shortName(credential, deadline.credentialSlug)}</strong>:{" "}
              {deadline.rule === "arrt-postprimary-24-months" ? (
                deadline.closed ? (
                  <>{deadline.note}</>
                ) : (
                  <>
                    apply by{" "}
                    <time dateTime={deadline.deadline ?? undefined}>
                      {deadline.deadline ? formatCalendarDate(deadline.deadline, locale) : ""}
                    </time>{" "}
                    ({deadline.daysLeft} days left): ARRT counts only procedures done within the 24
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
                  the window closed on {formatCalendarDate(deadline.deadline, locale)}. The{" "}
                  {startedBy?.code ?? "first"} exam must be retaken.
                </>
              ) : (
                <>
                  pass the other exam by{" "}
                  <time dateTime={deadline.deadline}>
                    {formatCalendarDate(deadline.deadline, locale)}
                  </time>{" "}
                  ({deadline.daysLeft} days left), five calendar years after your{" "}
                  {startedBy?.code ?? "first"} pass on{" "}
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
