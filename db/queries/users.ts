import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { emailTokens, users, userSessions, type User } from "@/db/schema";

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

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const VERIFY_EMAIL_HOURS = 48;

/** Issues a single-use email-verification token; only its hash is stored. */
export async function createEmailVerificationToken(input: {
  userId: string;
  email: string;
}): Promise<string> {
  return createEmailToken({
    ...input,
    purpose: "verify_email",
    ttlMinutes: VERIFY_EMAIL_HOURS * 60,
  });
}

/** Marks the email verified if the token is valid, unused and still for the user's current email. */
export async function consumeEmailVerificationToken(token: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(emailTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(emailTokens.tokenHash, hashToken(token)),
          eq(emailTokens.purpose, "verify_email"),
          isNull(emailTokens.usedAt),
          gt(emailTokens.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!row) return false;
    const updated = await tx
      .update(users)
      .set({ emailVerified: new Date() })
      .where(and(eq(users.id, row.userId), eq(users.email, row.email)))
      .returning({ id: users.id });
    return updated.length === 1;
  });
}

/**
 * Account pre-hijacking guard: someone who registered this email with a password without ever
 * proving it must not keep access once the real owner signs in by magic link or OAuth.
 */
export async function claimUnverifiedAccount(userId: string): Promise<void> {
  await getDb().transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash: null, emailVerified: new Date() })
      .where(and(eq(users.id, userId), isNull(users.emailVerified)))
      .returning({ id: users.id });
    if (user) await endOtherSessions(tx, userId);
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
  "verify_email" | "reset_password" | "change_email" | "delete_account";

/** Issues a single-use emailed token for a purpose; only its SHA-256 hash is stored. */
export async function createEmailToken(input: {
  userId: string;
  email: string;
  purpose: EmailTokenPurpose;
  ttlMinutes: number;
}): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await getDb()
    .insert(emailTokens)
    .values({
      tokenHash: hashToken(token),
      userId: input.userId,
      email: input.email,
      purpose: input.purpose,
      expiresAt: new Date(Date.now() + input.ttlMinutes * 60_000),
    });
  return token;
}

/** Marks a token used and returns its row, if it was valid, unused and unexpired. */
export async function consumeEmailToken(input: {
  token: string;
  purpose: EmailTokenPurpose;
  userId?: string;
}) {
  const [row] = await getDb()
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(input.token)),
        eq(emailTokens.purpose, input.purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
        input.userId ? eq(emailTokens.userId, input.userId) : undefined,
      ),
    )
    .returning();
  return row;
}

/** Is a token still usable (for showing the reset form before the user submits it)? */
export async function peekEmailToken(input: { token: string; purpose: EmailTokenPurpose }) {
  const [row] = await getDb()
    .select({ userId: emailTokens.userId })
    .from(emailTokens)
    .where(
      and(
        eq(emailTokens.tokenHash, hashToken(input.token)),
        eq(emailTokens.purpose, input.purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    );
  return row;
}

type Transaction = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

/** Revokes every live session of the user but `keepSessionId` (all of them when unset). */
async function endOtherSessions(tx: Transaction, userId: string, keepSessionId?: string) {
  await tx
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        keepSessionId ? ne(userSessions.id, keepSessionId) : undefined,
      ),
    );
}

/** Sets a new password and ends every other session (all of them when keepSessionId is unset). */
export async function setPasswordAndEndOtherSessions(input: {
  userId: string;
  passwordHash: string;
  keepSessionId?: string;
  verifiedEmail?: boolean;
}): Promise<void> {
  await getDb().transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash: input.passwordHash,
        ...(input.verifiedEmail ? { emailVerified: new Date() } : {}),
      })
      .where(eq(users.id, input.userId));
    await endOtherSessions(tx, input.userId, input.keepSessionId);
  });
}

/** Applies a verified email change; false if the address was taken meanwhile. */
export async function applyEmailChange(input: {
  userId: string;
  newEmail: string;
  keepSessionId?: string;
}) {
  return getDb().transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, input.newEmail));
    if (taken && taken.id !== input.userId) return false;
    await tx
      .update(users)
      .set({ email: input.newEmail, emailVerified: new Date() })
      .where(eq(users.id, input.userId));
    await endOtherSessions(tx, input.userId, input.keepSessionId);
    return true;
  });
}
