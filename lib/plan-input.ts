import type { CustomMilestone, Plan } from "@/db/schema";
import type { PlanInput } from "@/lib/plan/types";

/** A stored plan and its custom milestones, as the plan engine (lib/plan) takes them. */
export function planInputOf(plan: Plan, custom: readonly CustomMilestone[]): PlanInput {
  return {
    pathSlug: plan.pathSlug,
    picks: plan.picks,
    notApplicable: plan.notApplicable,
    custom: custom
      .filter((row) => row.planId === plan.id)
      .map((row) => ({
        id: row.id,
        title: row.title,
        status: row.status,
        targetDate: row.targetDate,
        completedDate: row.completedDate,
        position: row.position,
      })),
  };
}
