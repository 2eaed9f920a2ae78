/**
 * The agenda across all cycles: every dated thing to do, earliest deadline first, and the one
 * next thing to do. Fees appear whether or not they are paid: the engine does not know.
 */
import type { UpkeepActionKind, UpkeepAction, UpkeepCycleResult } from "./types";

/** Ties on the same day: what cannot be put right later comes first. */
const KIND_ORDER: readonly UpkeepActionKind[] = [
  "provide_birth_month",
  "make_up_credits",
  "pay_late_fee",
  "earn_credits",
  "pass_updated_exam",
  "pay_fee",
  "upload_credits",
  "long_cycle",
];

function action(
  partial: Pick<UpkeepAction, "body" | "kind" | "due"> & Partial<UpkeepAction>,
): UpkeepAction {
  return {
    opensOn: null,
    credits: null,
    usd: null,
    credentialSlug: null,
    key: null,
    ...partial,
  };
}

/** Every action due today or later, sorted by due date, then urgency, then body. */
export function upkeepAgenda(cycles: readonly UpkeepCycleResult[], today: string): UpkeepAction[] {
  const actions: UpkeepAction[] = [];
  const later = (date: string | null) => (date !== null && date > today ? date : null);
  for (const cycle of cycles) {
    const { body } = cycle;
    if (cycle.status === "needs_input") {
      actions.push(action({ body, kind: "provide_birth_month", due: today }));
      continue;
    }
    if (!cycle.held) continue;

    const previous = cycle.previous;
    if (previous?.makeUp && previous.makeUp.remaining > 0) {
      actions.push(
        action({
          body,
          kind: "make_up_credits",
          due: previous.makeUp.by,
          credits: previous.makeUp.remaining,
        }),
      );
    }
    if (previous?.uploadDeadline && previous.requirementKind === "credits") {
      actions.push(action({ body, kind: "upload_credits", due: previous.uploadDeadline }));
    }
    if (cycle.requirementKind === "credits" && cycle.remaining.total > 0) {
      actions.push(
        action({
          body,
          kind: "earn_credits",
          due: cycle.periodEnd,
          opensOn: later(cycle.periodStart),
          credits: cycle.remaining.total,
        }),
      );
    }
    if (cycle.uploadDeadline && cycle.requirementKind === "credits") {
      actions.push(action({ body, kind: "upload_credits", due: cycle.uploadDeadline }));
    }
    if (cycle.fee?.overdue) {
      const { openWindow } = cycle.fee.overdue;
      actions.push(
        action({
          body,
          kind: "pay_late_fee",
          due: openWindow.until,
          usd: openWindow.surchargeUsd === null ? null : cycle.fee.usd + openWindow.surchargeUsd,
        }),
      );
    }
    if (cycle.fee) {
      actions.push(
        action({
          body,
          kind: "pay_fee",
          due: cycle.fee.dueOn,
          opensOn: later(cycle.fee.opensOn),
          usd: cycle.fee.usd,
        }),
      );
    }
    for (const due of cycle.longCycle) {
      actions.push(
        action({
          body,
          kind: due.key === "exam-refresh" ? "pass_updated_exam" : "long_cycle",
          due: due.due,
          opensOn: later(due.windowOpens),
          credentialSlug: due.credentialSlug,
          key: due.key,
        }),
      );
    }
  }
  return actions
    .filter((a) => a.due >= today)
    .sort((a, b) => {
      if (a.due !== b.due) return a.due < b.due ? -1 : 1;
      const byKind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
      return byKind !== 0 ? byKind : a.body.localeCompare(b.body);
    });
}

/** The one next thing to do across every cycle (earliest deadline first), or null. */
export function nextUpkeepAction(
  cycles: readonly UpkeepCycleResult[],
  today: string,
): UpkeepAction | null {
  return upkeepAgenda(cycles, today)[0] ?? null;
}
