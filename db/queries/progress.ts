import "server-only";
import { and, desc, eq, getTableColumns, inArray, lte, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { preparedQuery } from "@/db/prepared";
import {
  catalogRequirements,
  eligibilityProfiles,
  examAttempts,
  heldCredentials,
  milestoneEvents,
  progress,
  userProfiles,
  type EligibilityProfileRow,
  type ExamAttempt,
  type HeldCredential,
  type MilestoneStatus,
  type Progress,
} from "@/db/schema";
import { notFound, staleVersion } from "@/lib/errors";
import { examResultChange, signOffVoidReason } from "@/lib/plan/changes";
import { voidSignOffsInTransaction } from "@/db/queries/sign-offs";
import { recordsFromRows } from "@/lib/plan/records";

/** The editable fields of a milestone's progress. */
export interface ProgressChanges {
  status?: MilestoneStatus;
  targetDate?: string | null;
  examDate?: string | null;
  completedDate?: string | null;
  registryNumber?: string | null;
  score?: string | null;
  certificateRef?: string | null;
  evidenceUrl?: string | null;
  notes?: string | null;
}

/** Everything the plan engine (lib/plan) needs about one user, in four indexed queries. */
// Prepared (db/prepared.ts): every dashboard, plan page and upkeep page reads them.
const recordQueries = preparedQuery((db) => {
  const userId = sql.placeholder("userId");
  return {
    progress: db
      .select()
      .from(progress)
      .where(eq(progress.userId, userId))
      .prepare("records_progress"),
    held: db
      .select()
      .from(heldCredentials)
      .where(eq(heldCredentials.userId, userId))
      .prepare("records_held"),
    attempts: db
      .select()
      .from(examAttempts)
      .where(eq(examAttempts.userId, userId))
      .orderBy(examAttempts.attemptedOn)
      .prepare("records_attempts"),
    profile: db
      .select()
      .from(userProfiles)
      .where(eq(userProfiles.userId, userId))
      .prepare("records_profile"),
    eligibility: db
      .select()
      .from(eligibilityProfiles)
      .where(eq(eligibilityProfiles.userId, userId))
      .prepare("records_eligibility"),
  };
});

/** The user's milestone progress (one of getUserRecords' reads; the dashboard reads it alone). */
export async function listProgressByUser(userId: string): Promise<Progress[]> {
  return recordQueries().progress.execute({ userId });
}

export async function getUserRecords(userId: string) {
  const queries = recordQueries();
  const [progressRows, held, attempts, [profile], [eligibility]] = await Promise.all([
    queries.progress.execute({ userId }),
    queries.held.execute({ userId }),
    queries.attempts.execute({ userId }),
    queries.profile.execute({ userId }),
    queries.eligibility.execute({ userId }),
  ]);
  return userRecordsFrom({ progressRows, held, attempts, profile, eligibility });
}

export type UserRecordRows = Awaited<ReturnType<typeof getUserRecords>>;

/** getUserRecords' answer from rows read elsewhere (db/queries/dashboard.ts reads them too). */
export function userRecordsFrom(rows: {
  progressRows: Progress[];
  held: HeldCredential[];
  attempts: ExamAttempt[];
  profile: typeof userProfiles.$inferSelect | null | undefined;
  eligibility: EligibilityProfileRow | null | undefined;
}) {
  const { progressRows, held, attempts } = rows;
  const profile = rows.profile ?? undefined;
  return {
    progressRows,
    profile,
    /** Every held-credential spell, ended ones too (the upkeep engine reads the history). */
    heldRows: held,
    /** The stored eligibility profile document (validated by lib/eligibility/stored-profile). */
    eligibility: rows.eligibility ?? undefined,
    records: recordsFromRows({ progress: progressRows, held, attempts, profile }),
    attempts,
  };
}

function describe(value: unknown): string | null {
  return value === null || value === undefined || value === "" ? null : String(value);
}

async function writeProgress(
  tx: Transaction,
  input: {
    userId: string;
    requirementSlug: string;
    expectedVersion: number;
    changes: ProgressChanges;
    planId?: string;
    now: Date;
  },
): Promise<Progress> {
  const [current] = await tx
    .select()
    .from(progress)
    .where(
      and(eq(progress.userId, input.userId), eq(progress.requirementSlug, input.requirementSlug)),
    )
    .for("update");

  if (!current) {
    // A milestone never touched before has version 0.
    if (input.expectedVersion !== 0) throw staleVersion("progress");
    const [requirement] = await tx
      .select({ slug: catalogRequirements.slug })
      .from(catalogRequirements)
      .where(eq(catalogRequirements.slug, input.requirementSlug));
    if (!requirement) throw notFound("requirement");
    const [created] = await tx
      .insert(progress)
      .values({ userId: input.userId, requirementSlug: input.requirementSlug, ...input.changes })
      .returning();
    const events = Object.entries(input.changes)
      .filter(([, value]) => describe(value) !== null && !(value === "not_started"))
      .map(([field, value]) => ({
        userId: input.userId,
        requirementSlug: input.requirementSlug,
        planId: input.planId ?? null,
        field,
        oldValue: null,
        newValue: describe(value),
        createdAt: input.now,
      }));
    if (events.length) await tx.insert(milestoneEvents).values(events);
    return created!;
  }

  if (current.version !== input.expectedVersion) throw staleVersion("progress");
  const changed = (Object.keys(input.changes) as (keyof ProgressChanges)[]).filter(
    (field) => describe(input.changes[field]) !== describe(current[field]),
  );
  if (changed.length === 0) return current;
  const [updated] = await tx
    .update(progress)
    .set({ ...input.changes, version: sql`${progress.version} + 1` })
    .where(and(eq(progress.id, current.id), eq(progress.version, input.expectedVersion)))
    .returning();
  if (!updated) throw staleVersion("progress");
  const voidReason = signOffVoidReason(changed);
  if (voidReason) {
    await voidSignOffsInTransaction(tx, {
      userId: input.userId,
      ref: { requirementSlug: input.requirementSlug },
      reason: voidReason,
      now: input.now,
    });
  }
  await tx.insert(milestoneEvents).values(
    changed.map((field) => ({
      userId: input.userId,
      requirementSlug: input.requirementSlug,
      planId: input.planId ?? null,
      field,
      oldValue: describe(current[field]),
      newValue: describe(input.changes[field]),
      createdAt: input.now,
    })),
  );
  return updated;
}

/**
 * Saves changes to a milestone if nobody changed it since `expectedVersion` was read (0 for a
 * milestone never saved); records each changed field in the history. One transaction.
 */
export async function saveProgress(input: {
  userId: string;
  requirementSlug: string;
  expectedVersion: number;
  changes: ProgressChanges;
  planId?: string;
  now: Date;
}): Promise<Progress> {
  return getDb().transaction((tx) => writeProgress(tx, input));
}

/** Records an exam sitting and what it changes on the milestone (lib/plan/changes.ts). */
export async function recordExamAttempt(input: {
  userId: string;
  requirementSlug: string;
  expectedVersion: number;
  attemptedOn: string;
  result: "passed" | "failed";
  countsToward: string | null;
  planId?: string;
  now: Date;
}): Promise<Progress> {
  return getDb().transaction(async (tx) => {
    const [current] = await tx
      .select({ status: progress.status })
      .from(progress)
      .where(
        and(eq(progress.userId, input.userId), eq(progress.requirementSlug, input.requirementSlug)),
      )
      .for("update");
    const saved = await writeProgress(tx, {
      userId: input.userId,
      requirementSlug: input.requirementSlug,
      expectedVersion: input.expectedVersion,
      planId: input.planId,
      changes: examResultChange(input.result, input.attemptedOn, current),
      now: input.now,
    });
    await tx.insert(examAttempts).values({
      userId: input.userId,
      requirementSlug: input.requirementSlug,
      attemptedOn: input.attemptedOn,
      result: input.result,
      countsToward: input.countsToward,
      createdAt: input.now,
    });
    await tx.insert(milestoneEvents).values({
      userId: input.userId,
      requirementSlug: input.requirementSlug,
      planId: input.planId ?? null,
      field: "attempt",
      oldValue: null,
      newValue: `${input.result} on ${input.attemptedOn}`,
      createdAt: input.now,
    });
    return saved;
  });
}

/**
 * Onboarding: the user's experience, and that onboarding is done. What they hold is kept by the
 * held-credential editor (db/queries/held.ts), which onboarding shows too.
 */
export async function saveOnboarding(input: { userId: string; now: Date }): Promise<void> {
  // Experience lives in the eligibility profile; what the user holds, in the editor's spells.
  await getDb()
    .insert(userProfiles)
    .values({ userId: input.userId, onboardedAt: input.now })
    .onConflictDoUpdate({ target: userProfiles.userId, set: { onboardedAt: input.now } });
}

export async function getProfile(userId: string) {
  const [profile] = await getDb()
    .select()
    .from(userProfiles)
    .where(eq(userProfiles.userId, userId));
  return profile;
}

/** How many changes each milestone's dialog lists, newest first (the JSON export has them all). */
export const HISTORY_PER_MILESTONE = 10;

/**
 * The newest changes of each of a set of milestones (requirements and custom ones), newest
 * first, one query; `total` is how many changes that milestone has in all. Capped per milestone,
 * so a plan page stays the same size however long the person has used it.
 */
export async function listEventsForUserRequirements(input: {
  userId: string;
  requirementSlugs: readonly string[];
  customIds: readonly string[];
}) {
  if (input.requirementSlugs.length === 0 && input.customIds.length === 0) return [];
  const db = getDb();
  // An event belongs to a requirement or to a custom milestone: the pair names its milestone.
  const milestone = sql`${milestoneEvents.requirementSlug}, ${milestoneEvents.customMilestoneId}`;
  const ranked = db
    .select({
      ...getTableColumns(milestoneEvents),
      rank: sql<number>`row_number() over (partition by ${milestone} order by ${milestoneEvents.createdAt} desc, ${milestoneEvents.id} desc)`
        .mapWith(Number)
        .as("rank"),
      total: sql<number>`count(*) over (partition by ${milestone})`.mapWith(Number).as("total"),
    })
    .from(milestoneEvents)
    .where(
      and(
        eq(milestoneEvents.userId, input.userId),
        or(
          input.requirementSlugs.length
            ? inArray(milestoneEvents.requirementSlug, [...input.requirementSlugs])
            : undefined,
          input.customIds.length
            ? inArray(milestoneEvents.customMilestoneId, [...input.customIds])
            : undefined,
        ),
      ),
    )
    .as("ranked");
  return db
    .select()
    .from(ranked)
    .where(lte(ranked.rank, HISTORY_PER_MILESTONE))
    .orderBy(desc(ranked.createdAt), desc(ranked.id));
}
