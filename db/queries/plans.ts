import "server-only";
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { preparedQuery } from "@/db/prepared";
import { catalogPaths, customMilestones, plans, type Plan } from "@/db/schema";
import { notFound, staleVersion } from "@/lib/errors";

// Prepared: read on every dashboard and plan page (db/prepared.ts).
const plansByUser = preparedQuery((db) =>
  db
    .select()
    .from(plans)
    .where(eq(plans.userId, sql.placeholder("userId")))
    .orderBy(desc(plans.isPrimary), asc(plans.createdAt))
    .prepare("plans_by_user"),
);

export async function listPlansByUserId(userId: string): Promise<Plan[]> {
  return plansByUser().execute({ userId });
}

const planByIdForUser = preparedQuery((db) =>
  db
    .select()
    .from(plans)
    .where(
      and(eq(plans.id, sql.placeholder("planId")), eq(plans.userId, sql.placeholder("userId"))),
    )
    .prepare("plan_by_id_for_user"),
);

export async function getPlanByIdForUser(input: { planId: string; userId: string }): Promise<Plan> {
  const [plan] = await planByIdForUser().execute({ planId: input.planId, userId: input.userId });
  if (!plan) throw notFound("plan");
  return plan;
}

export async function findPlanByPathForUser(input: { userId: string; pathSlug: string }) {
  const [plan] = await getDb()
    .select()
    .from(plans)
    .where(and(eq(plans.userId, input.userId), eq(plans.pathSlug, input.pathSlug)));
  return plan;
}

/** Starts a path (or returns the plan already following it). The first plan becomes primary. */
export async function createPlanForUser(input: {
  userId: string;
  pathSlug: string;
  /** Seeds a new plan's "one of" choices (the user's nearest route); an existing plan keeps its own. */
  picks?: Record<string, string>;
}): Promise<Plan> {
  return getDb().transaction(async (tx) => {
    const [path] = await tx
      .select({ slug: catalogPaths.slug })
      .from(catalogPaths)
      .where(and(eq(catalogPaths.slug, input.pathSlug), isNull(catalogPaths.retiredOn)));
    if (!path) throw notFound("path");
    const [{ count }] = (await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(plans)
      .where(eq(plans.userId, input.userId))) as [{ count: number }];
    const [created] = await tx
      .insert(plans)
      .values({
        userId: input.userId,
        pathSlug: input.pathSlug,
        isPrimary: count === 0,
        picks: input.picks ?? {},
      })
      .onConflictDoNothing({ target: [plans.userId, plans.pathSlug] })
      .returning();
    if (created) return created;
    const [existing] = await tx
      .select()
      .from(plans)
      .where(and(eq(plans.userId, input.userId), eq(plans.pathSlug, input.pathSlug)));
    return existing!;
  });
}

export async function makePlanPrimary(input: { planId: string; userId: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [plan] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.userId, input.userId)))
      .for("update");
    if (!plan) throw notFound("plan");
    await tx
      .update(plans)
      .set({ isPrimary: false })
      .where(and(eq(plans.userId, input.userId), ne(plans.id, input.planId)));
    await tx.update(plans).set({ isPrimary: true }).where(eq(plans.id, input.planId));
  });
}

/** Leaves a path: the plan and its custom milestones go; progress on requirements stays. */
export async function deletePlanForUser(input: { planId: string; userId: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [deleted] = await tx
      .delete(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.userId, input.userId)))
      .returning();
    if (!deleted) throw notFound("plan");
    if (deleted.isPrimary) {
      const [next] = await tx
        .select({ id: plans.id })
        .from(plans)
        .where(eq(plans.userId, input.userId))
        .orderBy(asc(plans.createdAt))
        .limit(1);
      if (next) await tx.update(plans).set({ isPrimary: true }).where(eq(plans.id, next.id));
    }
  });
}

/** Records a "one of" choice. Progress is per requirement, so switching back loses nothing. */
export async function setPlanPick(input: {
  planId: string;
  userId: string;
  groupKey: string;
  requirementSlug: string;
  expectedVersion: number;
}): Promise<Plan> {
  return setPlanPicks({
    planId: input.planId,
    userId: input.userId,
    picks: { [input.groupKey]: input.requirementSlug },
    expectedVersion: input.expectedVersion,
  });
}

/** Sets several "one of" choices at once (switching to a nearer route); progress is untouched. */
export async function setPlanPicks(input: {
  planId: string;
  userId: string;
  picks: Record<string, string>;
  expectedVersion: number;
}): Promise<Plan> {
  const [updated] = await getDb()
    .update(plans)
    .set({
      picks: sql`${plans.picks} || ${JSON.stringify(input.picks)}::jsonb`,
      version: sql`${plans.version} + 1`,
    })
    .where(
      and(
        eq(plans.id, input.planId),
        eq(plans.userId, input.userId),
        eq(plans.version, input.expectedVersion),
      ),
    )
    .returning();
  if (updated) return updated;
  await getPlanByIdForUser(input);
  throw staleVersion("plan");
}

export async function setRequirementNotApplicable(input: {
  planId: string;
  userId: string;
  requirementSlug: string;
  notApplicable: boolean;
  expectedVersion: number;
}): Promise<Plan> {
  const plan = await getPlanByIdForUser(input);
  if (plan.version !== input.expectedVersion) throw staleVersion("plan");
  const next = new Set(plan.notApplicable);
  if (input.notApplicable) next.add(input.requirementSlug);
  else next.delete(input.requirementSlug);
  const [updated] = await getDb()
    .update(plans)
    .set({ notApplicable: [...next].sort(), version: sql`${plans.version} + 1` })
    .where(and(eq(plans.id, plan.id), eq(plans.version, input.expectedVersion)))
    .returning();
  if (!updated) throw staleVersion("plan");
  return updated;
}

export async function listCustomMilestonesByPlan(input: { planId: string; userId: string }) {
  return getDb()
    .select()
    .from(customMilestones)
    .where(
      and(eq(customMilestones.planId, input.planId), eq(customMilestones.userId, input.userId)),
    )
    .orderBy(asc(customMilestones.position), asc(customMilestones.createdAt));
}

const customMilestonesByUser = preparedQuery((db) =>
  db
    .select()
    .from(customMilestones)
    .where(eq(customMilestones.userId, sql.placeholder("userId")))
    .orderBy(asc(customMilestones.position))
    .prepare("custom_milestones_by_user"),
);

export async function listAllCustomMilestonesByUser(userId: string) {
  return customMilestonesByUser().execute({ userId });
}
