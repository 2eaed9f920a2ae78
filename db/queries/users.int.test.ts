import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { emailTokens, users, userSessions } from "@/db/schema";
import { createSession, getUserBySessionId, revokeAllSessions, revokeSession } from "./sessions";
import {
  applyEmailChange,
  consumeEmailToken,
  createEmailToken,
  peekEmailToken,
  setPasswordAndEndOtherSessions,
  claimUnverifiedAccount,
  consumeEmailVerificationToken,
  createEmailVerificationToken,
  createUserWithPassword,
  getUserByEmail,
} from "./users";

afterAll(() => closeDb());

const email = () => `user-${crypto.randomUUID().slice(0, 8)}@example.test`;

describe("users", () => {
  it("creates a password account once per email", async () => {
    const address = email();
    const first = await createUserWithPassword({ email: address, passwordHash: "h1" });
    const second = await createUserWithPassword({ email: address, passwordHash: "h2" });
    expect(first?.email).toBe(address);
    expect(second).toBeUndefined();
    expect((await getUserByEmail(address))?.passwordHash).toBe("h1");
  });

  it("rejects an over-long email at the database too", async () => {
    await expect(
      createUserWithPassword({ email: `${"a".repeat(250)}@x.io`, passwordHash: "h" }),
    ).rejects.toThrow();
  });

  it("verifies an email with a single-use token stored only as a hash", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const token = await createEmailVerificationToken({ userId: user.id, email: user.email });
    const stored = await getDb().query.emailTokens.findFirst({
      where: (tokens, { eq: equals }) => equals(tokens.userId, user.id),
    });
    expect(stored?.tokenHash).not.toBe(token);

    expect(await consumeEmailVerificationToken(token)).toBe(true);
    expect((await getUserByEmail(user.email))?.emailVerified).toBeInstanceOf(Date);
    expect(await consumeEmailVerificationToken(token)).toBe(false);
    expect(await consumeEmailVerificationToken("not-a-token-at-all-xxxxxxxx")).toBe(false);
  });

  it("claiming an unverified account clears its password and ends its sessions", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "squatter" }))!;
    const sessionId = await createSession(user.id);
    await claimUnverifiedAccount(user.id);

    const after = await getUserByEmail(user.email);
    expect(after?.passwordHash).toBeNull();
    expect(after?.emailVerified).toBeInstanceOf(Date);
    expect(await getUserBySessionId({ sessionId, userId: user.id })).toBeUndefined();
  });

  it("leaves a verified account alone when claimed", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "owner" }))!;
    await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
    const sessionId = await createSession(user.id);
    await claimUnverifiedAccount(user.id);
    expect((await getUserByEmail(user.email))?.passwordHash).toBe("owner");
    expect(await getUserBySessionId({ sessionId, userId: user.id })).toBeDefined();
  });
});

describe("sessions", () => {
  it("revokes one device or all of them", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const phone = await createSession(user.id);
    const laptop = await createSession(user.id);
    const tablet = await createSession(user.id);

    await revokeSession({ sessionId: phone, userId: user.id });
    expect(await getUserBySessionId({ sessionId: phone, userId: user.id })).toBeUndefined();
    expect(await getUserBySessionId({ sessionId: laptop, userId: user.id })).toBeDefined();

    await revokeAllSessions({ userId: user.id });
    expect(await getUserBySessionId({ sessionId: laptop, userId: user.id })).toBeUndefined();
    expect(await getUserBySessionId({ sessionId: tablet, userId: user.id })).toBeUndefined();
  });

  it("never lets one user's session id be used with another user's id", async () => {
    const owner = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const sessionId = await createSession(owner.id);
    expect(await getUserBySessionId({ sessionId, userId: other.id })).toBeUndefined();
    await revokeSession({ sessionId, userId: other.id });
    expect(await getUserBySessionId({ sessionId, userId: owner.id })).toBeDefined();
  });

  it("refuses sessions past the idle and absolute limits (backdated rows)", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const idle = await createSession(user.id);
    const old = await createSession(user.id);
    const day = 24 * 3600_000;
    await getDb()
      .update(userSessions)
      .set({ lastSeenAt: new Date(Date.now() - 8 * day) })
      .where(eq(userSessions.id, idle));
    await getDb()
      .update(userSessions)
      .set({ createdAt: new Date(Date.now() - 31 * day) })
      .where(eq(userSessions.id, old));
    expect(await getUserBySessionId({ sessionId: idle, userId: user.id })).toBeUndefined();
    expect(await getUserBySessionId({ sessionId: old, userId: user.id })).toBeUndefined();
  });
});

describe("emailed tokens, password and email changes", () => {
  it("a token works once, only for its purpose, and not after it expires", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const reset = await createEmailToken({
      userId: user.id,
      email: user.email,
      purpose: "reset_password",
      ttlMinutes: 30,
    });
    expect(await consumeEmailToken({ token: reset, purpose: "change_email" })).toBeUndefined();
    expect((await consumeEmailToken({ token: reset, purpose: "reset_password" }))?.userId).toBe(
      user.id,
    );
    expect(await consumeEmailToken({ token: reset, purpose: "reset_password" })).toBeUndefined();

    const expiring = await createEmailToken({
      userId: user.id,
      email: user.email,
      purpose: "reset_password",
      ttlMinutes: 30,
    });
    await getDb()
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.userId, user.id));
    expect(await peekEmailToken({ token: expiring, purpose: "reset_password" })).toBeUndefined();
    expect(await consumeEmailToken({ token: expiring, purpose: "reset_password" })).toBeUndefined();
  });

  it("a new password ends every other session but the current one", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "old" }))!;
    const current = await createSession(user.id);
    const other = await createSession(user.id);
    await setPasswordAndEndOtherSessions({
      userId: user.id,
      passwordHash: "new",
      keepSessionId: current,
    });
    expect((await getUserByEmail(user.email))?.passwordHash).toBe("new");
    expect(await getUserBySessionId({ sessionId: current, userId: user.id })).toBeDefined();
    expect(await getUserBySessionId({ sessionId: other, userId: user.id })).toBeUndefined();
  });

  it("an email change applies only to a free address", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    expect(await applyEmailChange({ userId: user.id, newEmail: other.email })).toBe(false);
    const fresh = email();
    expect(await applyEmailChange({ userId: user.id, newEmail: fresh })).toBe(true);
    expect((await getUserByEmail(fresh))?.id).toBe(user.id);
  });
});

describe("getUserBySessionId", () => {
  it("returns the user of a live session only, in one query", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const sessionId = await createSession(user.id);
    expect((await getUserBySessionId({ sessionId, userId: user.id }))?.id).toBe(user.id);
    expect(await getUserBySessionId({ sessionId, userId: other.id })).toBeUndefined();
    await revokeSession({ sessionId, userId: user.id });
    expect(await getUserBySessionId({ sessionId, userId: user.id })).toBeUndefined();
  });
});
