/**
 * Every data-layer query the dashboard, the plan page, the milestone actions and the auth path
 * run, written out as the SQL drizzle sends for db/queries/*.ts (same tables, predicates, order
 * and limits), with the heavy user's values as parameters. scripts/bench.ts EXPLAINs each one
 * at scale. When a query in db/queries changes, change its mirror here.
 *
 * Also listed: what Postgres itself runs for foreign-key actions (`on delete cascade` /
 * `set null`) when a custom milestone or a plan is deleted, since those scan the referencing
 * table by the foreign-key column.
 */

export interface QueryParams {
  userId: string;
  email: string;
  sessionId: string;
  planId: string;
  requirementSlug: string;
  progressId: string;
  progressVersion: number;
  customId: string;
  requirementSlugs: string[];
  customIds: string[];
  calendarTokenHash: string;
  emailTokenHash: string;
  throttleBucket: string;
  throttleKey: string;
}

export interface BenchQuery {
  name: string;
  /** The function in db/queries it mirrors (or what runs it). */
  source: string;
  usedBy: string;
  sql: (p: QueryParams) => { text: string; values: unknown[] };
}

/** `$n` placeholders for a list, numbered from `start`. */
function placeholders(count: number, start: number): string {
  return Array.from({ length: count }, (_, index) => `$${start + index}`).join(", ");
}

const q = (text: string, values: unknown[]) => ({ text, values });

export const QUERIES: BenchQuery[] = [
  // --- every signed-in request (lib/auth/current-user.ts) --------------------------------------
  {
    name: "user_sessions by id",
    source: "sessions.ts#getLiveSession",
    usedBy: "every signed-in page and action",
    sql: (p) =>
      q(
        `select "id", "user_id", "created_at", "last_seen_at", "revoked_at" from "user_sessions"
         where ("user_sessions"."id" = $1 and "user_sessions"."user_id" = $2)`,
        [p.sessionId, p.userId],
      ),
  },
  {
    name: "user_sessions touch last_seen",
    source: "sessions.ts#getLiveSession",
    usedBy: "signed-in requests, at most every 5 minutes",
    sql: (p) =>
      q(`update "user_sessions" set "last_seen_at" = $1 where "user_sessions"."id" = $2`, [
        new Date(),
        p.sessionId,
      ]),
  },
  {
    name: "users by id",
    source: "users.ts#getUserById",
    usedBy: "every signed-in page and action",
    sql: (p) => q(`select * from "users" where "users"."id" = $1`, [p.userId]),
  },
  // --- dashboard (lib/dashboard-data.ts) ---------------------------------------------------------
  {
    name: "plans by user",
    source: "plans.ts#listPlansByUserId",
    usedBy: "dashboard, settings, start path",
    sql: (p) =>
      q(
        `select * from "plans" where "plans"."user_id" = $1
         order by "plans"."is_primary" desc, "plans"."created_at" asc`,
        [p.userId],
      ),
  },
  {
    name: "progress by user",
    source: "progress.ts#getUserRecords",
    usedBy: "dashboard, plan page, calendar feed",
    sql: (p) => q(`select * from "progress" where "progress"."user_id" = $1`, [p.userId]),
  },
  {
    name: "held_credentials by user",
    source: "progress.ts#getUserRecords",
    usedBy: "dashboard, plan page, onboarding",
    sql: (p) =>
      q(`select * from "held_credentials" where "held_credentials"."user_id" = $1`, [p.userId]),
  },
  {
    name: "exam_attempts by user",
    source: "progress.ts#getUserRecords",
    usedBy: "dashboard, plan page",
    sql: (p) =>
      q(
        `select * from "exam_attempts" where "exam_attempts"."user_id" = $1
         order by "exam_attempts"."attempted_on"`,
        [p.userId],
      ),
  },
  {
    name: "user_profiles by user",
    source: "progress.ts#getUserRecords",
    usedBy: "dashboard, plan page, onboarding",
    sql: (p) => q(`select * from "user_profiles" where "user_profiles"."user_id" = $1`, [p.userId]),
  },
  {
    name: "custom_milestones by user",
    source: "plans.ts#listAllCustomMilestonesByUser",
    usedBy: "dashboard, calendar feed",
    sql: (p) =>
      q(
        `select * from "custom_milestones" where "custom_milestones"."user_id" = $1
         order by "custom_milestones"."position" asc`,
        [p.userId],
      ),
  },
  {
    name: "milestone_events recent by user",
    source: "progress.ts#listRecentEvents",
    usedBy: "dashboard",
    sql: (p) =>
      q(
        `select * from "milestone_events" where "milestone_events"."user_id" = $1
         order by "milestone_events"."created_at" desc limit $2`,
        [p.userId, 8],
      ),
  },
  {
    name: "ce_activities by user (live, newest first)",
    source: "ce-activities.ts#listCeActivitiesByUser",
    usedBy: "dashboard upkeep card, upkeep page, settings, calendar feed",
    sql: (p) =>
      q(
        `select * from "ce_activities"
         where ("ce_activities"."user_id" = $1 and "ce_activities"."deleted_at" is null)
         order by "ce_activities"."completed_on" desc, "ce_activities"."id" desc`,
        [p.userId],
      ),
  },
  // --- plan page (lib/own-plan.ts, lib/plan-page-data.ts) ---------------------------------------
  {
    name: "plans by id and user",
    source: "plans.ts#getPlanByIdForUser",
    usedBy: "plan page, every milestone action with a planId",
    sql: (p) =>
      q(`select * from "plans" where ("plans"."id" = $1 and "plans"."user_id" = $2)`, [
        p.planId,
        p.userId,
      ]),
  },
  {
    name: "custom_milestones by plan",
    source: "plans.ts#listCustomMilestonesByPlan",
    usedBy: "plan page",
    sql: (p) =>
      q(
        `select * from "custom_milestones"
         where ("custom_milestones"."plan_id" = $1 and "custom_milestones"."user_id" = $2)
         order by "custom_milestones"."position" asc, "custom_milestones"."created_at" asc`,
        [p.planId, p.userId],
      ),
  },
  {
    name: "milestone_events by requirements and custom milestones",
    source: "progress.ts#listEventsForUserRequirements",
    usedBy: "plan page (history of every milestone shown)",
    sql: (p) => {
      const slugs = placeholders(p.requirementSlugs.length, 2);
      const customs = placeholders(p.customIds.length, 2 + p.requirementSlugs.length);
      return q(
        `select * from "milestone_events"
         where ("milestone_events"."user_id" = $1 and ("milestone_events"."requirement_slug" in (${slugs})
                or "milestone_events"."custom_milestone_id" in (${customs})))
         order by "milestone_events"."created_at" desc limit $${2 + p.requirementSlugs.length + p.customIds.length}`,
        [p.userId, ...p.requirementSlugs, ...p.customIds, 500],
      );
    },
  },
  {
    name: "milestone_events by requirement",
    source: "progress.ts#listEventsForRequirement",
    usedBy: "milestone history",
    sql: (p) =>
      q(
        `select * from "milestone_events"
         where ("milestone_events"."user_id" = $1 and "milestone_events"."requirement_slug" = $2)
         order by "milestone_events"."created_at" desc limit $3`,
        [p.userId, p.requirementSlug, 50],
      ),
  },
  {
    name: "exam_attempts by requirement",
    source: "progress.ts#listAttemptsForRequirement",
    usedBy: "milestone dialog",
    sql: (p) =>
      q(
        `select * from "exam_attempts"
         where ("exam_attempts"."user_id" = $1 and "exam_attempts"."requirement_slug" = $2)
         order by "exam_attempts"."attempted_on" desc`,
        [p.userId, p.requirementSlug],
      ),
  },
  // --- milestone actions (app/(app)/plans/actions.ts) -------------------------------------------
  {
    name: "progress for update (save)",
    source: "progress.ts#saveProgress",
    usedBy: "setStatus, updateMilestone, recordAttempt, onboarding",
    sql: (p) =>
      q(
        `select * from "progress"
         where ("progress"."user_id" = $1 and "progress"."requirement_slug" = $2) for update`,
        [p.userId, p.requirementSlug],
      ),
  },
  {
    name: "progress update by id and version",
    source: "progress.ts#saveProgress",
    usedBy: "setStatus, updateMilestone, recordAttempt",
    sql: (p) =>
      q(
        `update "progress" set "status" = $1, "version" = "progress"."version" + 1, "updated_at" = $2
         where ("progress"."id" = $3 and "progress"."version" = $4) returning *`,
        ["in_progress", new Date(), p.progressId, p.progressVersion],
      ),
  },
  {
    name: "milestone_events insert",
    source: "progress.ts#saveProgress",
    usedBy: "every milestone change",
    sql: (p) =>
      q(
        `insert into "milestone_events" ("id", "user_id", "requirement_slug", "custom_milestone_id",
           "plan_id", "field", "old_value", "new_value", "created_at")
         values (default, $1, $2, default, $3, $4, $5, $6, default)`,
        [p.userId, p.requirementSlug, p.planId, "status", "planned", "in_progress"],
      ),
  },
  {
    name: "progress by user and requirement",
    source: "progress.ts#getProgressForUser",
    usedBy: "milestone actions",
    sql: (p) =>
      q(
        `select * from "progress"
         where ("progress"."user_id" = $1 and "progress"."requirement_slug" = $2)`,
        [p.userId, p.requirementSlug],
      ),
  },
  {
    name: "custom_milestones for update",
    source: "custom-milestones.ts#updateCustomMilestone",
    usedBy: "updateCustomMilestone",
    sql: (p) =>
      q(
        `select * from "custom_milestones"
         where ("custom_milestones"."id" = $1 and "custom_milestones"."user_id" = $2) for update`,
        [p.customId, p.userId],
      ),
  },
  {
    name: "custom_milestones next position",
    source: "custom-milestones.ts#createCustomMilestone",
    usedBy: "addCustomMilestone",
    sql: (p) =>
      q(
        `select coalesce(max("custom_milestones"."position"), -1)::int + 1 from "custom_milestones"
         where "custom_milestones"."plan_id" = $1`,
        [p.planId],
      ),
  },
  {
    name: "custom_milestones delete",
    source: "custom-milestones.ts#deleteCustomMilestone",
    usedBy: "deleteCustomMilestone (its FK cascade is timed under Triggers)",
    sql: (p) =>
      q(
        `delete from "custom_milestones"
         where ("custom_milestones"."id" = $1 and "custom_milestones"."user_id" = $2)
         returning "plan_id"`,
        [p.customId, p.userId],
      ),
  },
  {
    name: "FK cascade: milestone_events by custom_milestone_id",
    source: "milestone_events.custom_milestone_id on delete cascade",
    usedBy: "deleteCustomMilestone (run by Postgres)",
    sql: (p) =>
      q(`delete from only "milestone_events" where "custom_milestone_id" = $1`, [p.customId]),
  },
  {
    name: "FK set null: milestone_events by plan_id",
    source: "milestone_events.plan_id on delete set null",
    usedBy: "leavePlan, account deletion (run by Postgres)",
    sql: (p) =>
      q(`update only "milestone_events" set "plan_id" = null where "plan_id" = $1`, [p.planId]),
  },
  {
    name: "plans count by user",
    source: "plans.ts#createPlanForUser",
    usedBy: "startPath",
    sql: (p) => q(`select count(*)::int from "plans" where "plans"."user_id" = $1`, [p.userId]),
  },
  {
    name: "plans by user and path",
    source: "plans.ts#findPlanByPathForUser",
    usedBy: "start path page",
    sql: (p) =>
      q(`select * from "plans" where ("plans"."user_id" = $1 and "plans"."path_slug" = $2)`, [
        p.userId,
        "echocardiographer",
      ]),
  },
  {
    name: "plans make others non-primary",
    source: "plans.ts#makePlanPrimary",
    usedBy: "makePrimary, startPath",
    sql: (p) =>
      q(
        `update "plans" set "is_primary" = $1, "updated_at" = $2
         where ("plans"."user_id" = $3 and "plans"."id" <> $4)`,
        [false, new Date(), p.userId, p.planId],
      ),
  },
  // --- auth, throttling, tokens, audit -----------------------------------------------------------
  {
    name: "users by email",
    source: "users.ts#getUserByEmail",
    usedBy: "sign-in, OAuth linking",
    sql: (p) => q(`select * from "users" where "users"."email" = $1`, [p.email]),
  },
  {
    name: "user_sessions insert",
    source: "sessions.ts#createSession",
    usedBy: "sign-in",
    sql: (p) =>
      q(
        `insert into "user_sessions" ("id", "user_id", "created_at", "last_seen_at", "revoked_at")
         values (default, $1, default, default, default) returning "id"`,
        [p.userId],
      ),
  },
  {
    name: "user_sessions revoke all",
    source: "sessions.ts#revokeAllSessions",
    usedBy: "sign out everywhere, password change",
    sql: (p) =>
      q(
        `update "user_sessions" set "revoked_at" = $1
         where ("user_sessions"."user_id" = $2 and "user_sessions"."revoked_at" is null)`,
        [new Date(), p.userId],
      ),
  },
  {
    name: "throttle_events lookup",
    source: "throttle.ts#throttleStatus",
    usedBy: "sign-in, sign-up, password reset, corrections, deletion",
    sql: (p) =>
      q(
        `select count(*)::int,
                coalesce(ceil(extract(epoch from (min("throttle_events"."created_at") + make_interval(mins => $1) - now()))), 0)::int
         from "throttle_events"
         where ("throttle_events"."bucket" = $2 and "throttle_events"."key" = $3
                and "throttle_events"."created_at" > now() - make_interval(mins => $4))`,
        [15, p.throttleBucket, p.throttleKey, 15],
      ),
  },
  {
    name: "throttle_events clear",
    source: "throttle.ts#clearThrottle",
    usedBy: "successful sign-in",
    sql: (p) =>
      q(
        `delete from "throttle_events"
         where ("throttle_events"."bucket" = $1 and "throttle_events"."key" = $2)`,
        [p.throttleBucket, p.throttleKey],
      ),
  },
  {
    name: "calendar_feeds by token hash",
    source: "calendar.ts#findUserIdByCalendarToken",
    usedBy: "calendar feed",
    sql: (p) =>
      q(`select "user_id" from "calendar_feeds" where "calendar_feeds"."token_hash" = $1`, [
        p.calendarTokenHash,
      ]),
  },
  {
    name: "calendar_feeds by user",
    source: "calendar.ts#hasCalendarFeed",
    usedBy: "settings",
    sql: (p) =>
      q(`select "user_id" from "calendar_feeds" where "calendar_feeds"."user_id" = $1`, [p.userId]),
  },
  {
    name: "email_tokens by hash (consume)",
    source: "users.ts#consumeEmailToken",
    usedBy: "email verification, password reset, email change",
    sql: (p) =>
      q(
        `update "email_tokens" set "used_at" = $1
         where ("email_tokens"."token_hash" = $2 and "email_tokens"."purpose" = $3
                and "email_tokens"."used_at" is null and "email_tokens"."expires_at" > $4)
         returning *`,
        [new Date(), p.emailTokenHash, "verify_email", new Date()],
      ),
  },
  {
    name: "audit_events insert",
    source: "audit.ts#recordAuditEvent",
    usedBy: "sign-in and every security event",
    sql: (p) =>
      q(
        `insert into "audit_events" ("id", "user_id", "subject", "event", "address_hash", "created_at")
         values (default, $1, $2, $3, $4, default)`,
        [p.userId, "0123456789abcdef0123456789abcdef", "sign_in", null],
      ),
  },
  {
    name: "audit_events by user",
    source: "audit.ts#listAuditEventsByUserId",
    usedBy: "security review",
    sql: (p) =>
      q(
        `select * from "audit_events" where "audit_events"."user_id" = $1
         order by "audit_events"."created_at" desc limit $2`,
        [p.userId, 100],
      ),
  },
  {
    name: "custom_milestones with plan path (CSV)",
    source: "account.ts#getMilestonesCsv",
    usedBy: "CSV export",
    sql: (p) =>
      q(
        `select "custom_milestones".*, "plans"."path_slug" from "custom_milestones"
         inner join "plans" on ("plans"."id" = "custom_milestones"."plan_id"
                                and "plans"."user_id" = "custom_milestones"."user_id")
         where "custom_milestones"."user_id" = $1
         order by "plans"."path_slug" asc, "custom_milestones"."position" asc,
                  "custom_milestones"."created_at" asc`,
        [p.userId],
      ),
  },
];
