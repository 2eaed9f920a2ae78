import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import {
  catalogRequirements,
  heldCredentials,
  milestoneEvents,
  type HeldCredential,
  type HeldStatus,
} from "@/db/schema";
import { AppError, notFound, staleVersion } from "@/lib/errors";
import { spellConflict } from "@/lib/upkeep/spells";

/**
 * Held-credential spells (see schema.ts): every function takes the signed-in user's id and
 * touches only that user's rows. Overlaps are checked under a lock on the credential's spells.
 */

export interface SpellValues {
  earnedOn: string | null;
  status: HeldStatus;
  endedOn: string | null;
}

export async function listHeldSpellsByUser(userId: string): Promise<HeldCredential[]> {
  return getDb()
    .select()
    .from(heldCredentials)
    .where(eq(heldCredentials.userId, userId))
    .orderBy(asc(heldCredentials.requirementSlug), asc(heldCredentials.earnedOn));
}

async function lockSpells(tx: Transaction, userId: string, requirementSlug: string) {
  return tx
    .select()
    .from(heldCredentials)
    .where(
      and(eq(heldCredentials.userId, userId), eq(heldCredentials.requirementSlug, requirementSlug)),
    )
    .for("update");
}

function refuseConflict(candidate: SpellValues & { id?: string }, others: HeldCredential[]) {
  const problem = spellConflict(candidate, others);
  if (problem) throw new AppError("conflict:held", problem);
}

function describeSpell(values: SpellValues): string {
  const earned = values.earnedOn ?? "date unknown";
  return values.status === "active" ? `held from ${earned}` : `${values.status} ${values.endedOn}`;
}

/** Adds a spell (a credential held, or held again after a lapse). One transaction. */
export async function addHeldSpell(
  input: { userId: string; requirementSlug: string } & SpellValues,
): Promise<HeldCredential> {
  return getDb().transaction(async (tx) => {
    const [requirement] = await tx
      .select({ slug: catalogRequirements.slug })
      .from(catalogRequirements)
      .where(eq(catalogRequirements.slug, input.requirementSlug));
    if (!requirement) throw notFound("requirement");
    refuseConflict(input, await lockSpells(tx, input.userId, input.requirementSlug));
    const [created] = await tx
      .insert(heldCredentials)
      .values({
        userId: input.userId,
        requirementSlug: input.requirementSlug,
        earnedOn: input.earnedOn,
        status: input.status,
        endedOn: input.endedOn,
      })
      .returning();
    await tx.insert(milestoneEvents).values({
      userId: input.userId,
      requirementSlug: input.requirementSlug,
      field: "held",
      newValue: describeSpell(input),
    });
    return created!;
  });
}

/** Edits a spell's dates or status (ending it is an edit) if nobody changed it since. */
export async function updateHeldSpell(
  input: { userId: string; spellId: string; expectedVersion: number } & SpellValues,
): Promise<HeldCredential> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(heldCredentials)
      .where(and(eq(heldCredentials.id, input.spellId), eq(heldCredentials.userId, input.userId)));
    if (!current) throw notFound("held");
    const spells = await lockSpells(tx, input.userId, current.requirementSlug);
    const locked = spells.find((spell) => spell.id === current.id);
    if (!locked || locked.version !== input.expectedVersion) throw staleVersion("held");
    refuseConflict({ ...input, id: current.id }, spells);
    const [updated] = await tx
      .update(heldCredentials)
      .set({
        earnedOn: input.earnedOn,
        status: input.status,
        endedOn: input.endedOn,
        version: locked.version + 1,
      })
      .where(
        and(
          eq(heldCredentials.id, current.id),
          eq(heldCredentials.userId, input.userId),
          eq(heldCredentials.version, input.expectedVersion),
        ),
      )
      .returning();
    if (!updated) throw staleVersion("held");
    await tx.insert(milestoneEvents).values({
      userId: input.userId,
      requirementSlug: current.requirementSlug,
      field: "held",
      oldValue: describeSpell(current),
      newValue: describeSpell(input),
    });
    return updated;
  });
}

/** Removes a spell entered by mistake (ending it keeps the history instead). */
export async function deleteHeldSpell(input: { userId: string; spellId: string }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [deleted] = await tx
      .delete(heldCredentials)
      .where(and(eq(heldCredentials.id, input.spellId), eq(heldCredentials.userId, input.userId)))
      .returning();
    if (!deleted) throw notFound("held");
    await tx.insert(milestoneEvents).values({
      userId: input.userId,
      requirementSlug: deleted.requirementSlug,
      field: "held",
      oldValue: describeSpell(deleted),
      newValue: "removed",
    });
  });
}
