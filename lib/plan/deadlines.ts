/**
 * Windows of credentials the user has started but not yet earned: the ARDMS five-year rule and
 * ARRT's 24-month clinical window.
 */
import type { Catalog } from "@/lib/catalog/types";
import { createRequirementEvaluator } from "./requirement-state";
import type { RequirementEvaluator } from "./requirement-state";
import type { DeadlineGroup, FiveYearDeadline, UserRecords } from "./types";

/** Deadlines from an existing evaluator, optionally limited to some credentials. */
export function deadlinesFrom(
  evaluator: RequirementEvaluator,
  only?: ReadonlySet<string>,
): FiveYearDeadline[] {
  const deadlines: FiveYearDeadline[] = [];
  for (const requirement of evaluator.catalog.requirements) {
    if (only && !only.has(requirement.slug)) continue;
    if (requirement.kind !== "credential") continue;
    const state = evaluator.state(requirement.slug);
    if (state.done || !state.window) continue;
    const { window } = state;
    const deadline: FiveYearDeadline = {
      credentialSlug: requirement.slug,
      rule: window.rule,
      startedBy: window.startedBy,
      firstPassDate: window.firstPassDate,
      deadline: window.deadline,
      daysLeft: window.daysLeft,
      closed: window.closed,
      exempt: window.exempt,
      ...(window.dateUnknown ? { dateUnknown: true as const } : {}),
    };
    if (state.note) deadline.note = state.note;
    deadlines.push(deadline);
  }
  // Soonest first; exempt ones (no deadline) last; catalog order otherwise (stable sort).
  return deadlines.sort((a, b) => {
    if (a.deadline === b.deadline) return 0;
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  });
}

/**
 * Every windowed credential (ARDMS RDMS, RDCS, RVT, RMSKS) with a first pass but not yet earned:
 * the exam that started the window, the deadline and days left, whether it has closed, and whether
 * it is exempt (SPI banked: no deadline).
 */
export function fiveYearDeadlines(
  records: UserRecords,
  today: string,
  catalog: Catalog,
): FiveYearDeadline[] {
  return deadlinesFrom(createRequirementEvaluator(records, today, catalog));
}

/**
 * Deadlines that share one window (one SPI pass opens RDMS, RDCS, RVT and RMSKS windows at once)
 * as one line each, soonest first.
 */
export function groupDeadlines(deadlines: readonly FiveYearDeadline[]): DeadlineGroup[] {
  const groups = new Map<string, DeadlineGroup>();
  for (const d of deadlines) {
    const key = [d.rule, d.startedBy, d.firstPassDate, d.deadline, d.exempt, d.dateUnknown].join(
      "|",
    );
    const existing = groups.get(key);
    if (existing) {
      existing.credentials.push(d.credentialSlug);
      continue;
    }
    const group: DeadlineGroup = {
      rule: d.rule,
      credentials: [d.credentialSlug],
      startedBy: d.startedBy,
      firstPassDate: d.firstPassDate,
      deadline: d.deadline,
      daysLeft: d.daysLeft,
      closed: d.closed,
      exempt: d.exempt,
      ...(d.dateUnknown ? { dateUnknown: true as const } : {}),
    };
    if (d.note) group.note = d.note;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * The dashboard's deadlines: every window the user's passes have opened, whether or not a plan
 * has chosen the credential yet (the plans' own deadlines first, so their notes win), grouped.
 */
export function dashboardDeadlines(input: {
  records: UserRecords;
  today: string;
  catalog: Catalog;
  planDeadlines: readonly FiveYearDeadline[];
}): DeadlineGroup[] {
  const all = fiveYearDeadlines(input.records, input.today, input.catalog);
  const bySlug = new Map<string, FiveYearDeadline>();
  for (const d of [...input.planDeadlines, ...all]) {
    if (!bySlug.has(d.credentialSlug)) bySlug.set(d.credentialSlug, d);
  }
  const order = new Map(all.map((d, i) => [d.credentialSlug, i]));
  const merged = [...bySlug.values()].sort(
    (a, b) => (order.get(a.credentialSlug) ?? 0) - (order.get(b.credentialSlug) ?? 0),
  );
  return groupDeadlines(merged);
}
