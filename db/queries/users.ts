import "server-only";
import { and, eq, exists, gt, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db";
import {
  calendarFeeds,
  emailTokens,
  users,
  userSessions,
  verificationTokens,
  type User,
} from "@/db/schema";

export async function getUserById(userId: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.id, userId));
  return user;
}

export async function getUserByEmail(email: string): Promise<User | undefined> {
  const [user] = await getDb().select().from(users).where(eq(users.email, email));
  return user;
}

/** Creates a password account; returns undefined when the email is taken. */
export async function createUserWithPassword(input: {
  email: string;
  name?: string;
  passwordHash: string;
}): Promise<User | undefined> {
  const [user] = await getDb()
    .insert(users)
    .values({ email: input.email, name: input.name ?? null, passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return user;
}

/** Marks the email verified if the token is valid, unused and still for the user's current email. */
export async function consumeEmailVerificationToken(input: {
  tokenHash: string;
  now: Date;
}): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(emailTokens)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(emailTokens.tokenHash, input.tokenHash),
          eq(emailTokens.purpose, "verify_email"),
          isNull(emailTokens.usedAt),
          gt(emailTokens.expiresAt, input.now),
        ),
      )
      .returning();
    if (!row) return false;
    const updated = await tx
      .update(users)
      .set({ emailVerified: input.now })
      .where(and(eq(users.id, row.userId), eq(users.email, row.email)))
      .returning({ id: users.id });
    return updated.length === 1;
  });
}

/**
 * Account pre-hijacking guard: someone who registered this email with a password without ever
 * proving it must not keep access once the real owner signs in by magic link or OAuth.
 */
export async function claimUnverifiedAccount(input: { userId: string; now: Date }): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash: null, emailVerified: input.now })
      .where(and(eq(users.id, input.userId), isNull(users.emailVerified)))
      .returning({ id: users.id });
    if (user) await endOtherSessions(tx, { userId: input.userId, now: input.now });
  });
}

export async function updateUserSettings(input: {
  userId: string;
  name?: string | null;
  timeZone?: string | null;
}): Promise<void> {
  const changes: Partial<Pick<User, "name" | "timeZone">> = {};
  if (input.name !== undefined) changes.name = input.name;
  if (input.timeZone !== undefined) changes.timeZone = input.timeZone;
  if (Object.keys(changes).length === 0) return;
  await getDb().update(users).set(changes).where(eq(users.id, input.userId));
}

export type EmailTokenPurpose =
  | "verify_email"
  | "reset_password"
  | "change_email"
  | "delete_account"
  /** Sent to the current address of an account without a password; carries the new address. */
  | "authorize_email_change"
  /** Sent to the old address after a change; carries the old address, to put back. */
  | "revert_email_change";

/** Stores a single-use emailed token for a purpose (its hash: lib/server/tokens.ts). */
export async function createEmailToken(input: {
  userId: string;
  email: string;
  purpose: EmailTokenPurpose;
  tokenHash: string;
  expiresAt: Date;
}): Promise<void> {
  await getDb().insert(emailTokens).values(input);
}

/**
 * Links that act on the account as it is (reset, deletion): they work only while the account
 * still uses the address they were sent to. (An email-change link carries the new address, a
 * revert link the old one.)
 */
const BOUND_TO_CURRENT_ADDRESS: readonly EmailTokenPurpose[] = ["reset_password", "delete_account"];

function boundToCurrentAddress(purpose: EmailTokenPurpose) {
  if (!BOUND_TO_CURRENT_ADDRESS.includes(purpose)) return undefined;
  return exists(
    getDb()
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, emailTokens.userId), eq(users.email, emailTokens.email))),
  );
}

/** Marks a token used and returns its row, if it was valid, unused and unexpired. */
export async function consumeEmailToken(input: {
  tokenHash: string;
  purpose: EmailTokenPurpose;
  now: Date;
  userId?: string;
}) {
  const [row] = await getDb()
    .update(emailTokens)
    .set({ usedAt: input.now })
    .where(
      and(
        eq(emailTokens.tokenHash, input.tokenHash),
        eq(emailTokens.purpose, input.purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, input.now),
        input.userId ? eq(emailTokens.userId, input.userId) : undefined,
        boundToCurrentAddress(input.purpose),
      ),
    )
    .returning();
  return row;
}

/** Is a token still usable (for showing the reset form before the user submits it)? */
export async function peekEmailToken(input: {
  tokenHash: string;
  purpose: EmailTokenPurpose;
  now: Date;
}) {
  const [row] = await getDb()
    .select({ userId: emailTokens.userId })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, input.tokenHash),
        eq(emailTokens.purpose, input.purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, input.now),
        boundToCurrentAddress(input.purpose),
      ),
    );
  return row;
}

type Transaction = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Revokes every live session of the user but `keepSessionId` (all of them when unset). */
async function endOtherSessions(
  tx: Transaction,
  input: { userId: string; now: Date; keepSessionId?: string },
) {
  await tx
    .update(userSessions)
    .set({ revokedAt: input.now })
    .where(
      and(
        eq(userSessions.userId, input.userId),
        isNull(userSessions.revokedAt),
        input.keepSessionId ? ne(userSessions.id, input.keepSessionId) : undefined,
      ),
    );
}

/** Sets a new password and ends every other session (all of them when keepSessionId is unset). */
export async function setPasswordAndEndOtherSessions(input: {
  userId: string;
  passwordHash: string;
  now: Date;
  keepSessionId?: string;
  verifiedEmail?: boolean;
}): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash: input.passwordHash,
        ...(input.verifiedEmail ? { emailVerified: input.now } : {}),
      })
      .where(eq(users.id, input.userId));
    await endOtherSessions(tx, input);
  });
}

/**
 * Applies a verified email change (or its revert); returns the address it replaced, or undefined
 * if the new address was taken meanwhile.
 */
export async function applyEmailChange(input: {
  userId: string;
  newEmail: string;
  now: Date;
  keepSessionId?: string;
}): Promise<string | undefined> {
  return getDb().transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.newEmail));
    if (taken && taken.id !== input.userId) return undefined;
    const [before] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!before) return undefined;
    await tx
      .update(users)
      .set({ email: input.newEmail, emailVerified: input.now })
      .where(eq(users.id, input.userId));
    await endOtherSessions(tx, input);
    return before.email;
  });
}

/**
 * Everything a thief could still hold, ended in one transaction (lib/server/auth/end-everything.ts
 * is the one caller): every session but `keepSessionId`, every unused emailed link (ours, and
 * Auth.js's sign-in links to the account's address), and the calendar feed (its secret URL stops
 * working; Settings issues a new one).
 */
export async function endEverythingForUser(input: {
  userId: string;
  now: Date;
  keepSessionId?: string;
}): Promise<void> {
  await getDb().transaction(async (tx) => {
    await endOtherSessions(tx, input);
    await tx
      .update(emailTokens)
      .set({ usedAt: input.now })
      .where(and(eq(emailTokens.userId, input.userId), isNull(emailTokens.usedAt)));
    const [user] = await tx
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, input.userId));
    if (user) {
      await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, user.email));
    }
    await tx.delete(calendarFeeds).where(eq(calendarFeeds.userId, input.userId));
    // Sharing (issue 14): revoke every share link of the user here, in this transaction.
  });
}
