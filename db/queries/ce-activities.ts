import "server-only";
import { and, count, desc, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { preparedQuery } from "@/db/prepared";
import { ceActivities, userProfiles, type CeActivityRow } from "@/db/schema";
import { notFound, staleVersion } from "@/lib/errors";
import { pageWindow, type Page } from "@/lib/pagination";

/**
 * The CE log (schema.ts `ce_activities`): every function takes the signed-in user's id and
 * touches only that user's rows. Deleted rows (`deleted_at`) are invisible except to `restore`.
 */

export type CeActivityValues = Pick<
  CeActivityRow,
  | "completedOn"
  | "title"
  | "provider"
  | "credits"
  | "category"
  | "craDomain"
  | "creditsArdms"
  | "creditsCci"
  | "creditsArrt"
  | "creditsArrtSonography"
  | "creditsAbii"
  | "creditsAhra"
  | "notes"
>;

/** How long a deleted activity can be restored; older deleted rows are purged on the next delete. */
const UNDO_HOURS = 24;

const live = (userId: string) =>
  and(eq(ceActivities.userId, userId), isNull(ceActivities.deletedAt));

/** The log's order, newest first; the id keeps activities of one day in a stable order. */
const logOrder = [desc(ceActivities.completedOn), desc(ceActivities.id)] as const;

/** The user's log, newest first (one index scan: ce_activities_user_log_idx). */
const ceLogByUser = preparedQuery((db) =>
  db
    .select()
    .from(ceActivities)
    .where(and(eq(ceActivities.userId, sql.placeholder("userId")), isNull(ceActivities.deletedAt)))
    .orderBy(...logOrder)
    .prepare("ce_log_by_user"),
);

export async function listCeActivitiesByUser(userId: string): Promise<CeActivityRow[]> {
  return ceLogByUser().execute({ userId });
}

/**
 * One page of the user's log, in the log's order, and how many activities it holds: a page past
 * the end shows the last one. Reads only that page's rows, however long the log grows.
 */
export async function listCeActivitiesPageByUser(
  userId: string,
  requestedPage: number,
  pageSize: number,
): Promise<Page<CeActivityRow>> {
  const [counted] = await getDb().select({ total: count() }).from(ceActivities).where(live(userId));
  const total = counted?.total ?? 0;
  const { page, pageCount, offset } = pageWindow(total, requestedPage, pageSize);
  const items = await getDb()
    .select()
    .from(ceActivities)
    .where(live(userId))
    .orderBy(...logOrder)
    .limit(pageSize)
    .offset(offset);
  return { page, pageCount, total, items };
}

/**
 * What the upkeep engine reads of each activity (lib/upkeep/inputs.ts StoredActivity), in the
 * log's order: for pages that count credits without listing the log (the dashboard). Each column
 * left out is one decode fewer per row; a heavy user has hundreds of rows.
 */
const ceCreditsByUser = preparedQuery((db) =>
  db
    .select({
      id: ceActivities.id,
      completedOn: ceActivities.completedOn,
      title: ceActivities.title,
      provider: ceActivities.provider,
      credits: ceActivities.credits,
      category: ceActivities.category,
      craDomain: ceActivities.craDomain,
      creditsArdms: ceActivities.creditsArdms,
      creditsCci: ceActivities.creditsCci,
      creditsArrt: ceActivities.creditsArrt,
      creditsArrtSonography: ceActivities.creditsArrtSonography,
      creditsAbii: ceActivities.creditsAbii,
      creditsAhra: ceActivities.creditsAhra,
    })
    .from(ceActivities)
    .where(and(eq(ceActivities.userId, sql.placeholder("userId")), isNull(ceActivities.deletedAt)))
    .orderBy(...logOrder)
    .prepare("ce_credits_by_user"),
);

export async function listCeCreditsByUser(userId: string) {
  return ceCreditsByUser().execute({ userId });
}

export async function getCeActivityForUser(input: { userId: string; activityId: string }) {
  const [row] = await getDb()
    .select()
    .from(ceActivities)
    .where(and(eq(ceActivities.id, input.activityId), live(input.userId)));
  if (!row) throw notFound("ce_activity");
  return row;
}

export async function createCeActivity(input: {
  userId: string;
  values: CeActivityValues;
}): Promise<CeActivityRow> {
  const [created] = await getDb()
    .insert(ceActivities)
    .values({ ...input.values, userId: input.userId, source: "manual" })
    .returning();
  return created!;
}

/** A checked transcript, saved all or nothing: one statement. */
export async function createCeActivities(input: {
  userId: string;
  rows: readonly CeActivityValues[];
  source: "transcript" | "import";
}): Promise<number> {
  if (input.rows.length === 0) return 0;
  const created = await getDb()
    .insert(ceActivities)
    .values(input.rows.map((row) => ({ ...row, userId: input.userId, source: input.source })))
    .returning({ id: ceActivities.id });
  return created.length;
}

export async function updateCeActivity(input: {
  userId: string;
  activityId: string;
  expectedVersion: number;
  values: CeActivityValues;
}): Promise<CeActivityRow> {
  const [updated] = await getDb()
    .update(ceActivities)
    .set({ ...input.values, version: sql`${ceActivities.version} + 1` })
    .where(
      and(
        eq(ceActivities.id, input.activityId),
        live(input.userId),
        eq(ceActivities.version, input.expectedVersion),
      ),
    )
    .returning();
  if (updated) return updated;
  await getCeActivityForUser(input); // not found → 404, else the version was stale
  throw staleVersion("ce_activity");
}

/** Deletes with undo: the row is hidden now and purged a day later. */
export async function deleteCeActivity(input: {
  userId: string;
  activityId: string;
  now: Date;
}): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [deleted] = await tx
      .update(ceActivities)
      .set({ deletedAt: input.now })
      .where(and(eq(ceActivities.id, input.activityId), live(input.userId)))
      .returning({ id: ceActivities.id });
    if (!deleted) throw notFound("ce_activity");
    await tx
      .delete(ceActivities)
      .where(
        and(
          eq(ceActivities.userId, input.userId),
          isNotNull(ceActivities.deletedAt),
          lt(ceActivities.deletedAt, new Date(input.now.getTime() - UNDO_HOURS * 3_600_000)),
        ),
      );
  });
}

/** Undoes a delete. */
export async function restoreCeActivity(input: { userId: string; activityId: string }) {
  const [restored] = await getDb()
    .update(ceActivities)
    .set({ deletedAt: null, version: sql`${ceActivities.version} + 1` })
    .where(
      and(
        eq(ceActivities.id, input.activityId),
        eq(ceActivities.userId, input.userId),
        isNotNull(ceActivities.deletedAt),
      ),
    )
    .returning();
  if (!restored) throw notFound("ce_activity");
  return restored;
}

/** The ARRT birth month (1–12, or null to forget it), on the profile. */
export async function setArrtBirthMonth(input: {
  userId: string;
  month: number | null;
}): Promise<void> {
  await getDb()
    .insert(userProfiles)
    .values({ userId: input.userId, arrtBirthMonth: input.month })
    .onConflictDoUpdate({ target: userProfiles.userId, set: { arrtBirthMonth: input.month } });
}
