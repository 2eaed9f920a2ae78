import "server-only";
import { todayFor } from "@/lib/server/clock";
import { catalog, getPath } from "@/lib/catalog";
import { getDashboardRows } from "@/db/queries/dashboard";
import { userRecordsWithProfile } from "@/lib/server/loaders/user-records";
import { upkeepFrom } from "./upkeep";
import type { User } from "@/db/schema";
import { planInputOf } from "@/lib/plan/plan-input";
import { buildPlanView } from "@/lib/plan";
import { dashboardDeadlines } from "@/lib/plan/deadlines";
import type { PlanMilestone } from "@/lib/plan/types";

export interface DashboardItem {
  planId: string;
  pathTitle: string;
  milestone: PlanMilestone;
}

/**
 * The dashboard in one query, whatever the number of plans (db/queries/dashboard.ts): the plans,
 * the plan engine's records (held spells, attempts, profile), custom milestones, recent history,
 * and the CE log for the upkeep card.
 */
export async function loadDashboard(user: User) {
  const today = todayFor(user);
  const rows = await getDashboardRows(user.id);
  const { plans, customMilestones: custom, recentEvents: recent, ceActivities: activities } = rows;
  const userData = userRecordsWithProfile(rows.userRecords, today);
  const upkeep = upkeepFrom(userData, activities, today);
  const views = plans.map((plan) => ({
    plan,
    title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
    view: buildPlanView(planInputOf(plan, custom), userData.records, today, catalog),
  }));

  // A requirement shared by two plans is listed once, under the first (primary first) plan.
  const collect = (
    pick: (view: (typeof views)[number]["view"]) => PlanMilestone[],
  ): DashboardItem[] => {
    const seen = new Set<string>();
    return views.flatMap(({ plan, title, view }) =>
      pick(view)
        .filter((milestone) => (seen.has(milestone.key) ? false : (seen.add(milestone.key), true)))
        .map((milestone) => ({ planId: plan.id, pathTitle: title, milestone })),
    );
  };

  return {
    today,
    views,
    next: collect((view) => view.next),
    dueSoon: collect((view) => view.dueSoon),
    overdue: collect((view) => view.overdue),
    // Every window the user's passes opened, chosen in a plan or not, one line per window.
    deadlines: dashboardDeadlines({
      records: userData.records,
      today,
      catalog,
      planDeadlines: views.flatMap(({ view }) => view.deadlines),
    }),
    recent,
    onboarded: Boolean(userData.profile?.onboardedAt),
    upkeep: { cycles: upkeep.cycles, next: upkeep.next, activityCount: activities.length },
  };
}
