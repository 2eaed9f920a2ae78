import "server-only";
import { and, desc, eq, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { milestoneEvents, organizationMembers, signOffs, users, type SignOff } from "@/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { can } from "@/lib/sharing/roles";

/**
 * Sign-offs: a member asks an organization's educators and managers to confirm a milestone; the
 * confirmation, voiding and withdrawal are recorded in the milestone's history. Voiding happens in
 * the same transaction as the milestone change (db/queries/progress.ts, custom-milestones.ts).
 */

const live = or(eq(signOffs.state, "requested"), eq(signOffs.state, "confirmed"));

interface MilestoneRef {
  requirementSlug?: string | null;
  customMilestoneId?: string | null;
}

function forMilestone(userId: string, ref: MilestoneRef) {
  return and(
    eq(signOffs.userId, userId),
    ref.customMilestoneId
      ? eq(signOffs.customMilestoneId, ref.customMilestoneId)
      : eq(signOffs.requirementSlug, ref.requirementSlug!),
  );
}

function historyRow(
  userId: string,
  ref: MilestoneRef,
  oldValue: string | null,
  newValue: string,
  now: Date,
) {
  return {
    userId,
    requirementSlug: ref.customMilestoneId ? null : (ref.requirementSlug ?? null),
    customMilestoneId: ref.customMilestoneId ?? null,
    field: "sign_off",
    oldValue,
    newValue,
    createdAt: now,
  };
}

export async function requestSignOff(input: {
  userId: string;
  organizationId: string;
  ref: MilestoneRef;
  title: string;
  now: Date;
}) {
  return getDb().transaction(async (tx) => {
    const [member] = await tx
      .select({ id: organizationMembers.id })
      .from(organizationMembers)
      .where(
        and(
          eq(organizationMembers.userId, input.userId),
          eq(organizationMembers.organizationId, input.organizationId),
        ),
      );
    if (!member) throw notFound("organization");
    const [existing] = await tx
      .select({ id: signOffs.id })
      .from(signOffs)
      .where(and(forMilestone(input.userId, input.ref), live));
    if (existing) {
      throw new AppError(
        "conflict:sign_off",
        "This milestone already has a sign-off requested or confirmed.",
      );
    }
    const [row] = await tx
      .insert(signOffs)
      .values({
        userId: input.userId,
        organizationId: input.organizationId,
        requirementSlug: input.ref.customMilestoneId ? null : (input.ref.requirementSlug ?? null),
        customMilestoneId: input.ref.customMilestoneId ?? null,
        milestoneTitle: input.title,
        createdAt: input.now,
      })
      .returning();
    await tx
      .insert(milestoneEvents)
      .values(historyRow(input.userId, input.ref, null, "sign-off requested", input.now));
    return row!;
  });
}

/** The member's own sign-offs that still stand or wait, by milestone (plan page). */
export async function listLiveSignOffsByUser(userId: string) {
  return getDb()
    .select()
    .from(signOffs)
    .where(and(eq(signOffs.userId, userId), live))
    .orderBy(desc(signOffs.createdAt));
}

/** What the viewer confirmed in this organization and may still withdraw (the team page). */
export async function listConfirmedSignOffsByAuthor(input: {
  authorId: string;
  organizationId: string;
}) {
  return getDb()
    .select({
      id: signOffs.id,
      title: signOffs.milestoneTitle,
      memberName: users.name,
      memberEmail: users.email,
      confirmedAt: signOffs.confirmedAt,
    })
    .from(signOffs)
    .innerJoin(users, eq(users.id, signOffs.userId))
    .where(
      and(
        eq(signOffs.organizationId, input.organizationId),
        eq(signOffs.authorId, input.authorId),
        eq(signOffs.state, "confirmed"),
      ),
    )
    .orderBy(desc(signOffs.confirmedAt));
}

/** Requests waiting in an organization, for a viewer who may sign off (else none). */
export async function listSignOffRequestsForViewer(input: {
  viewerId: string;
  organizationId: string;
}) {
  const [viewer] = await getDb()
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, input.organizationId),
        eq(organizationMembers.userId, input.viewerId),
      ),
    );
  if (!viewer || !can(viewer.role, "sign_off")) return [];
  return getDb()
    .select({
      id: signOffs.id,
      title: signOffs.milestoneTitle,
      memberName: users.name,
      memberEmail: users.email,
      createdAt: signOffs.createdAt,
    })
    .from(signOffs)
    .innerJoin(users, eq(users.id, signOffs.userId))
    .innerJoin(
      organizationMembers,
      and(
        eq(organizationMembers.userId, signOffs.userId),
        eq(organizationMembers.organizationId, signOffs.organizationId),
      ),
    )
    .where(and(eq(signOffs.organizationId, input.organizationId), eq(signOffs.state, "requested")))
    .orderBy(signOffs.createdAt);
}

/**
 * An educator or manager confirms a request of their organization: the author, the time and the
 * comment go into the sign-off and the milestone's history. Refused (not found) for anyone else,
 * and when the member has left.
 */
export async function confirmSignOff(input: {
  viewerId: string;
  viewerName: string;
  organizationId: string;
  signOffId: string;
  comment: string | null;
  now: Date;
}): Promise<SignOff> {
  return getDb().transaction(async (tx) => {
    const [viewer] = await tx
      .select({ role: organizationMembers.role })
      .from(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, input.organizationId),
          eq(organizationMembers.userId, input.viewerId),
        ),
      );
    if (!viewer || !can(viewer.role, "sign_off")) throw notFound("sign_off");
    const [request] = await tx
      .select()
      .from(signOffs)
      .where(
        and(
          eq(signOffs.id, input.signOffId),
          eq(signOffs.organizationId, input.organizationId),
          eq(signOffs.state, "requested"),
        ),
      )
      .for("update");
    if (!request || request.userId === input.viewerId) throw notFound("sign_off");
    const [member] = await tx
      .select({ id: organizationMembers.id })
      .from(organizationMembers)
      .where(
        and(
          eq(organizationMembers.organizationId, input.organizationId),
          eq(organizationMembers.userId, request.userId),
        ),
      );
    if (!member) throw notFound("sign_off");
    const [updated] = await tx
      .update(signOffs)
      .set({
        state: "confirmed",
        authorId: input.viewerId,
        authorName: input.viewerName,
        comment: input.comment,
        confirmedAt: input.now,
      })
      .where(eq(signOffs.id, request.id))
      .returning();
    await tx
      .insert(milestoneEvents)
      .values(
        historyRow(
          request.userId,
          request,
          "sign-off requested",
          `confirmed by ${input.viewerName}${input.comment ? `: ${input.comment}` : ""}`,
          input.now,
        ),
      );
    return updated!;
  });
}

/** The author withdraws their confirmation, with a reason recorded in the history. */
export async function withdrawSignOff(input: {
  authorId: string;
  signOffId: string;
  reason: string;
  now: Date;
}) {
  await getDb().transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(signOffs)
      .where(
        and(
          eq(signOffs.id, input.signOffId),
          eq(signOffs.authorId, input.authorId),
          eq(signOffs.state, "confirmed"),
        ),
      )
      .for("update");
    if (!row) throw notFound("sign_off");
    await tx
      .update(signOffs)
      .set({ state: "withdrawn", endedAt: input.now, endReason: input.reason })
      .where(eq(signOffs.id, row.id));
    await tx
      .insert(milestoneEvents)
      .values(
        historyRow(
          row.userId,
          row,
          `confirmed by ${row.authorName ?? "a former member"}`,
          `withdrawn by ${row.authorName ?? "its author"}: ${input.reason}`,
          input.now,
        ),
      );
  });
}

/** The member cancels their own pending request. */
export async function cancelSignOffRequest(input: {
  userId: string;
  signOffId: string;
  now: Date;
}) {
  const [row] = await getDb()
    .update(signOffs)
    .set({ state: "cancelled", endedAt: input.now })
    .where(
      and(
        eq(signOffs.id, input.signOffId),
        eq(signOffs.userId, input.userId),
        eq(signOffs.state, "requested"),
      ),
    )
    .returning({ id: signOffs.id });
  if (!row) throw notFound("sign_off");
}

/**
 * Inside a milestone change's transaction: a confirmed sign-off on it is voided, with `reason`
 * (lib/plan/changes.ts signOffVoidReason) recorded in the history.
 */
export async function voidSignOffsInTransaction(
  tx: Transaction,
  input: { userId: string; ref: MilestoneRef; reason: string; now: Date },
) {
  const voided = await tx
    .update(signOffs)
    .set({ state: "voided", endedAt: input.now, endReason: input.reason })
    .where(and(forMilestone(input.userId, input.ref), eq(signOffs.state, "confirmed")))
    .returning();
  if (voided.length) {
    await tx
      .insert(milestoneEvents)
      .values(
        voided.map((row) =>
          historyRow(
            input.userId,
            input.ref,
            `confirmed by ${row.authorName ?? "a former member"}`,
            `voided: ${input.reason}`,
            input.now,
          ),
        ),
      );
  }
}

/** For the export: the person's own sign-offs, and the ones they authored (names only). */
export async function listSignOffsForExport(userId: string) {
  return getDb()
    .select({
      id: signOffs.id,
      milestone: signOffs.milestoneTitle,
      state: signOffs.state,
      authorName: signOffs.authorName,
      comment: signOffs.comment,
      confirmedAt: signOffs.confirmedAt,
      endedAt: signOffs.endedAt,
      endReason: signOffs.endReason,
      createdAt: signOffs.createdAt,
      authoredByMe: sql<boolean>`coalesce(${signOffs.authorId} = ${userId}, false)`,
    })
    .from(signOffs)
    .where(or(eq(signOffs.userId, userId), eq(signOffs.authorId, userId)));
}
