import "server-only";
import { signOffVoidReason } from "@/lib/plan/changes";
import { voidSignOffsInTransaction } from "@/db/queries/sign-offs";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { customMilestones, milestoneEvents, plans, type MilestoneStatus } from "@/db/schema";
import { notFound, staleVersion } from "@/lib/errors";

export async function createCustomMilestone(input: {
  userId: string;
  planId: string;
  title: string;
  targetDate: string | null;
  now: Date;
}) {
  return getDb().transaction(async (tx) => {
    const [plan] = await tx
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.id, input.planId), eq(plans.userId, input.userId)));
    if (!plan) throw notFound("plan");
    const [{ next }] = (await tx
      .select({ next: sql<number>`coalesce(max(${customMilestones.position}), -1)::int + 1` })
      .from(customMilestones)
      .where(eq(customMilestones.planId, plan.id))) as [{ next: number }];
    const [created] = await tx
      .insert(customMilestones)
      .values({
        userId: input.userId,
        planId: plan.id,
        title: input.title,
        targetDate: input.targetDate,
        position: next,
        createdAt: input.now,
      })
      .returning();
    await tx.insert(milestoneEvents).values({
      userId: input.userId,
      customMilestoneId: created!.id,
      planId: plan.id,
      field: "created",
      newValue: input.title,
      createdAt: input.now,
    });
    return created!;
  });
}

export interface CustomMilestoneChanges {
  title?: string;
  status?: MilestoneStatus;
  targetDate?: string | null;
  completedDate?: string | null;
  notes?: string | null;
}

export async function updateCustomMilestone(input: {
  userId: string;
  milestoneId: string;
  expectedVersion: number;
  changes: CustomMilestoneChanges;
  now: Date;
}) {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(customMilestones)
      .where(
        and(eq(customMilestones.id, input.milestoneId), eq(customMilestones.userId, input.userId)),
      )
      .for("update");
    if (!current) throw notFound("milestone");
    if (current.version !== input.expectedVersion) throw staleVersion("milestone");
    const changed = (Object.keys(input.changes) as (keyof CustomMilestoneChanges)[]).filter(
      (field) => (input.changes[field] ?? null) !== (current[field] ?? null),
    );
    if (changed.length === 0) return current;
    const [updated] = await tx
      .update(customMilestones)
      .set({ ...input.changes, version: sql`${customMilestones.version} + 1` })
      .where(eq(customMilestones.id, current.id))
      .returning();
    const voidReason = signOffVoidReason(changed);
    if (voidReason) {
      await voidSignOffsInTransaction(tx, {
        userId: input.userId,
        ref: { customMilestoneId: current.id },
        reason: voidReason,
        now: input.now,
      });
    }
    await tx.insert(milestoneEvents).values(
      changed.map((field) => ({
        userId: input.userId,
        customMilestoneId: current.id,
        planId: current.planId,
        field,
        oldValue: current[field] === null ? null : String(current[field]),
        newValue: input.changes[field] == null ? null : String(input.changes[field]),
        createdAt: input.now,
      })),
    );
    return updated!;
  });
}

export async function deleteCustomMilestone(input: {
  userId: string;
  milestoneId: string;
}): Promise<{ planId: string }> {
  const [deleted] = await getDb()
    .delete(customMilestones)
    .where(
      and(eq(customMilestones.id, input.milestoneId), eq(customMilestones.userId, input.userId)),
    )
    .returning({ planId: customMilestones.planId });
  if (!deleted) throw notFound("milestone");
  return deleted;
}

export async function getCustomMilestoneForUser(input: { userId: string; milestoneId: string }) {
  const [row] = await getDb()
    .select()
    .from(customMilestones)
    .where(
      and(eq(customMilestones.id, input.milestoneId), eq(customMilestones.userId, input.userId)),
    );
  if (!row) throw notFound("milestone");
  return row;
}
