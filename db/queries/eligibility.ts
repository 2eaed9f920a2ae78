import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { catalogRequirements, eligibilityMilestones, eligibilityProfiles } from "@/db/schema";
import { notFound, staleVersion } from "@/lib/errors";

/** The user's stored eligibility profile (answers validated by the caller), or undefined. */
export async function getEligibilityProfileByUser(userId: string) {
  const [row] = await getDb()
    .select()
    .from(eligibilityProfiles)
    .where(eq(eligibilityProfiles.userId, userId));
  return row;
}

/**
 * Saves the whole profile document if nobody changed it since `expectedVersion` was read (0 for
 * a profile never saved).
 */
export async function saveEligibilityProfile(input: {
  userId: string;
  answers: Record<string, unknown>;
  expectedVersion: number;
}): Promise<number> {
  const db = getDb();
  if (input.expectedVersion === 0) {
    const [created] = await db
      .insert(eligibilityProfiles)
      .values({ userId: input.userId, answers: input.answers })
      .onConflictDoNothing()
      .returning({ version: eligibilityProfiles.version });
    if (!created) throw staleVersion("profile");
    return created.version;
  }
  const [updated] = await db
    .update(eligibilityProfiles)
    .set({ answers: input.answers, version: sql`${eligibilityProfiles.version} + 1` })
    .where(
      and(
        eq(eligibilityProfiles.userId, input.userId),
        eq(eligibilityProfiles.version, input.expectedVersion),
      ),
    )
    .returning({ version: eligibilityProfiles.version });
  if (!updated) throw staleVersion("profile");
  return updated.version;
}

export async function listEligibilityMilestonesByUser(userId: string) {
  return getDb()
    .select()
    .from(eligibilityMilestones)
    .where(eq(eligibilityMilestones.userId, userId))
    .orderBy(eligibilityMilestones.createdAt);
}

/** Adds a missing piece as a milestone (once per requirement; adding it again is a no-op). */
export async function addEligibilityMilestone(input: {
  userId: string;
  requirementSlug: string;
  targetSlug: string;
}) {
  const db = getDb();
  const found = await db
    .select({ slug: catalogRequirements.slug })
    .from(catalogRequirements)
    .where(
      sql`${catalogRequirements.slug} in (${input.requirementSlug}, ${input.targetSlug}) and ${catalogRequirements.retiredOn} is null`,
    );
  if (found.length !== new Set([input.requirementSlug, input.targetSlug]).size) {
    throw notFound("requirement");
  }
  await db
    .insert(eligibilityMilestones)
    .values(input)
    .onConflictDoNothing({
      target: [eligibilityMilestones.userId, eligibilityMilestones.requirementSlug],
    });
}

export async function removeEligibilityMilestone(input: { userId: string; id: string }) {
  const [removed] = await getDb()
    .delete(eligibilityMilestones)
    .where(
      and(eq(eligibilityMilestones.id, input.id), eq(eligibilityMilestones.userId, input.userId)),
    )
    .returning({ id: eligibilityMilestones.id });
  if (!removed) throw notFound("milestone");
}
