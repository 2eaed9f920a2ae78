import type { CustomMilestone, MilestoneStatus, PlanInput } from "./types";

/** The stored fields of a plan the engine reads (a database row has these and more). */
export interface StoredPlan {
  id: string;
  pathSlug: string;
  picks: Readonly<Record<string, string>>;
  notApplicable: readonly string[];
}

/** The stored fields of a custom milestone the engine reads. */
export interface StoredCustomMilestone {
  id: string;
  planId: string;
  title: string;
  status: MilestoneStatus;
  targetDate: string | null;
  completedDate: string | null;
  position: number;
}

/** A stored plan and its custom milestones, as the plan engine takes them. */
export function planInputOf(plan: StoredPlan, custom: readonly StoredCustomMilestone[]): PlanInput {
  return {
    pathSlug: plan.pathSlug,
    picks: plan.picks,
    notApplicable: plan.notApplicable,
    custom: custom
      .filter((row) => row.planId === plan.id)
      .map((row): CustomMilestone => ({
        id: row.id,
        title: row.title,
        status: row.status,
        targetDate: row.targetDate,
        completedDate: row.completedDate,
        position: row.position,
      })),
  };
}
