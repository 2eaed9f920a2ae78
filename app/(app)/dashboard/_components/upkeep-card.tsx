import { Link } from "@/components/ui/link";
import { formatCredits, type UpkeepAction, type UpkeepCycleResult } from "@/lib/upkeep";
import {
  bodyName,
  describeAction,
  listCodes,
  PERIOD_STATUS_LABELS,
  readyCycle,
} from "@/lib/upkeep/describe";

/** The dashboard's upkeep card: the one next thing to do, and each cycle in a line. */
export function UpkeepCard({
  cycles,
  next,
  activityCount,
  date,
}: {
  cycles: UpkeepCycleResult[];
  next: UpkeepAction | null;
  activityCount: number;
  date: (iso: string) => string;
}) {
  return (
    <section
      aria-labelledby="upkeep-heading"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      data-testid="upkeep-card"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="upkeep-heading" className="font-semibold">
          Credential upkeep
        </h2>
        <Link
          href="/upkeep"
          className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline underline-offset-2"
        >
          {activityCount > 0 ? `CE log (${activityCount})` : "Log CE"}
        </Link>
      </div>
      {cycles.length === 0 ? (
        <p className="text-sm text-muted">
          Add the credentials you hold in{" "}
          <Link href="/settings#held" className="text-accent underline underline-offset-2">
            Settings
          </Link>{" "}
          to see each registry&apos;s renewal cycle, what is missing and what is due.
        </p>
      ) : (
        <>
          {next ? <p className="font-medium">Next: {describeAction(next, date)}</p> : null}
          <ul className="divide-y divide-border text-sm">
            {cycles.map((cycle) => {
              const ready = readyCycle(cycle);
              return (
                <li
                  key={cycle.body}
                  className="flex flex-wrap items-center justify-between gap-2 py-2"
                >
                  <Link
                    href={`/upkeep#cycle-${cycle.body}`}
                    className="inline-flex min-h-11 items-center font-medium underline-offset-2 hover:underline sm:min-h-0"
                  >
                    {bodyName(cycle.body)} · {listCodes(cycle.credentials)}
                  </Link>
                  <span className="text-muted">
                    {ready
                      ? ready.requirementKind === "credits" && ready.remaining.total > 0
                        ? `${formatCredits(ready.remaining.total)} missing by ${date(ready.periodEnd)} · ${PERIOD_STATUS_LABELS[ready.status]}`
                        : `${PERIOD_STATUS_LABELS[ready.status]} · period ends ${date(ready.periodEnd)}`
                      : PERIOD_STATUS_LABELS.needs_input}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
