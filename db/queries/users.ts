import "server-only";
import { and, eq, exists, gt, isNull, ne, notInArray } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import {
  accounts,
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

/**
 * The claim of an account whose address was just proven (lib/server/auth/claim.ts says when):
 * verifies the email, and, only if it was not verified yet, removes everything someone could
 * have set up without owning the address: the password (unless `keepPassword`: the proof came
 * from this account's own signed-in browser), links of providers that do not vouch for the
 * address, and all that endEverythingForUser ends (other sessions, unused emailed links,
 * calendar feeds). False: nothing to claim.
 */
async function claimWithin(
  tx: Transaction,
  input: {
    userId: string;
    now: Date;
    vouchingProviders: readonly string[];
    keepPassword: boolean;
    keepSessionId?: string;
  },
): Promise<boolean> {
  const [user] = await tx
    .update(users)
    .set({ emailVerified: input.now, ...(input.keepPassword ? {} : { passwordHash: null }) })
    .where(and(eq(users.id, input.userId), isNull(users.emailVerified)))
    .returning({ id: users.id });
  if (!user) return false;
  await endEverythingWithin(tx, input);
  await tx
    .delete(accounts)
    .where(
      and(
        eq(accounts.userId, input.userId),
        input.vouchingProviders.length > 0
          ? notInArray(accounts.provider, [...input.vouchingProviders])
          : undefined,
      ),
    );
  return true;
}

/** Claims an unverified account (see claimWithin); false when it was verified already. */
export async function claimAccount(input: {
  userId: string;
  now: Date;
  vouchingProviders: readonly string[];
  keepPassword: boolean;
  keepSessionId?: string;
}): Promise<boolean> {
  return getDb().transaction((tx) => claimWithin(tx, input));
}

/**
 * Uses a verification token of `userId` (the signed-in user) that is still for the user's current
 * email, and claims the account. False when the token is not this user's, used, or expired.
 */
export async function verifyEmailAndClaim(input: {
  tokenHash: string;
  userId: string;
  sessionId: string;
  now: Date;
  vouchingProviders: readonly string[];
}): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(emailTokens)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(emailTokens.tokenHash, input.tokenHash),
          eq(emailTokens.purpose, "verify_email"),
          eq(emailTokens.userId, input.userId),
          isNull(emailTokens.usedAt),
          gt(emailTokens.expiresAt, input.now),
        ),
      )
      .returning();
    if (!row) return false;
    const [current] = await tx
      .select({ email: users.email, emailVerified: users.emailVerified })
      .from(users)
      .where(eq(users.id, input.userId));
    if (!current || current.email !== row.email) return false;
    if (current.emailVerified) return true;
    return claimWithin(tx, {
      userId: input.userId,
      now: input.now,
      vouchingProviders: input.vouchingProviders,
      keepPassword: true,
      keepSessionId: input.sessionId,
    });
  });
}

/** Marks a new account's email verified when a vouching provider created it (no claim needed). */
export async function markEmailVerified(input: { userId: string; email: string; now: Date }) {
  await getDb()
    .update(users)
    .set({ emailVerified: input.now })
    .where(
      and(eq(users.id, input.userId), eq(users.email, input.email), isNull(users.emailVerified)),
    );
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

/** authorize_email_change: sent to the current address of an account without a password, carries
 * the new address; revert_email_change: sent to the old address after a change, carries it. */
export type EmailTokenPurpose = (typeof emailTokens.purpose.enumValues)[number];

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
  await getDb().transaction((tx) => endEverythingWithin(tx, input));
}

/** endEverythingForUser's work inside a transaction (a claim does it too). */
async function endEverythingWithin(
  tx: Transaction,
  input: { userId: string; now: Date; keepSessionId?: string },
): Promise<void> {
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
  // Share links are revoked by the callers, with an audit event (lib/server/sharing/recovery.ts).
}
