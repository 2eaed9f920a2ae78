import "server-only";
import { todayFor } from "@/lib/server/clock";
import { catalog, getRequirement } from "@/lib/catalog";
import { listCustomMilestonesByPlan } from "@/db/queries/plans";
import { listEventsForUserRequirements } from "@/db/queries/progress";
import { loadUserRecords } from "@/lib/server/loaders/user-records";
import type { Plan, User } from "@/db/schema";
import { credentialsUsingExam } from "@/lib/catalog/lookup";
import { planInputOf } from "@/lib/plan/plan-input";
import { buildPlanView } from "@/lib/plan";
import { createEligibilityEngine, milestonesForPath } from "@/lib/eligibility";
import { profileAnswered } from "@/lib/server/loaders/eligibility";
import type { MilestoneDetail } from "@/lib/plan/types";

/** Everything the plan page shows, in a handful of queries (no query per milestone). */
export async function loadPlanPage(user: User, plan: Plan) {
  const today = todayFor(user);
  const [custom, userData] = await Promise.all([
    listCustomMilestonesByPlan({ planId: plan.id, userId: user.id }),
    loadUserRecords(user.id, today),
  ]);
  const view = buildPlanView(planInputOf(plan, custom), userData.records, today, catalog);
  // A milestone blocked by eligibility says why (the same engine as /eligibility).
  const engine = createEligibilityEngine(userData.eligibilityProfile);
  for (const milestone of view.milestones) {
    const slug = milestone.requirementSlug;
    if (!slug || milestone.status === "done" || milestone.notApplicable) continue;
    if (milestone.kind !== "exam" && milestone.kind !== "credential") continue;
    const answer = engine.answer(slug);
    if (
      answer.outcome === "not_yet" ||
      answer.outcome === "cant_tell" ||
      answer.outcome === "no_route"
    ) {
      milestone.eligibility = { outcome: answer.outcome, summary: answer.summary };
    }
  }
  // Never re-seeded: a nearer route is offered when its choices differ from the plan's.
  const nearest = profileAnswered(userData.stored)
    ? milestonesForPath(userData.eligibilityProfile, plan.pathSlug, { engine })
    : undefined;
  const nearerRoute = Object.entries(nearest?.picks ?? {}).some(
    ([key, value]) => plan.picks[key] !== undefined && plan.picks[key] !== value,
  );
  const slugs = view.milestones.flatMap((milestone) =>
    milestone.requirementSlug ? [milestone.requirementSlug] : [],
  );
  const events = await listEventsForUserRequirements({
    userId: user.id,
    requirementSlugs: slugs,
    customIds: custom.map((c) => c.id),
  });
  const progressBySlug = new Map(userData.progressRows.map((row) => [row.requirementSlug, row]));
  const customById = new Map(custom.map((row) => [row.id, row]));
  // A milestone's newest changes, and how many it has in all (the query caps each milestone).
  const historyOf = (
    belongs: (event: (typeof events)[number]) => boolean,
  ): Pick<MilestoneDetail, "history" | "historyTotal"> => {
    const own = events.filter(belongs);
    return {
      history: own.map((event) => ({
        at: event.createdAt.toISOString(),
        field: event.field,
        oldValue: event.oldValue,
        newValue: event.newValue,
      })),
      historyTotal: own[0]?.total ?? 0,
    };
  };

  const details: Record<string, MilestoneDetail> = {};
  for (const milestone of view.milestones) {
    if (milestone.requirementSlug) {
      const row = progressBySlug.get(milestone.requirementSlug);
      const isExam = getRequirement(milestone.requirementSlug)?.kind === "exam";
      details[milestone.key] = {
        version: row?.version ?? 0,
        registryNumber: row?.registryNumber ?? null,
        score: row?.score ?? null,
        certificateRef: row?.certificateRef ?? null,
        evidenceUrl: row?.evidenceUrl ?? null,
        notes: row?.notes ?? null,
        isExam,
        countsTowardOptions: isExam
          ? credentialsUsingExam(milestone.requirementSlug).map((slug) => ({
              slug,
              name: getRequirement(slug)?.name ?? slug,
            }))
          : [],
        attempts: userData.attempts
          .filter((attempt) => attempt.requirementSlug === milestone.requirementSlug)
          .map((attempt) => ({
            attemptedOn: attempt.attemptedOn,
            result: attempt.result,
            countsToward: attempt.countsToward,
          })),
        ...historyOf((event) => event.requirementSlug === milestone.requirementSlug),
      };
    } else {
      const id = milestone.key.replace(/^custom:/, "");
      const row = customById.get(id);
      details[milestone.key] = {
        version: row?.version ?? 0,
        registryNumber: null,
        score: null,
        certificateRef: null,
        evidenceUrl: null,
        notes: row?.notes ?? null,
        isExam: false,
        countsTowardOptions: [],
        attempts: [],
        ...historyOf((event) => event.customMilestoneId === id),
      };
    }
  }
  return { view, details, today, nearerRoute };
}
