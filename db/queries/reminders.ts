import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import {
  ceActivities,
  customMilestones,
  eligibilityProfiles,
  examAttempts,
  heldCredentials,
  milestoneEvents,
  notificationPreferences,
  plans,
  progress,
  reminders,
  userProfiles,
  users,
  type NotificationPreferences,
  type Reminder,
} from "@/db/schema";

// ---------------------------------------------------------------------------------------------
// The scan: every user's dated things, in batches, a few set-based queries per batch
// ---------------------------------------------------------------------------------------------

/** The next batch of users, by id (keyset pagination: stable while users sign up). */
export async function listUsersForScan(input: { afterId: string | null; limit: number }) {
  return getDb()
    .select({
      id: users.id,
      email: users.email,
      emailVerified: users.emailVerified,
      timeZone: users.timeZone,
    })
    .from(users)
    .where(input.afterId === null ? undefined : gt(users.id, input.afterId))
    .orderBy(asc(users.id))
    .limit(input.limit);
}

/** Everything the reminder rules read for a batch of users. */
export async function loadScanRecords(userIds: readonly string[]) {
  if (userIds.length === 0) {
    return {
      progressRows: [],
      attempts: [],
      held: [],
      profiles: [],
      custom: [],
      dateChanges: [],
      preferences: [],
      userPlans: [],
      activities: [],
      eligibility: [],
    };
  }
  const ids = [...userIds];
  const db = getDb();
  const [
    progressRows,
    attempts,
    held,
    profiles,
    custom,
    dateChanges,
    preferences,
    userPlans,
    activities,
    eligibility,
  ] = await Promise.all([
    db.select().from(progress).where(inArray(progress.userId, ids)),
    db.select().from(examAttempts).where(inArray(examAttempts.userId, ids)),
    db.select().from(heldCredentials).where(inArray(heldCredentials.userId, ids)),
    db.select().from(userProfiles).where(inArray(userProfiles.userId, ids)),
    db
      .select()
      .from(customMilestones)
      .where(and(inArray(customMilestones.userId, ids), isNotNull(customMilestones.targetDate))),
    // When each exam or target date got its current value (the newest change of the field).
    db
      .select({
        userId: milestoneEvents.userId,
        requirementSlug: milestoneEvents.requirementSlug,
        customMilestoneId: milestoneEvents.customMilestoneId,
        field: milestoneEvents.field,
        at: sql<Date>`max(${milestoneEvents.createdAt})`.mapWith(milestoneEvents.createdAt),
      })
      .from(milestoneEvents)
      .where(
        and(
          inArray(milestoneEvents.userId, ids),
          inArray(milestoneEvents.field, ["examDate", "targetDate", "created"]),
        ),
      )
      .groupBy(
        milestoneEvents.userId,
        milestoneEvents.requirementSlug,
        milestoneEvents.customMilestoneId,
        milestoneEvents.field,
      ),
    db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, ids)),
    db
      .select({
        id: plans.id,
        userId: plans.userId,
        pathSlug: plans.pathSlug,
        isPrimary: plans.isPrimary,
      })
      .from(plans)
      .where(inArray(plans.userId, ids)),
    db
      .select()
      .from(ceActivities)
      .where(and(inArray(ceActivities.userId, ids), isNull(ceActivities.deletedAt))),
    db
      .select({ userId: eligibilityProfiles.userId, answers: eligibilityProfiles.answers })
      .from(eligibilityProfiles)
      .where(inArray(eligibilityProfiles.userId, ids)),
  ]);
  return {
    progressRows,
    attempts,
    held,
    profiles,
    custom,
    dateChanges,
    preferences,
    userPlans,
    activities,
    eligibility,
  };
}

export type NewReminder = Pick<
  Reminder,
  | "userId"
  | "key"
  | "kind"
  | "subject"
  | "title"
  | "detail"
  | "aboutDate"
  | "leadLabel"
  | "sendAt"
  | "state"
  | "link"
> & { digestKey?: string };

/**
 * Records reminders once: a key already recorded for the user is left as it is (whatever state it
 * reached). Digest rows first, then their reminders pointing at them. One transaction.
 */
export async function recordReminders(rows: readonly NewReminder[]): Promise<void> {
  if (rows.length === 0) return;
  await getDb().transaction(async (tx) => {
    const digests = rows.filter((row) => row.kind === "digest");
    const digestIds = new Map<string, string>();
    if (digests.length) {
      await tx
        .insert(reminders)
        .values(digests.map(({ digestKey: _digestKey, ...row }) => row))
        .onConflictDoNothing({ target: [reminders.userId, reminders.key] });
      const stored = await tx
        .select({ id: reminders.id, userId: reminders.userId, key: reminders.key })
        .from(reminders)
        .where(
          or(
            ...digests.map((row) =>
              and(eq(reminders.userId, row.userId), eq(reminders.key, row.key)),
            ),
          ),
        );
      for (const row of stored) digestIds.set(`${row.userId}|${row.key}`, row.id);
    }
    const singles = rows.filter((row) => row.kind !== "digest");
    if (singles.length) {
      await tx
        .insert(reminders)
        .values(
          singles.map(({ digestKey, ...row }) => ({
            ...row,
            digestId: digestKey ? (digestIds.get(`${row.userId}|${digestKey}`) ?? null) : null,
          })),
        )
        .onConflictDoNothing({ target: [reminders.userId, reminders.key] });
    }
  });
}

/** Reminders to mail whose moment has come (the scan queues a send job for each). */
export async function listPendingReminders(input: { now: Date; limit: number }) {
  return getDb()
    .select({ id: reminders.id })
    .from(reminders)
    .where(and(eq(reminders.state, "pending"), lte(reminders.sendAt, input.now)))
    .orderBy(asc(reminders.sendAt))
    .limit(input.limit);
}

// ---------------------------------------------------------------------------------------------
// Sending: claim, then sent | released for a retry | failed
// ---------------------------------------------------------------------------------------------

/**
 * Claims a pending reminder for sending, with a lease. Only one process can claim it: the update
 * moves pending → sending atomically. Undefined when it is not pending any more (claimed before,
 * sent, failed), which is what makes a reminder mailed at most once.
 */
export async function claimReminder(input: {
  id: string;
  now: Date;
  leaseSeconds: number;
  handledBy: string;
}): Promise<Reminder | undefined> {
  const [row] = await getDb()
    .update(reminders)
    .set({
      state: "sending",
      leaseUntil: new Date(input.now.getTime() + input.leaseSeconds * 1000),
      attempts: sql`${reminders.attempts} + 1`,
      handledBy: input.handledBy,
    })
    .where(and(eq(reminders.id, input.id), eq(reminders.state, "pending")))
    .returning();
  return row;
}

export async function markReminderSent(input: { id: string; now: Date }): Promise<void> {
  await getDb()
    .update(reminders)
    .set({ state: "sent", sentAt: input.now, leaseUntil: null })
    .where(and(eq(reminders.id, input.id), eq(reminders.state, "sending")));
}

/** The mail server refused or could not be reached: back to pending for the queue's retry. */
export async function releaseReminder(input: { id: string; failure: string }): Promise<void> {
  await getDb()
    .update(reminders)
    .set({ state: "pending", leaseUntil: null, failure: input.failure })
    .where(and(eq(reminders.id, input.id), eq(reminders.state, "sending")));
}

export async function markReminderFailed(input: { id: string; failure: string }): Promise<void> {
  await getDb()
    .update(reminders)
    .set({ state: "failed", leaseUntil: null, failure: input.failure })
    .where(and(eq(reminders.id, input.id), eq(reminders.state, "sending")));
}

/** The reminders a digest carries. */
export async function listDigestReminders(input: { digestId: string; userId: string }) {
  return getDb()
    .select()
    .from(reminders)
    .where(and(eq(reminders.digestId, input.digestId), eq(reminders.userId, input.userId)))
    .orderBy(asc(reminders.aboutDate));
}

// ---------------------------------------------------------------------------------------------
// In the app: the list, read marks, preferences
// ---------------------------------------------------------------------------------------------

/** The user's reminders, newest first (digest rows themselves are not listed: their reminders are). */
export async function listRemindersForUser(input: { userId: string; limit: number }) {
  return getDb()
    .select()
    .from(reminders)
    .where(and(eq(reminders.userId, input.userId), ne(reminders.kind, "digest")))
    .orderBy(desc(reminders.sendAt), asc(reminders.key))
    .limit(input.limit);
}

/** The digests the user's reminders went out in (to say "in your weekly digest", sent or not). */
export async function listDigestsForUser(input: { userId: string; ids: readonly string[] }) {
  if (input.ids.length === 0) return [];
  return getDb()
    .select({ id: reminders.id, state: reminders.state, leaseUntil: reminders.leaseUntil })
    .from(reminders)
    .where(and(eq(reminders.userId, input.userId), inArray(reminders.id, [...input.ids])));
}

export async function markRemindersRead(input: { userId: string; now: Date }): Promise<void> {
  await getDb()
    .update(reminders)
    .set({ readAt: input.now })
    .where(and(eq(reminders.userId, input.userId), isNull(reminders.readAt)));
}

export async function getNotificationPreferences(
  userId: string,
): Promise<NotificationPreferences | undefined> {
  const [row] = await getDb()
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  return row;
}

export async function saveNotificationPreferences(input: {
  userId: string;
  off: readonly string[];
  digest: boolean;
  pausedUntil: Date | null;
  locale?: string;
}): Promise<void> {
  const values = {
    off: [...input.off],
    digest: input.digest,
    pausedUntil: input.pausedUntil,
    ...(input.locale ? { locale: input.locale } : {}),
  };
  await getDb()
    .insert(notificationPreferences)
    .values({ userId: input.userId, ...values })
    .onConflictDoUpdate({ target: notificationPreferences.userId, set: values });
}

/** One kind off (an unsubscribe link): the rest of the preferences stay as they are. */
export async function turnOffReminderKinds(input: {
  userId: string;
  kinds: readonly string[];
}): Promise<void> {
  const kinds = JSON.stringify(input.kinds);
  await getDb()
    .insert(notificationPreferences)
    .values({ userId: input.userId, off: [...input.kinds] })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: {
        off: sql`(select coalesce(jsonb_agg(distinct kind), '[]'::jsonb) from jsonb_array_elements_text(${notificationPreferences.off} || ${kinds}::jsonb) as kind)`,
      },
    });
}
