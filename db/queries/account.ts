import "server-only";
import { AppError } from "@/lib/errors";
import { and, asc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import { getRequirement } from "@/lib/catalog";
import {
  accounts,
  auditEvents,
  calendarFeeds,
  ceActivities,
  eligibilityMilestones,
  eligibilityProfiles,
  correctionReports,
  customMilestones,
  emailTokens,
  examAttempts,
  heldCredentials,
  milestoneEvents,
  notificationPreferences,
  plans,
  progress,
  reminders,
  userProfiles,
  users,
  userSessions,
  verificationTokens,
} from "@/db/schema";
import { pseudonym } from "./audit";

/**
 * "Your data": the export of everything a user owns, and account deletion. Every function takes
 * the signed-in user's id and touches only that user's rows.
 */

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

export const EXPORT_FORMAT = "sonography-career-planner-export";
export const EXPORT_VERSION = 1;

/**
 * Everything the user owns, read in one repeatable-read snapshot. Never included: the password
 * hash, token hashes (calendar feed, emailed links), OAuth access/refresh/id tokens, and the
 * address pseudonyms of the security log: secrets, or useless outside the app.
 */
export async function getAccountExport(input: { userId: string; now: Date }) {
  const { userId } = input;
  return getDb().transaction(
    async (tx) => {
      const [user] = await tx.select().from(users).where(eq(users.id, userId));
      if (!user) return undefined;
      const profile = await tx.select().from(userProfiles).where(eq(userProfiles.userId, userId));
      const planRows = await tx
        .select()
        .from(plans)
        .where(eq(plans.userId, userId))
        .orderBy(asc(plans.createdAt));
      const progressRows = await tx
        .select()
        .from(progress)
        .where(eq(progress.userId, userId))
        .orderBy(asc(progress.requirementSlug));
      const custom = await tx
        .select()
        .from(customMilestones)
        .where(eq(customMilestones.userId, userId))
        .orderBy(asc(customMilestones.planId), asc(customMilestones.position));
      const held = await tx
        .select()
        .from(heldCredentials)
        .where(eq(heldCredentials.userId, userId))
        .orderBy(asc(heldCredentials.requirementSlug));
      const attempts = await tx
        .select()
        .from(examAttempts)
        .where(eq(examAttempts.userId, userId))
        .orderBy(asc(examAttempts.attemptedOn), asc(examAttempts.createdAt));
      const activities = await tx
        .select()
        .from(ceActivities)
        .where(and(eq(ceActivities.userId, userId), isNull(ceActivities.deletedAt)))
        .orderBy(asc(ceActivities.completedOn), asc(ceActivities.createdAt));
      const events = await tx
        .select()
        .from(milestoneEvents)
        .where(eq(milestoneEvents.userId, userId))
        .orderBy(asc(milestoneEvents.createdAt));
      const [feed] = await tx
        .select({ createdAt: calendarFeeds.createdAt })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.userId, userId));
      const sessions = await tx
        .select({
          id: userSessions.id,
          createdAt: userSessions.createdAt,
          lastSeenAt: userSessions.lastSeenAt,
          revokedAt: userSessions.revokedAt,
        })
        .from(userSessions)
        .where(eq(userSessions.userId, userId))
        .orderBy(asc(userSessions.createdAt));
      const audit = await tx
        .select({ event: auditEvents.event, createdAt: auditEvents.createdAt })
        .from(auditEvents)
        .where(eq(auditEvents.userId, userId))
        .orderBy(asc(auditEvents.createdAt));
      const linked = await tx
        .select({
          provider: accounts.provider,
          type: accounts.type,
          providerAccountId: accounts.providerAccountId,
        })
        .from(accounts)
        .where(eq(accounts.userId, userId))
        .orderBy(asc(accounts.provider));
      const links = await tx
        .select({
          purpose: emailTokens.purpose,
          email: emailTokens.email,
          createdAt: emailTokens.createdAt,
          expiresAt: emailTokens.expiresAt,
          usedAt: emailTokens.usedAt,
        })
        .from(emailTokens)
        .where(eq(emailTokens.userId, userId))
        .orderBy(asc(emailTokens.createdAt));
      const [eligibility] = await tx
        .select()
        .from(eligibilityProfiles)
        .where(eq(eligibilityProfiles.userId, userId));
      const eligibilityAdded = await tx
        .select()
        .from(eligibilityMilestones)
        .where(eq(eligibilityMilestones.userId, userId))
        .orderBy(asc(eligibilityMilestones.createdAt));

      const corrections = await tx
        .select({
          id: correctionReports.id,
          subjectSlug: correctionReports.subjectSlug,
          factText: correctionReports.factText,
          message: correctionReports.message,
          contactEmail: correctionReports.contactEmail,
          createdAt: correctionReports.createdAt,
        })
        .from(correctionReports)
        .where(eq(correctionReports.userId, userId))
        .orderBy(asc(correctionReports.createdAt));

      const [notificationSettings] = await tx
        .select({
          off: notificationPreferences.off,
          digest: notificationPreferences.digest,
          pausedUntil: notificationPreferences.pausedUntil,
          locale: notificationPreferences.locale,
          updatedAt: notificationPreferences.updatedAt,
        })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId));
      const reminderHistory = await tx
        .select({
          kind: reminders.kind,
          subject: reminders.subject,
          title: reminders.title,
          aboutDate: reminders.aboutDate,
          leadLabel: reminders.leadLabel,
          sendAt: reminders.sendAt,
          state: reminders.state,
          sentAt: reminders.sentAt,
          readAt: reminders.readAt,
        })
        .from(reminders)
        .where(eq(reminders.userId, userId))
        .orderBy(asc(reminders.sendAt));

      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: input.now.toISOString(),
        user: {
          id: user.id,
          name: user.name,
          email: user.email,
          emailVerified: user.emailVerified,
          image: user.image,
          timeZone: user.timeZone,
          hasPassword: user.passwordHash !== null,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
        },
        profile: profile[0]
          ? {
              experienceMonths: profile[0].experienceMonths,
              arrtBirthMonth: profile[0].arrtBirthMonth,
              onboardedAt: profile[0].onboardedAt,
              updatedAt: profile[0].updatedAt,
            }
          : null,
        /** The eligibility profile document (lib/eligibility/stored-profile.ts, StoredProfile). */
        eligibilityProfile: eligibility
          ? {
              answers: eligibility.answers,
              version: eligibility.version,
              createdAt: eligibility.createdAt,
              updatedAt: eligibility.updatedAt,
            }
          : null,
        eligibilityMilestones: eligibilityAdded.map(({ userId: _userId, ...row }) => row),
        plans: planRows.map(({ userId: _userId, ...plan }) => plan),
        progress: progressRows.map(({ userId: _userId, ...row }) => ({
          ...row,
          requirementName: getRequirement(row.requirementSlug)?.name ?? null,
        })),
        customMilestones: custom.map(({ userId: _userId, ...row }) => row),
        heldCredentials: held.map(({ userId: _userId, ...row }) => row),
        examAttempts: attempts.map(({ userId: _userId, ...row }) => row),
        ceActivities: activities.map(({ userId: _userId, deletedAt: _deletedAt, ...row }) => row),
        milestoneEvents: events.map(({ userId: _userId, ...row }) => row),
        calendarFeed: feed ? { enabled: true, createdAt: feed.createdAt } : { enabled: false },
        sessions,
        auditEvents: audit,
        linkedAccounts: linked,
        emailedLinks: links,
        correctionReports: corrections,
        reminderPreferences: notificationSettings ?? null,
        reminders: reminderHistory,
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof getAccountExport>>>;

/** The rows of the milestones CSV (lib/server/your-data.ts builds it). */
export async function listMilestonesForCsv(userId: string) {
  const db = getDb();
  const [progressRows, custom] = await Promise.all([
    db
      .select()
      .from(progress)
      .where(eq(progress.userId, userId))
      .orderBy(asc(progress.requirementSlug)),
    db
      .select({ milestone: customMilestones, pathSlug: plans.pathSlug })
      .from(customMilestones)
      .innerJoin(
        plans,
        and(eq(plans.id, customMilestones.planId), eq(plans.userId, customMilestones.userId)),
      )
      .where(eq(customMilestones.userId, userId))
      .orderBy(
        asc(plans.pathSlug),
        asc(customMilestones.position),
        asc(customMilestones.createdAt),
      ),
  ]);
  return {
    progress: progressRows,
    custom: custom.map((row) => ({ ...row.milestone, pathSlug: row.pathSlug })),
  };
}

// ---------------------------------------------------------------------------------------------
// Deletion
// ---------------------------------------------------------------------------------------------

/**
 * The deletion itself, inside the caller's transaction:
 * 1. the "account_deletion" audit event, first, so it is kept: audit_events.user_id is
 *    `on delete set null` and `subject` is a keyed one-way pseudonym, never the id or email;
 * 2. the contact email on correction reports, the user's own and any that name their address
 *    (the reports stay, as feedback on the public catalog for the maintainers; their user_id is
 *    set null by the foreign key);
 * 3. Auth.js magic-link tokens for the email (verification_tokens has no user_id to cascade);
 * 4. the user row: every user-owned table (sessions, plans, progress, custom milestones, held
 *    credential spells, exam attempts, CE activities, certificates and, through them, every
 *    certificate chunk, milestone events, calendar feed, profile, emailed links, OAuth links)
 *    cascades. Throttle rows are keyed by a keyed hash and expire on their own.
 */
async function deleteWithin(
  tx: Transaction,
  user: { id: string; email: string },
  address: string | null | undefined,
): Promise<void> {
  // There is always an owner: the last owner of an organization transfers or deletes it first.
  // (Memberships and share links then cascade; sign-offs they authored keep the name only.)
  const soleOwnerships = await tx.execute<{ name: string }>(sql`
    select o.name from organization_members m join organizations o on o.id = m.organization_id
    where m.user_id = ${user.id} and m.role = 'owner'
      and (select count(*) from organization_members x
           where x.organization_id = m.organization_id and x.role = 'owner') = 1`);
  if (soleOwnerships.length > 0) {
    throw new AppError(
      "conflict:account",
      `You are the only owner of ${[...soleOwnerships].map((row) => row.name).join(", ")}. Make someone else an owner or delete the organization first (Teams).`,
    );
  }
  await tx.insert(auditEvents).values({
    userId: user.id,
    subject: pseudonym(user.id),
    event: "account_deletion",
    addressHash: address ? pseudonym(`address:${address}`) : null,
  });
  await tx
    .update(correctionReports)
    .set({ contactEmail: null })
    .where(
      or(
        eq(correctionReports.userId, user.id),
        sql`lower(${correctionReports.contactEmail}) = lower(${user.email})`,
      ),
    );
  await tx
    .delete(verificationTokens)
    .where(sql`lower(${verificationTokens.identifier}) = lower(${user.email})`);
  await tx.delete(users).where(eq(users.id, user.id));
}

async function lockUser(tx: Transaction, userId: string) {
  const [user] = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  return user;
}

/** Deletes the account in one transaction. False when there is no such user (already deleted). */
export async function deleteAccount(input: {
  userId: string;
  address?: string | null;
}): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return false;
    await deleteWithin(tx, user, input.address);
    return true;
  });
}

/**
 * Deletes the account if the emailed token is valid, unused, unexpired, was issued to this same
 * user for their current email, and is for deletion; all in one transaction.
 */
export async function deleteAccountWithToken(input: {
  userId: string;
  tokenHash: string;
  now: Date;
  address?: string | null;
}): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user) return false;
    const [row] = await tx
      .update(emailTokens)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(emailTokens.tokenHash, input.tokenHash),
          eq(emailTokens.userId, input.userId),
          eq(emailTokens.purpose, "delete_account"),
          eq(emailTokens.email, user.email),
          isNull(emailTokens.usedAt),
          gt(emailTokens.expiresAt, input.now),
        ),
      )
      .returning({ tokenHash: emailTokens.tokenHash });
    if (!row) return false;
    await deleteWithin(tx, user, input.address);
    return true;
  });
}
