import "server-only";
import { sql } from "drizzle-orm";
import { preparedQuery } from "@/db/prepared";
import { listProgressByUser, userRecordsFrom } from "@/db/queries/progress";
import { listCeCreditsByUser } from "@/db/queries/ce-activities";

/** How many history events the dashboard lists. */
const RECENT_EVENTS = 8;

/**
 * The dashboard's reads in three statements instead of nine (issue 15's `json_agg` lever):
 * drizzle's relational query takes the plans, held spells, exam attempts, profile, eligibility
 * profile, custom milestones and newest history in one SQL (a json_agg subquery per list) and
 * maps the rows back through the columns' own decoders, so each list comes back exactly as its
 * select() gives it. The two lists that grow with the user, milestone progress and the CE log,
 * stay plain selects beside it: through JSON, a heavy user's 200 milestones and 300 activities
 * cost more to decode than the round trips saved (`npm run bench:reads`: typical user 1.6 -> 0.75
 * ms CPU per read, heavy 3.6 -> 3.0; everything in the one statement, heavy 3.5 -> 3.9).
 */
const dashboardReads = preparedQuery((db) =>
  db.query.users
    .findFirst({
      where: (user, { eq }) => eq(user.id, sql.placeholder("userId")),
      columns: { id: true },
      with: {
        plans: { orderBy: (plan, { asc, desc }) => [desc(plan.isPrimary), asc(plan.createdAt)] },
        heldCredentials: true,
        examAttempts: { orderBy: (attempt, { asc }) => [asc(attempt.attemptedOn)] },
        profile: true,
        eligibilityProfile: true,
        customMilestones: { orderBy: (custom, { asc }) => [asc(custom.position)] },
        milestoneEvents: {
          orderBy: (event, { desc }) => [desc(event.createdAt)],
          limit: RECENT_EVENTS,
        },
      },
    })
    .prepare("dashboard_reads"),
);

/**
 * The dashboard's rows: the same lists as listPlansByUserId, getUserRecords,
 * listAllCustomMilestonesByUser and listCeCreditsByUser, in their orders, and the newest
 * history events.
 */
export async function getDashboardRows(userId: string) {
  const [row, progressRows, ceActivities] = await Promise.all([
    dashboardReads().execute({ userId }),
    listProgressByUser(userId),
    listCeCreditsByUser(userId),
  ]);
  return {
    plans: row?.plans ?? [],
    userRecords: userRecordsFrom({
      progressRows,
      held: row?.heldCredentials ?? [],
      attempts: row?.examAttempts ?? [],
      profile: row?.profile,
      eligibility: row?.eligibilityProfile,
    }),
    customMilestones: row?.customMilestones ?? [],
    recentEvents: row?.milestoneEvents ?? [],
    ceActivities,
  };
}
