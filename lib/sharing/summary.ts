/**
 * The per-member summary the team readiness view reads: rebuilt on the job queue after each write
 * (milestone, CE, plan or profile change; lib/server/sharing/summary.ts) from the SAME engines the dashboard and /upkeep run (lib/plan,
 * lib/upkeep), and filtered at read time by what the member chose to share. Dates relative to
 * "today" (overdue, due within N days) are decided at read time by lib/plan/due.ts over the stored
 * dates, so a summary never goes stale as days pass.
 */
import { addDaysToDate } from "@/lib/dates";
import { dueWithin, isOverdue, type DatedMilestone } from "@/lib/plan/due";
import type { PlanView } from "@/lib/plan/types";
import type { PeriodStatus, UpkeepAction, UpkeepCycleResult } from "@/lib/upkeep/types";
import { PERIOD_STATUS_LABELS, bodyName } from "@/lib/upkeep/describe";
import { sharesPlan, type ShareScope } from "./scope";

export interface SummaryItem extends DatedMilestone {
  title: string;
}

export interface SummaryPlan {
  planId: string;
  title: string;
  percent: number;
  /** Milestones with a target or exam date, not settled. */
  dated: SummaryItem[];
  /** Five-year windows still open: credential code/name and last day. */
  windows: { credential: string; deadline: string }[];
}

export interface SummaryCycle {
  body: string;
  status: PeriodStatus | "needs_input";
  label: string;
  /** The next thing to do for this body, in words, and by when. */
  missing: string | null;
  due: string | null;
}

export interface MemberSummary {
  plans: SummaryPlan[];
  cycles: SummaryCycle[];
  /** Credentials the member holds or works toward (codes), for filtering. */
  credentials: string[];
}

export function computeMemberSummary(input: {
  plans: readonly { planId: string; title: string; view: PlanView }[];
  cycles: readonly UpkeepCycleResult[];
  agenda: readonly UpkeepAction[];
  describe: (action: UpkeepAction) => string;
  credentialName: (slug: string) => string;
}): MemberSummary {
  const plans = input.plans.map(({ planId, title, view }) => ({
    planId,
    title,
    percent: view.progress.percent,
    dated: view.milestones
      .filter((m) => !m.notApplicable && (m.targetDate !== null || m.examDate !== null))
      .filter((m) => m.status !== "done" && m.status !== "waived")
      .map((m) => ({
        title: m.title,
        status: m.status,
        targetDate: m.targetDate,
        examDate: m.examDate,
      })),
    windows: view.deadlines
      .filter((d) => d.deadline !== null && !d.closed && !d.exempt)
      .map((d) => ({ credential: input.credentialName(d.credentialSlug), deadline: d.deadline! })),
  }));
  const cycles = input.cycles.map((cycle) => {
    const next = input.agenda.find((action) => action.body === cycle.body) ?? null;
    return {
      body: bodyName(cycle.body),
      status: cycle.status,
      label: PERIOD_STATUS_LABELS[cycle.status],
      missing: next ? input.describe(next) : null,
      due: next?.due ?? null,
    };
  });
  const credentials = [
    ...new Set([
      ...input.cycles.flatMap((cycle) => cycle.credentials.map(input.credentialName)),
      ...plans.flatMap((plan) => plan.windows.map((w) => w.credential)),
    ]),
  ].sort();
  return { plans, cycles, credentials };
}

/** Only what the member chose to share with this viewer. */
export function visibleSummary(summary: MemberSummary, scope: ShareScope): MemberSummary {
  return {
    plans: summary.plans.filter((plan) => sharesPlan(scope, plan.planId)),
    cycles: scope.upkeep ? summary.cycles : [],
    credentials: scope.upkeep ? summary.credentials : [],
  };
}

export interface ReadinessRow {
  plans: { title: string; percent: number }[];
  nextDeadline: { title: string; date: string } | null;
  overdue: number;
  dueIn90: boolean;
  behindOnCe: boolean;
  cycles: SummaryCycle[];
  windows: { credential: string; deadline: string }[];
  credentials: string[];
}

/** The row the readiness view shows, for today (lib/plan/due.ts decides overdue and "due"). */
export function readinessRow(summary: MemberSummary, today: string): ReadinessRow {
  const dated = summary.plans.flatMap((plan) => plan.dated);
  const upcoming = dated
    .flatMap((item) =>
      [item.targetDate, item.examDate ?? null]
        .filter((date): date is string => date !== null && date >= today)
        .map((date) => ({ title: item.title, date })),
    )
    .concat(
      summary.cycles.flatMap((c) =>
        c.due && c.due >= today ? [{ title: `${c.body} CE`, date: c.due }] : [],
      ),
    )
    .concat(
      summary.plans.flatMap((plan) =>
        plan.windows
          .filter((w) => w.deadline >= today)
          .map((w) => ({ title: `${w.credential} window`, date: w.deadline })),
      ),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    plans: summary.plans.map((plan) => ({ title: plan.title, percent: plan.percent })),
    nextDeadline: upcoming[0] ?? null,
    overdue: dated.filter((item) => isOverdue(item, today)).length,
    dueIn90:
      dated.some((item) => dueWithin(item, today, 90)) ||
      upcoming.some((item) => item.date <= addDaysToDate(today, 90)),
    behindOnCe: summary.cycles.some((cycle) => cycle.status === "behind"),
    cycles: summary.cycles,
    windows: summary.plans.flatMap((plan) => plan.windows),
    credentials: summary.credentials,
  };
}
