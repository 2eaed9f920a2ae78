import "server-only";
import { catalog, getIssuer, getPath, getRequirement } from "@/lib/catalog";
import { fullName } from "@/lib/catalog/names";
import { listEligibilityMilestonesByUser } from "@/db/queries/eligibility";
import type { User } from "@/db/schema";
import {
  ciipPoints,
  closestPaths,
  craPoints,
  createEligibilityEngine,
  milestonesForPath,
} from "@/lib/eligibility";
import type {
  EligibilityAnswer,
  EligibilityProfile,
  PathRanking,
  PointsResult,
} from "@/lib/eligibility";
import { createRequirementEvaluator } from "@/lib/plan";
import type { MilestoneStatus } from "@/lib/plan/types";
import { todayFor } from "@/lib/server/clock";
import { loadUserRecords } from "@/lib/server/loaders/user-records";

/** Display names for every requirement and outside credential the verdicts may name. */
export function eligibilityNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const r of catalog.requirements) names[r.slug] = fullName(r);
  for (const c of catalog.eligibility?.outsideCredentials ?? []) names[c.slug] = c.name;
  return names;
}

export interface AddedMilestone {
  id: string;
  requirementSlug: string;
  targetSlug: string;
  status: MilestoneStatus;
  done: boolean;
  note?: string;
  kind: string;
}

/** Points for the seven-point systems, by target. */
function pointsFor(profile: EligibilityProfile): Record<string, PointsResult> {
  const ciip = ciipPoints(profile);
  const cra = craPoints(profile);
  return { [ciip.target]: ciip, [cra.target]: cra };
}

/** Every exam and credential with its verdict, grouped by issuer, and the pieces added. */
export async function loadEligibilityPage(user: User) {
  const today = todayFor(user);
  const [data, added] = await Promise.all([
    loadUserRecords(user.id, today),
    listEligibilityMilestonesByUser(user.id),
  ]);
  const engine = createEligibilityEngine(data.eligibilityProfile);
  const answers = engine.answers();
  const groups = new Map<string, EligibilityAnswer[]>();
  for (const answer of answers) {
    const issuer = getRequirement(answer.target)?.issuer ?? "other";
    const label = getIssuer(issuer)?.abbreviation ?? issuer;
    groups.set(label, [...(groups.get(label) ?? []), answer]);
  }
  const evaluator = createRequirementEvaluator(data.records, today, catalog);
  const addedMilestones: AddedMilestone[] = added.map((row) => {
    const state = evaluator.state(row.requirementSlug);
    return {
      id: row.id,
      requirementSlug: row.requirementSlug,
      targetSlug: row.targetSlug,
      status: state.status,
      done: state.done,
      ...(state.note ? { note: state.note } : {}),
      kind: evaluator.requirement(row.requirementSlug)?.kind ?? "other",
    };
  });
  return {
    today,
    groups: [...groups.entries()].map(([issuer, list]) => ({ issuer, answers: list })),
    points: pointsFor(data.eligibilityProfile),
    added: addedMilestones,
    splitPending: Boolean(data.stored.splitLegacyExperience),
    profileAnswered: profileAnswered(data.stored),
  };
}

/** The verdicts for one path's exams and credentials (path page island). */
export async function loadPathVerdicts(user: User, pathSlug: string) {
  const path = getPath(pathSlug);
  if (!path) return null;
  const today = todayFor(user);
  const data = await loadUserRecords(user.id, today);
  const engine = createEligibilityEngine(data.eligibilityProfile);
  const slugs = new Set<string>();
  const visit = (node: (typeof path.steps)[number]["satisfiedBy"]): void => {
    if (node.type === "requirement") {
      const r = getRequirement(node.slug);
      if (r && (r.kind === "exam" || r.kind === "credential")) slugs.add(r.slug);
      if (r?.earnedBy) visit(r.earnedBy);
      return;
    }
    node.items.forEach(visit);
  };
  path.steps.forEach((s) => visit(s.satisfiedBy));
  const all = pointsFor(data.eligibilityProfile);
  const answers = [...slugs].map((slug) => engine.answer(slug));
  return {
    answers,
    points: Object.fromEntries(
      answers.flatMap((a) => (all[a.target] ? [[a.target, all[a.target]]] : [])),
    ),
  };
}

/** "Closest paths for me": every path ranked for this user, with the reason. */
export async function loadClosestPaths(user: User): Promise<PathRanking[]> {
  const today = todayFor(user);
  const data = await loadUserRecords(user.id, today);
  return closestPaths(data.eligibilityProfile);
}

/** Whether the person has answered anything in their eligibility profile. */
export function profileAnswered(stored: Record<string, unknown>): boolean {
  return Object.keys(stored).some((key) => key !== "version");
}

/**
 * The milestones (picks) the user's nearest route needs for a path, for seeding a plan; undefined
 * when the profile answers nothing, since a "nearest route" would then be a guess and the plan
 * should ask the user to choose.
 */
export async function nearestRouteForPath(user: User, pathSlug: string) {
  const today = todayFor(user);
  const data = await loadUserRecords(user.id, today);
  if (!profileAnswered(data.stored)) return undefined;
  return milestonesForPath(data.eligibilityProfile, pathSlug);
}
