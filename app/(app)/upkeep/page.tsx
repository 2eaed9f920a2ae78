import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CycleTimeline, type TimelineCycle } from "@/components/upkeep/cycle-timeline";
import { formatCalendarDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { loadUpkeepPage } from "@/lib/server/loaders/upkeep";
import { requestLocale } from "@/lib/server/locale";
import { formatCredits } from "@/lib/upkeep";
import { bodyName, describeAction, listCodes, readyCycle } from "@/lib/upkeep/describe";
import { ActivityList } from "./_components/activity-list";
import { BirthMonthForm } from "./_components/birth-month-form";
import { certificateSummary, listedActivities } from "./_components/listed-activities";
import { CycleCard } from "./_components/cycle-card";
import { LogActivityForm } from "./_components/log-activity-form";
import { TranscriptImport } from "./_components/transcript-import";
import { UnattachedCertificates } from "./_components/unattached-certificates";

export const metadata: Metadata = { title: "Credential upkeep" };

/** How many of the newest CE activities this page lists; /upkeep/log lists them all. */
const RECENT_ACTIVITIES = 10;

export default async function UpkeepPage() {
  const { user } = await requireUser();
  const [data, locale] = await Promise.all([loadUpkeepPage(user), requestLocale()]);
  const date = (iso: string) => formatCalendarDate(iso, locale);
  const ready = data.cycles.flatMap((cycle) => {
    const found = readyCycle(cycle);
    return found ? [found] : [];
  });
  const needsMonth = data.cycles.some((cycle) => cycle.status === "needs_input");
  const holdsArrt = data.cycles.some((cycle) => cycle.body === "arrt");

  const timeline: TimelineCycle[] = ready.flatMap((cycle) => {
    const label = `${bodyName(cycle.body)} · ${listCodes(cycle.credentials)}`;
    const unit = cycle.unit ?? "credits";
    const row = (
      period: Pick<
        typeof cycle,
        | "periodStart"
        | "periodEnd"
        | "requirementKind"
        | "required"
        | "earned"
        | "waived"
        | "remaining"
      >,
      id: string,
    ): TimelineCycle => ({
      id,
      label,
      start: period.periodStart,
      end: period.periodEnd,
      required: period.requirementKind === "credits" ? period.required : 0,
      earned: period.earned,
      waived: period.waived,
      range: `${date(period.periodStart)} – ${date(period.periodEnd)}`,
      summary:
        period.requirementKind === "credits"
          ? `${formatCredits(period.earned)} of ${formatCredits(period.required)} ${unit}${period.waived ? `, ${formatCredits(period.waived)} waived` : ""}, ${period.remaining.total ? `${formatCredits(period.remaining.total)} missing` : "complete"}`
          : period.requirementKind === "fee_and_ethics_only"
            ? "fee and ethics only, no CE"
            : "updated exam, no CE count",
    });
    return [
      ...(cycle.previous ? [row(cycle.previous, `${cycle.body}-previous`)] : []),
      row(cycle, cycle.body),
    ];
  });

  const unattached = data.certificates
    .filter((c) => c.ceActivityId === null)
    .map(certificateSummary);
  // The newest few only: a long log is read and edited on its own paged page, /upkeep/log.
  const recent = listedActivities(data.activities.slice(0, RECENT_ACTIVITIES), data.certificates);
  const olderCount = data.activities.length - recent.length;

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Credential upkeep</h1>
        <p className="mt-1 text-muted">
          Log each CE activity once: it is checked against every registry&apos;s cycle you belong
          to. Rules and fees come from each body&apos;s published pages; check with them before you
          rely on a date.
        </p>
      </div>

      {data.cycles.length === 0 ? (
        <section className="rounded-lg border border-dashed border-border bg-surface p-6 text-center">
          <p className="font-medium">No renewal cycles yet.</p>
          <p className="mt-1 text-sm text-muted">
            Add the credentials you hold, with the date you earned each, and your cycles appear
            here.
          </p>
          <Link
            href="/settings#held"
            className="mt-3 inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-2"
          >
            Add what you hold
          </Link>
        </section>
      ) : null}

      {data.undated.length > 0 ? (
        <p className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning">
          {listCodes(data.undated)} {data.undated.length === 1 ? "has" : "have"} no date, so no
          cycle can be counted for {data.undated.length === 1 ? "it" : "them"}.{" "}
          <Link href="/settings#held" className="font-medium underline underline-offset-2">
            Add the date
          </Link>
          .
        </p>
      ) : null}

      {data.next ? (
        <section
          aria-labelledby="next-heading"
          className="rounded-lg border border-accent bg-accent-soft p-4"
          data-testid="upkeep-next"
        >
          <h2
            id="next-heading"
            className="text-sm font-semibold uppercase tracking-wide text-accent"
          >
            Next thing to do
          </h2>
          <p className="mt-1 text-lg font-medium">{describeAction(data.next, date)}</p>
          {data.agenda.length > 1 ? (
            <details className="mt-2 text-sm">
              <summary className="min-h-11 cursor-pointer py-2">
                Everything coming up ({data.agenda.length})
              </summary>
              <ol className="list-decimal space-y-1 pl-5">
                {data.agenda.slice(0, 20).map((action, index) => (
                  <li key={`${action.body}-${action.kind}-${action.due}-${index}`}>
                    {describeAction(action, date)}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </section>
      ) : null}

      {needsMonth ? (
        <section aria-labelledby="arrt-heading" className="space-y-2">
          <h2 id="arrt-heading" className="text-lg font-semibold">
            Your ARRT biennium needs your birth month
          </h2>
          <BirthMonthForm month={data.arrtBirthMonth} />
        </section>
      ) : null}

      <CycleTimeline
        cycles={timeline}
        today={data.today}
        todayLabel={`Today, ${date(data.today)}`}
      />

      {ready.length > 0 ? (
        <section aria-labelledby="cycles-heading" className="space-y-3">
          <h2 id="cycles-heading" className="text-lg font-semibold">
            Your cycles
          </h2>
          <div className="grid gap-4 lg:grid-cols-2">
            {ready.map((cycle) => (
              <CycleCard key={cycle.body} cycle={cycle} date={date} today={data.today} />
            ))}
          </div>
        </section>
      ) : null}

      {holdsArrt && !needsMonth ? (
        <section aria-labelledby="arrt-heading" className="space-y-2">
          <h2 id="arrt-heading" className="sr-only">
            ARRT birth month
          </h2>
          <BirthMonthForm month={data.arrtBirthMonth} />
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <LogActivityForm today={data.today} lastProvider={data.lastProvider} />
        <TranscriptImport />
      </div>

      <section aria-labelledby="log-list-heading" className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4">
          <h2 id="log-list-heading" className="text-lg font-semibold">
            Your CE log ({data.activities.length})
          </h2>
          {olderCount > 0 ? (
            <Link
              href="/upkeep/log"
              className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-2"
            >
              See the whole log
            </Link>
          ) : null}
        </div>
        {olderCount > 0 ? (
          <p className="text-sm text-muted">
            The {recent.length} most recent. {olderCount} older{" "}
            {olderCount === 1 ? "activity is" : "activities are"} in the whole log.
          </p>
        ) : null}
        <ActivityList activities={recent} locale={locale} today={data.today} />
        {olderCount > 0 ? (
          <Link
            href="/upkeep/log"
            className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline underline-offset-2"
          >
            See all {data.activities.length} activities
          </Link>
        ) : null}
      </section>

      <UnattachedCertificates certificates={unattached} />
    </div>
  );
}
