import "server-only";
import { listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { saveMemberSummary } from "@/db/queries/member-summaries";
import { belongsToAnyOrganization } from "@/db/queries/organizations";
import { listAllCustomMilestonesByUser, listPlansByUserId } from "@/db/queries/plans";
import { getUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { catalog, getPath, getRequirement } from "@/lib/catalog";
import { formatCalendarDate } from "@/lib/format";
import { buildPlanView } from "@/lib/plan";
import { planInputOf } from "@/lib/plan/plan-input";
import { todayFor } from "@/lib/server/clock";
import { enqueue } from "@/lib/server/jobs/boss";
import { QUEUES } from "@/lib/server/jobs/queues";
import { logUnexpectedError } from "@/lib/server/unexpected-errors";
import { upkeepFrom } from "@/lib/server/loaders/upkeep";
import { loadUserRecords } from "@/lib/server/loaders/user-records";
import { computeMemberSummary, type MemberSummary } from "@/lib/sharing/summary";
import { describeAction } from "@/lib/upkeep/describe";

/**
 * The person's plans and upkeep run through the same engines as the dashboard (plan views,
 * upkeep cycles and agenda), summarised by lib/sharing/summary.ts.
 */
export async function buildMemberSummary(user: User): Promise<MemberSummary> {
  const today = todayFor(user);
  const [plans, userData, custom, activities] = await Promise.all([
    listPlansByUserId(user.id),
    loadUserRecords(user.id, today),
    listAllCustomMilestonesByUser(user.id),
    listCeActivitiesByUser(user.id),
  ]);
  const upkeep = upkeepFrom(userData, activities, today);
  return computeMemberSummary({
    plans: plans.map((plan) => ({
      planId: plan.id,
      title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
      view: buildPlanView(planInputOf(plan, custom), userData.records, today, catalog),
    })),
    cycles: upkeep.cycles,
    agenda: upkeep.agenda,
    describe: (action) => describeAction(action, (iso) => formatCalendarDate(iso, "en-US")),
    credentialName: (slug) => {
      const requirement = getRequirement(slug);
      return requirement?.code ?? requirement?.name ?? slug;
    },
  });
}

/** Builds and stores the person's summary now (the job's work; also on joining). */
export async function rebuildMemberSummary(userOrId: User | string): Promise<void> {
  const user = typeof userOrId === "string" ? await getUserById(userOrId) : userOrId;
  if (!user) return;
  await saveMemberSummary({ userId: user.id, summary: await buildMemberSummary(user) });
}

/**
 * After every milestone, plan, profile and CE write: queues a rebuild of the person's summary,
 * and only when they belong to an organization (one indexed lookup otherwise). The engines run
 * on the job queue, never in the request: one job per person at a time (pg-boss's "stately"
 * policy keyed by the user: at most one waiting and one running), so a burst of writes coalesces
 * into one rebuild that reads the last of them. A failure here never undoes the write it follows
 * (logged; the next write repairs it).
 */
export async function queueMemberSummary(user: Pick<User, "id">): Promise<void> {
  try {
    if (!(await belongsToAnyOrganization(user.id))) return;
    await enqueue(QUEUES.memberSummary, { userId: user.id }, { singletonKey: user.id });
  } catch (error) {
    logUnexpectedError("sharing.summary", error);
  }
}
