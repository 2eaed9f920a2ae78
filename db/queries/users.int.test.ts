import { and, eq, isNull } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { accounts, calendarFeeds, emailTokens, users, userSessions } from "@/db/schema";
import { createSession, getUserBySessionId, revokeAllSessions, revokeSession } from "./sessions";
import {
  applyEmailChange,
  setPasswordAndEndOtherSessions,
  claimAccount,
  verifyEmailAndClaim,
  createUserWithPassword,
  getUserByEmail,
} from "./users";
import { now } from "@/lib/server/clock";
import { issueEmailLink, peekEmailLink, redeemEmailLink } from "@/lib/server/email-links";
import { hashToken } from "@/lib/server/tokens";

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

  it("verifies an email with a single-use token of the signed-in user, stored only as a hash", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const sessionId = await createSession({ userId: user.id, now: now() });
    const token = await issueEmailLink({
      userId: user.id,
      email: user.email,
      purpose: "verify_email",
    });
    const stored = await getDb().query.emailTokens.findFirst({
      where: (tokens, { eq: equals }) => equals(tokens.userId, user.id),
    });
    expect(stored?.tokenHash).not.toBe(token);
    const verify = (userId: string, raw = token) =>
      verifyEmailAndClaim({
        tokenHash: hashToken(raw),
        userId,
        sessionId,
        now: now(),
        vouchingProviders: ["google"],
      });

    // Someone else's browser: nothing, and the token stays usable.
    expect(await verify(other.id)).toBe(false);
    expect((await getUserByEmail(user.email))?.emailVerified).toBeNull();
    expect(await verify(user.id)).toBe(true);
    const after = await getUserByEmail(user.email);
    expect(after?.emailVerified).toBeInstanceOf(Date);
    // The proof came from the account's own browser: password and this session stay.
    expect(after?.passwordHash).toBe("h");
    expect(await getUserBySessionId({ sessionId, userId: user.id, now: now() })).toBeDefined();
    expect(await verify(user.id)).toBe(false);
    expect(await verify(user.id, "not-a-token-at-all-xxxxxxxx")).toBe(false);
  });

  it("claiming an unverified account ends whatever the squatter set up", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "squatter" }))!;
    const sessionId = await createSession({ userId: user.id, now: now() });
    const db = getDb();
    await db.insert(calendarFeeds).values({ userId: user.id, tokenHash: `feed-${user.id}` });
    await db.insert(accounts).values([
      { userId: user.id, type: "oauth", provider: "github", providerAccountId: `gh-${user.id}` },
      { userId: user.id, type: "oidc", provider: "google", providerAccountId: `g-${user.id}` },
    ]);
    await issueEmailLink({ userId: user.id, email: user.email, purpose: "reset_password" });
    expect(
      await claimAccount({
        userId: user.id,
        now: now(),
        vouchingProviders: ["google"],
        keepPassword: false,
      }),
    ).toBe(true);

    const after = await getUserByEmail(user.email);
    expect(after?.passwordHash).toBeNull();
    expect(after?.emailVerified).toBeInstanceOf(Date);
    expect(await getUserBySessionId({ sessionId, userId: user.id, now: now() })).toBeUndefined();
    expect(await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, user.id))).toEqual(
      [],
    );
    const left = await db.select().from(accounts).where(eq(accounts.userId, user.id));
    expect(left.map((account) => account.provider)).toEqual(["google"]);
    // Voided, like every "end everything" does (used, so they no longer work).
    const unused = await db
      .select()
      .from(emailTokens)
      .where(and(eq(emailTokens.userId, user.id), isNull(emailTokens.usedAt)));
    expect(unused).toEqual([]);
  });

  it("leaves a verified account alone when claimed", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "owner" }))!;
    await getDb().update(users).set({ emailVerified: new Date() }).where(eq(users.id, user.id));
    const sessionId = await createSession({ userId: user.id, now: now() });
    expect(
      await claimAccount({
        userId: user.id,
        now: now(),
        vouchingProviders: ["google"],
        keepPassword: false,
      }),
    ).toBe(false);
    expect((await getUserByEmail(user.email))?.passwordHash).toBe("owner");
    expect(await getUserBySessionId({ sessionId, userId: user.id, now: now() })).toBeDefined();
  });
});

describe("sessions", () => {
  it("revokes one device or all of them", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const phone = await createSession({ userId: user.id, now: now() });
    const laptop = await createSession({ userId: user.id, now: now() });
    const tablet = await createSession({ userId: user.id, now: now() });

    await revokeSession({ sessionId: phone, userId: user.id, now: now() });
    expect(
      await getUserBySessionId({ sessionId: phone, userId: user.id, now: now() }),
    ).toBeUndefined();
    expect(
      await getUserBySessionId({ sessionId: laptop, userId: user.id, now: now() }),
    ).toBeDefined();

    await revokeAllSessions({ userId: user.id, now: now() });
    expect(
      await getUserBySessionId({ sessionId: laptop, userId: user.id, now: now() }),
    ).toBeUndefined();
    expect(
      await getUserBySessionId({ sessionId: tablet, userId: user.id, now: now() }),
    ).toBeUndefined();
  });

  it("never lets one user's session id be used with another user's id", async () => {
    const owner = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const sessionId = await createSession({ userId: owner.id, now: now() });
    expect(await getUserBySessionId({ sessionId, userId: other.id, now: now() })).toBeUndefined();
    await revokeSession({ sessionId, userId: other.id, now: now() });
    expect(await getUserBySessionId({ sessionId, userId: owner.id, now: now() })).toBeDefined();
  });

  it("refuses sessions past the idle and absolute limits (backdated rows)", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const idle = await createSession({ userId: user.id, now: now() });
    const old = await createSession({ userId: user.id, now: now() });
    const day = 24 * 3600_000;
    await getDb()
      .update(userSessions)
      .set({ lastSeenAt: new Date(Date.now() - 8 * day) })
      .where(eq(userSessions.id, idle));
    await getDb()
      .update(userSessions)
      .set({ createdAt: new Date(Date.now() - 31 * day) })
      .where(eq(userSessions.id, old));
    expect(
      await getUserBySessionId({ sessionId: idle, userId: user.id, now: now() }),
    ).toBeUndefined();
    expect(
      await getUserBySessionId({ sessionId: old, userId: user.id, now: now() }),
    ).toBeUndefined();
  });
});

describe("emailed tokens, password and email changes", () => {
  it("a token works once, only for its purpose, and not after it expires", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const reset = await issueEmailLink({
      userId: user.id,
      email: user.email,
      purpose: "reset_password",
    });
    expect(await redeemEmailLink({ token: reset, purpose: "change_email" })).toBeUndefined();
    expect((await redeemEmailLink({ token: reset, purpose: "reset_password" }))?.userId).toBe(
      user.id,
    );
    expect(await redeemEmailLink({ token: reset, purpose: "reset_password" })).toBeUndefined();

    const expiring = await issueEmailLink({
      userId: user.id,
      email: user.email,
      purpose: "reset_password",
    });
    await getDb()
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.userId, user.id));
    expect(await peekEmailLink({ token: expiring, purpose: "reset_password" })).toBeUndefined();
    expect(await redeemEmailLink({ token: expiring, purpose: "reset_password" })).toBeUndefined();
  });

  it("a new password ends every other session but the current one", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "old" }))!;
    const current = await createSession({ userId: user.id, now: now() });
    const other = await createSession({ userId: user.id, now: now() });
    await setPasswordAndEndOtherSessions({
      userId: user.id,
      passwordHash: "new",
      keepSessionId: current,
      now: now(),
    });
    expect((await getUserByEmail(user.email))?.passwordHash).toBe("new");
    expect(
      await getUserBySessionId({ sessionId: current, userId: user.id, now: now() }),
    ).toBeDefined();
    expect(
      await getUserBySessionId({ sessionId: other, userId: user.id, now: now() }),
    ).toBeUndefined();
  });

  it("an email change applies only to a free address", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    // A taken address changes nothing (no previous address to report).
    expect(
      await applyEmailChange({ userId: user.id, newEmail: other.email, now: now() }),
    ).toBeUndefined();
    const fresh = email();
    // Applied: the previous address comes back, for the notice sent to it.
    expect(await applyEmailChange({ userId: user.id, newEmail: fresh, now: now() })).toBe(
      user.email,
    );
    expect((await getUserByEmail(fresh))?.id).toBe(user.id);
  });
});

describe("getUserBySessionId", () => {
  it("returns the user of a live session only, in one query", async () => {
    const user = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const other = (await createUserWithPassword({ email: email(), passwordHash: "h" }))!;
    const sessionId = await createSession({ userId: user.id, now: now() });
    expect((await getUserBySessionId({ sessionId, userId: user.id, now: now() }))?.user.id).toBe(
      user.id,
    );
    expect(await getUserBySessionId({ sessionId, userId: other.id, now: now() })).toBeUndefined();
    await revokeSession({ sessionId, userId: user.id, now: now() });
    expect(await getUserBySessionId({ sessionId, userId: user.id, now: now() })).toBeUndefined();
  });
});
