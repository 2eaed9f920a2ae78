import { getRequirement } from "@/lib/catalog";
import { formatCalendarDate } from "@/lib/format";
import type { FiveYearDeadline, PlanMilestone } from "@/lib/plan/types";

interface TimelineItem {
  date: string;
  label: string;
  kind: "Exam" | "Target" | "Deadline";
}

/** Target dates, exam dates and five-year deadlines in date order. */
export function PlanTimeline({
  milestones,
  deadlines,
  locale,
  today,
}: {
  milestones: readonly PlanMilestone[];
  deadlines: readonly FiveYearDeadline[];
  locale: string;
  today: string;
}) {
  const items: TimelineItem[] = [
    ...milestones.flatMap((milestone) => [
      ...(milestone.examDate && milestone.status !== "done"
        ? [{ date: milestone.examDate, label: milestone.title, kind: "Exam" as const }]
        : []),
      ...(milestone.targetDate && milestone.status !== "done"
        ? [{ date: milestone.targetDate, label: milestone.title, kind: "Target" as const }]
        : []),
    ]),
    ...deadlines.flatMap((deadline) =>
      deadline.deadline && !deadline.exempt
        ? [
            {
              date: deadline.deadline,
              label: `Five-year rule: ${getRequirement(deadline.credentialSlug)?.code ?? deadline.credentialSlug}`,
              kind: "Deadline" as const,
            },
          ]
        : [],
    ),
  ].sort((a, b) => a.date.localeCompare(b.date));

  return (
    <section aria-labelledby="timeline-heading" className="space-y-3">
      <h2 id="timeline-heading" className="text-lg font-semibold">
        Timeline
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted">
          Give milestones a target or exam date and they appear here in order.
        </p>
      ) : (
        <ol className="relative space-y-3 border-l-2 border-border pl-5">
          {items.map((item, index) => (
            <li key={`${item.kind}-${item.label}-${index}`} className="relative">
              <span
                aria-hidden="true"
                className={`absolute -left-[1.72rem] top-1.5 h-3 w-3 rounded-full ${item.date < today ? "bg-border" : "bg-accent"}`}
              />
              <time dateTime={item.date} className="text-sm font-medium">
                {formatCalendarDate(item.date, locale)}
              </time>
              <p className="text-sm">
                <span className="text-muted">{item.kind}:</span> {item.label}
                {item.date < today && item.kind !== "Deadline" ? (
                  <span className="text-danger"> (overdue)</span>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
