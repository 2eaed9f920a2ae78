/**
 * Numbers for the dashboard: the percentage done, what to do next, and an estimated finish.
 *
 * What counts in the percentage: every milestone the plan shows once, including derived
 * credentials (RDCS counts as one milestone alongside SPI and AE, because it can be lost while its
 * exams stay passed), custom milestones, and each choice not made yet (as one milestone not done,
 * so a plan cannot reach 100% while a step still waits for a pick). Waived and not-applicable
 * milestones are left out of both the numerator and the denominator.
 */
import { addMonthsToDate } from "@/lib/dates";
import { isSettled } from "./due";
import type { ChoicePoint, EstimatedCompletion, PlanMilestone, ProgressSummary } from "./types";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function progressSummary(
  milestones: readonly PlanMilestone[],
  options: { openChoices?: number } = {},
): ProgressSummary {
  const openChoices = Math.max(0, Math.trunc(options.openChoices ?? 0));
  const notApplicable = milestones.filter((m) => m.notApplicable).length;
  const waived = milestones.filter((m) => !m.notApplicable && m.status === "waived").length;
  const counted = milestones.filter((m) => !m.notApplicable && m.status !== "waived");
  const done = counted.filter((m) => m.status === "done").length;
  const total = counted.length + openChoices;
  const percent = total === 0 ? 0 : Math.floor((done * 100) / total);

  const sentences: string[] = [];
  if (total === 0) {
    sentences.push("No milestones to count yet.");
  } else {
    sentences.push(`${done} of ${plural(total, "milestone", "milestones")} done.`);
  }
  if (openChoices > 0) {
    sentences.push(
      openChoices === 1
        ? "A choice not made yet counts as 1 milestone not done."
        : `${openChoices} choices not made yet count as 1 milestone not done each.`,
    );
  }
  if (counted.some((m) => m.derived)) {
    sentences.push(
      "A credential counts as a milestone of its own, alongside the exams that earn it.",
    );
  }
  if (waived > 0) {
    sentences.push(
      waived === 1
        ? "1 waived milestone is not counted."
        : `${waived} waived milestones are not counted.`,
    );
  }
  if (notApplicable > 0) {
    sentences.push(
      notApplicable === 1
        ? "1 milestone marked not applicable is not counted."
        : `${notApplicable} milestones marked not applicable are not counted.`,
    );
  }
  return {
    done,
    total,
    percent,
    waived,
    notApplicable,
    openChoices,
    explanation: sentences.join(" "),
  };
}

/** Derived milestones (credentials) whose children in the plan are all settled. */
function childrenSettled(milestone: PlanMilestone, milestones: readonly PlanMilestone[]): boolean {
  const children = milestones.filter((m) => m.parentKey === milestone.key);
  return children.length > 0 && children.every(isSettled);
}

/**
 * The first milestones (at most `limit`, in plan order) the user can act on now: not done, not
 * waived or N/A, prerequisites met, and, for derived ones, all their children settled (otherwise
 * the children are the next step, not the credential).
 */
export function nextActionable(
  view: { milestones: readonly PlanMilestone[] },
  limit: number = 3,
): PlanMilestone[] {
  return view.milestones
    .filter(
      (m) =>
        !isSettled(m) &&
        m.blockedReason === undefined &&
        (!m.derived || childrenSettled(m, view.milestones)),
    )
    .slice(0, Math.max(0, limit));
}

/** Milestones waiting on unmet prerequisites, each with its `blockedReason`. */
export function blockedMilestones(view: { milestones: readonly PlanMilestone[] }): PlanMilestone[] {
  return view.milestones.filter((m) => !isSettled(m) && m.blockedReason !== undefined);
}

/**
 * Today plus the remaining milestones' typical durations, one after another. Custom milestones add
 * nothing; a credential adds only what its listed exams do not already cover; experience counts
 * what the profile's months still leave. Null when nothing remains. Always an estimate.
 */
export function estimatedCompletion(
  view: { milestones: readonly PlanMilestone[]; choices?: readonly ChoicePoint[] },
  today: string,
): EstimatedCompletion | null {
  const remaining = view.milestones.filter((m) => !isSettled(m));
  if (remaining.length === 0) return null;
  const months = remaining.reduce((sum, m) => sum + m.remainingMonths, 0);
  return {
    date: addMonthsToDate(today, months),
    estimate: true,
    remainingMonths: months,
    openChoices: (view.choices ?? []).filter((c) => c.chosen === null).length,
  };
}
