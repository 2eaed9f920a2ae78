import type { UpkeepRule } from "@/lib/catalog/types";
import { ASSUMED, upkeepRuleFor } from "@/lib/catalog/upkeep";
import { formatCredits, type UpkeepCycle } from "@/lib/upkeep";
import { bodyName, listCodes, PERIOD_STATUS_LABELS } from "@/lib/upkeep/describe";
import { AuditPacketLink } from "./audit-packet-link";

const STATUS_TONE: Record<UpkeepCycle["status"], string> = {
  on_track: "bg-accent-soft text-accent",
  behind: "bg-warning-soft text-warning",
  complete: "bg-success-soft text-success",
  ended: "bg-danger-soft text-danger",
  upcoming: "bg-surface-2 text-muted",
  no_ce_required: "bg-surface-2 text-fg",
};

/** Every note in a rule that carries the "assumed, unconfirmed" marker, once each. */
function assumedNotes(rule: UpkeepRule | undefined): string[] {
  if (!rule) return [];
  const notes: (string | undefined)[] = [
    rule.cycle.note,
    rule.credits?.note,
    ...(rule.credits?.minimums.map((m) => m.note) ?? []),
    ...(rule.credits?.caps.map((c) => c.note) ?? []),
    ...(rule.credits?.waivers.map((w) => w.note) ?? []),
    ...(rule.credits?.grants.map((g) => g.note) ?? []),
    rule.fee?.note,
    ...(rule.fee?.lateWindows.map((w) => w.note) ?? []),
    rule.grace?.note,
    rule.makeUp?.note,
    rule.auditReinstatement?.note,
  ];
  return [...new Set(notes.filter((n): n is string => Boolean(n?.includes(ASSUMED))))];
}

/** One body's cycle: the period, what it asks, what is earned, waived and missing, fees, lapses. */
export function CycleCard({
  cycle,
  date,
  today,
}: {
  cycle: UpkeepCycle;
  date: (iso: string) => string;
  today: string;
}) {
  const unit = cycle.unit ?? "credits";
  const credits = cycle.requirementKind === "credits";
  const notes = assumedNotes(upkeepRuleFor(cycle.body));
  const body = bodyName(cycle.body);
  const upcomingLapses = cycle.lapses.filter((lapse) => lapse.on >= today).slice(0, 3);
  return (
    <section
      id={`cycle-${cycle.body}`}
      aria-labelledby={`cycle-${cycle.body}-heading`}
      data-testid={`cycle-${cycle.body}`}
      className="scroll-mt-20 space-y-3 rounded-lg border border-border bg-surface p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`cycle-${cycle.body}-heading`} className="font-semibold">
            {cycle.name}
          </h3>
          <p className="text-sm text-muted">
            {body} · {listCodes(cycle.credentials)}
          </p>
        </div>
        <span
          data-status={cycle.status}
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[cycle.status]}`}
        >
          {PERIOD_STATUS_LABELS[cycle.status]}
        </span>
      </div>

      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">Period</dt>
        <dd data-testid={`period-${cycle.body}`}>
          <time dateTime={cycle.periodStart}>{date(cycle.periodStart)}</time> –{" "}
          <time dateTime={cycle.periodEnd}>{date(cycle.periodEnd)}</time>
        </dd>
        {credits ? (
          <>
            <dt className="text-muted">Required</dt>
            <dd>
              {formatCredits(cycle.required)} {unit}
              {cycle.requiredAlternatives.map((alt) => (
                <span key={alt.label} className="block text-xs text-warning">
                  {alt.label} ({formatCredits(alt.remaining)} left on that reading)
                </span>
              ))}
            </dd>
            <dt className="text-muted">Earned</dt>
            <dd>
              {formatCredits(cycle.earned)} {unit}
              {cycle.grants.map((grant) => (
                <span key={grant.key} className="block text-xs text-muted">
                  includes {formatCredits(grant.amount)} for {grant.label.toLowerCase()}
                </span>
              ))}
            </dd>
            <dt className="text-muted">Waived</dt>
            <dd data-testid={`waived-${cycle.body}`}>
              {formatCredits(cycle.waived)} {unit}
              {cycle.waivers
                .filter((waiver) => waiver.applied)
                .map((waiver) => (
                  <span
                    key={`${waiver.examSlug}-${waiver.passedOn}`}
                    className="block text-xs text-muted"
                  >
                    {waiver.label}: {listCodes([waiver.examSlug])} passed {date(waiver.passedOn)}
                  </span>
                ))}
            </dd>
            <dt className="text-muted">Missing</dt>
            <dd data-testid={`missing-${cycle.body}`} className="font-medium">
              {cycle.remaining.total === 0
                ? "Nothing"
                : `${formatCredits(cycle.remaining.total)} ${unit}`}
            </dd>
          </>
        ) : (
          <>
            <dt className="text-muted">Asks for</dt>
            <dd>
              {cycle.requirementKind === "fee_and_ethics_only"
                ? "The renewal fee and a signed Code of Ethics: no CE this period."
                : "Passing the updated exam: no CE count."}
            </dd>
          </>
        )}
      </dl>

      {credits && cycle.categories.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Category minimums for {cycle.name}</caption>
          <thead className="text-xs text-muted">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Category minimum
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Required
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Earned
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Missing
              </th>
            </tr>
          </thead>
          <tbody>
            {cycle.categories.map((category) => (
              <tr
                key={category.key}
                className="border-t border-border"
                data-testid={`category-${cycle.body}-${category.key}`}
              >
                <th scope="row" className="py-1 font-normal">
                  {category.label}
                </th>
                <td className="py-1 text-right">{formatCredits(category.required)}</td>
                <td className="py-1 text-right">{formatCredits(category.earned)}</td>
                <td className="py-1 text-right font-medium">{formatCredits(category.shortfall)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {cycle.remaining.notFrom.length > 0 ? (
        <p className="text-sm text-muted">
          Caps reached: the rest must come from elsewhere (
          {cycle.caps
            .filter((cap) => cap.reached)
            .map((cap) => cap.label)
            .join(", ")}
          ).
        </p>
      ) : null}

      {cycle.pace ? (
        <p className="text-sm" data-testid={`pace-${cycle.body}`}>
          About {formatCredits(cycle.pace.perMonth)} {unit} a month to finish by{" "}
          {date(cycle.pace.by)} ({cycle.pace.monthsLeft} month
          {cycle.pace.monthsLeft === 1 ? "" : "s"} left).
        </p>
      ) : null}

      <div className="space-y-1 text-sm">
        {cycle.fee ? (
          <p data-testid={`fee-${cycle.body}`}>
            <span className="text-muted">Next fee:</span> {cycle.fee.label}, about ${cycle.fee.usd},
            due {date(cycle.fee.dueOn)}
            {cycle.fee.opensOn && cycle.fee.opensOn > today
              ? ` (opens ${date(cycle.fee.opensOn)})`
              : ""}
            .
            {cycle.fee.overdue ? (
              <span className="block text-danger">
                Unpaid since {date(cycle.fee.overdue.dueOn)}? {cycle.fee.overdue.openWindow.label}{" "}
                until {date(cycle.fee.overdue.openWindow.until)}.
              </span>
            ) : null}
          </p>
        ) : null}
        {cycle.uploadDeadline ? (
          <p>
            <span className="text-muted">Upload by:</span> {date(cycle.uploadDeadline)}
          </p>
        ) : null}
        {cycle.graceWindow ? (
          <p>
            <span className="text-muted">Grace:</span> {date(cycle.graceWindow.start)} –{" "}
            {date(cycle.graceWindow.end)}
            {cycle.graceWindow.surchargeUsd ? ` (+$${cycle.graceWindow.surchargeUsd})` : ""}
            {cycle.graceWindow.creditsEarnedInGraceCount
              ? ""
              : "; credits earned in grace do not count"}
            .
          </p>
        ) : null}
      </div>

      {upcomingLapses.length > 0 ? (
        <div className="text-sm">
          <p className="text-muted">What lapses when</p>
          <ul className="list-disc space-y-1 pl-5">
            {upcomingLapses.map((lapse) => (
              <li key={`${lapse.on}-${lapse.cause}`}>
                From {date(lapse.on)}
                {lapse.cause === "fee_unpaid" ? " if unpaid" : " if still short"}: {lapse.what}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {cycle.previous ? (
        <p className="text-sm text-muted" data-testid={`previous-${cycle.body}`}>
          Previous period {date(cycle.previous.periodStart)} – {date(cycle.previous.periodEnd)}:{" "}
          {cycle.previous.requirementKind === "credits"
            ? `${formatCredits(cycle.previous.earned)} of ${formatCredits(cycle.previous.required)} ${unit}, ${PERIOD_STATUS_LABELS[cycle.previous.status].toLowerCase()}`
            : PERIOD_STATUS_LABELS[cycle.previous.status].toLowerCase()}
          .
        </p>
      ) : null}

      {credits || cycle.previous?.requirementKind === "credits" ? (
        <div className="flex flex-wrap gap-2">
          {credits ? (
            <AuditPacketLink body={cycle.body} period="current" label="Audit packet (PDF)" />
          ) : null}
          {cycle.previous?.requirementKind === "credits" ? (
            <AuditPacketLink
              body={cycle.body}
              period="previous"
              label="Previous period's audit packet"
            />
          ) : null}
        </div>
      ) : null}

      {notes.length > 0 ? (
        <details className="text-sm">
          <summary className="min-h-11 cursor-pointer py-2 text-warning">
            Readings assumed, unconfirmed ({notes.length})
          </summary>
          <ul className="list-disc space-y-1 pl-5 text-muted">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
