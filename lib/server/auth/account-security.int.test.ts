/**
 * Account recovery and credential changes, driven through the use cases the actions call
 * (lib/server/auth/account-security.ts), on a real database and the real job queue (enqueue only:
 * the mails are read back from the queue, unsealed).
 */
import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { createUserWithPassword } from "@/db/queries/users";
import { auditEvents, emailTokens, users, userSessions } from "@/db/schema";
import { hasCalendarFeed, replaceCalendarToken } from "@/db/queries/calendar";
import { createSession } from "@/db/queries/sessions";
import { startJobs, stopJobs } from "@/lib/server/jobs/boss";
import { queuedMailsSince } from "@/lib/server/mail/testing";
import { hashPassword } from "./password";
import * as security from "./account-security";

beforeAll(async () => {
  await startJobs({ databaseUrl: process.env.DATABASE_URL });
}, 60_000);

afterAll(async () => {
  await stopJobs();
  await closeDb();
});

const address = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.test`;

async function person(label: string, password = "correct horse battery") {
  const user = (await createUserWithPassword({
    email: unique(label),
    passwordHash: await hashPassword(password),
  }))!;
  return { user, password };
}

async function unusedTokens(userId: string) {
  return getDb()
    .select()
    .from(emailTokens)
    .where(and(eq(emailTokens.userId, userId), isNull(emailTokens.usedAt)));
}

describe("finding 6: a password-reset request does the same work whether or not the account exists", () => {
  it("both branches give one answer, queue one job and issue no link in the request", async () => {
    const { user } = await person("reset-known");
    const missing = unique("reset-missing");
    const since = new Date(Date.now() - 1000);

    const known = await security.requestPasswordReset({ email: user.email, address: address() });
    const unknown = await security.requestPasswordReset({ email: missing, address: address() });

    expect(known).toEqual(unknown);
    const queuedKnown = await queuedMailsSince(since, user.email);
    const queuedUnknown = await queuedMailsSince(since, missing);
    expect(queuedKnown).toHaveLength(1);
    expect(queuedUnknown).toHaveLength(1);
    expect(queuedKnown[0]!.template).toBe(queuedUnknown[0]!.template);
    // The link (and its token row) is made by the job, after the response, in both cases.
    expect(await unusedTokens(user.id)).toHaveLength(0);
  });
});

describe("finding 6: the queued reset request, resolved by the job", () => {
  it("gives an existing account a working link and an unknown address nothing", async () => {
    const { user } = await person("reset-job");
    const mail = await security.passwordResetMail(user.email);
    expect(mail).toMatchObject({ template: "password-reset", to: user.email });
    expect(await unusedTokens(user.id)).toHaveLength(1);
    expect(await security.passwordResetMail(unique("nobody"))).toBeNull();
  });
});

async function auditEventsOf(userId: string) {
  const rows = await getDb().select().from(auditEvents).where(eq(auditEvents.userId, userId));
  return rows.map((row) => row.event);
}

describe("finding 9: the current-password check of 'change password' is throttled", () => {
  it("after 5 wrong passwords even the right one is refused for a while, and each is audited", async () => {
    const { user, password } = await person("change-throttle");
    const signedIn = { user, sessionId: randomUUID(), address: address() };
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await security.changePassword({
        ...signedIn,
        currentPassword: `wrong-${attempt}`,
        newPassword: "a brand new passphrase",
      });
      expect(result.ok).toBe(false);
    }
    const refused = await security.changePassword({
      ...signedIn,
      currentPassword: password,
      newPassword: "a brand new passphrase",
    });
    expect(refused).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Too many attempts/),
    });
    const events = await auditEventsOf(user.id);
    expect(events.filter((event) => event === "password_check_failure")).toHaveLength(5);
    expect(events).toContain("password_check_throttled");
    expect(events).not.toContain("password_change");
  });
});

async function resetLinkFor(email: string): Promise<string> {
  const mail = await security.passwordResetMail(email);
  return new URL(mail!.link).searchParams.get("token")!;
}

describe("finding 13: a reset link is bound to its address and voided by a password change", () => {
  it("no longer works once the account's address has changed", async () => {
    const { user } = await person("reset-bound");
    const token = await resetLinkFor(user.email);
    await getDb()
      .update(users)
      .set({ email: unique("reset-bound-moved") })
      .where(eq(users.id, user.id));
    const result = await security.resetPassword({
      token,
      password: "another long passphrase",
      address: address(),
    });
    expect(result.ok).toBe(false);
  });

  it("no longer works after a password change", async () => {
    const { user, password } = await person("reset-voided");
    const token = await resetLinkFor(user.email);
    const changed = await security.changePassword({
      user,
      sessionId: randomUUID(),
      currentPassword: password,
      newPassword: "a changed passphrase",
      address: address(),
    });
    expect(changed.ok).toBe(true);
    const result = await security.resetPassword({
      token,
      password: "another long passphrase",
      address: address(),
    });
    expect(result.ok).toBe(false);
  });
});

function tokenOf(link: string): string {
  return new URL(link).searchParams.get("token")!;
}

async function passwordless(label: string) {
  const user = (await createUserWithPassword({ email: unique(label), passwordHash: "x" }))!;
  await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
  return { ...user, passwordHash: null };
}

describe("finding 3: changing the email needs the password, tells the old address, and can be undone", () => {
  it("is refused without the current password, and nothing is mailed", async () => {
    const { user } = await person("change-needs-password");
    const newEmail = unique("thief");
    const since = new Date(Date.now() - 1000);
    const result = await security.requestEmailChange({
      user,
      currentPassword: "not the password",
      newEmail,
      address: address(),
    });
    expect(result.ok).toBe(false);
    expect(await queuedMailsSince(since, newEmail)).toEqual([]);
  });

  it("without a password, asks the current address first", async () => {
    const user = await passwordless("change-passwordless");
    const newEmail = unique("elsewhere");
    const since = new Date(Date.now() - 1000);
    await security.requestEmailChange({ user, newEmail, address: address() });
    expect(await queuedMailsSince(since, newEmail)).toEqual([]);
    expect(await queuedMailsSince(since, user.email)).toEqual([
      expect.objectContaining({ template: "email-change-authorize", newEmail }),
    ]);
  });

  it("the old address gets a revert link that ends every session, link and feed", async () => {
    const { user, password } = await person("change-revert");
    const oldEmail = user.email;
    const newEmail = unique("change-revert-new");
    const sessionId = await createSession({ userId: user.id, now: new Date() });
    await replaceCalendarToken({ userId: user.id, tokenHash: randomUUID(), now: new Date() });
    const since = new Date(Date.now() - 1000);

    const asked = await security.requestEmailChange({
      user,
      currentPassword: password,
      newEmail,
      address: address(),
    });
    expect(asked.ok).toBe(true);
    const [confirm] = await queuedMailsSince(since, newEmail);
    expect(confirm?.template).toBe("email-change-confirm");
    const confirmed = await security.confirmEmailChange({
      token: tokenOf((confirm as { link: string }).link),
      signedIn: null,
      address: address(),
    });
    expect(confirmed).toBe(true);

    const [notice] = await queuedMailsSince(since, oldEmail);
    expect(notice).toMatchObject({ template: "email-changed-notice", newEmail });
    // A link issued after the change (say, by the thief) is voided by the revert too.
    await security.passwordResetMail(newEmail);
    const liveSession = await createSession({ userId: user.id, now: new Date() });

    const reverted = await security.revertEmailChange({
      token: tokenOf((notice as { revertLink: string }).revertLink),
      address: address(),
    });
    expect(reverted.ok).toBe(true);
    const [after] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(after?.email).toBe(oldEmail);
    const live = await getDb()
      .select()
      .from(userSessions)
      .where(and(eq(userSessions.userId, user.id), isNull(userSessions.revokedAt)));
    expect(live.map((row) => row.id)).not.toContain(liveSession);
    expect(live.map((row) => row.id)).not.toContain(sessionId);
    expect(await unusedTokens(user.id)).toEqual([]);
    expect(await hasCalendarFeed(user.id)).toBe(false);
  });

  it("setting a first password needs a link sent to the current address", async () => {
    const user = await passwordless("first-password");
    const since = new Date(Date.now() - 1000);
    const result = await security.changePassword({
      user,
      sessionId: randomUUID(),
      newPassword: "a first passphrase",
      address: address(),
    });
    const [after] = await getDb().select().from(users).where(eq(users.id, user.id));
    expect(after?.passwordHash).toBeNull();
    expect(result.ok).toBe(true);
    expect(await queuedMailsSince(since, user.email)).toEqual([
      expect.objectContaining({ template: "password-reset", firstPassword: true }),
    ]);
  });

  it("a password change rotates the calendar feed", async () => {
    const { user, password } = await person("change-feed");
    await replaceCalendarToken({ userId: user.id, tokenHash: randomUUID(), now: new Date() });
    await security.changePassword({
      user,
      sessionId: randomUUID(),
      currentPassword: password,
      newPassword: "a changed passphrase",
      address: address(),
    });
    expect(await hasCalendarFeed(user.id)).toBe(false);
  });
});

describe("finding 7: email-change requests are throttled and answer the same whether or not the address is taken", () => {
  it("one answer for a free and a taken address; the taken address's owner gets a notice", async () => {
    const { user, password } = await person("change-oracle");
    const { user: owner } = await person("change-oracle-owner");
    const free = unique("change-oracle-free");
    const since = new Date(Date.now() - 1000);
    const ask = (newEmail: string) =>
      security.requestEmailChange({
        user,
        currentPassword: password,
        newEmail,
        address: address(),
      });
    const forFree = await ask(free);
    const forTaken = await ask(owner.email);
    expect(forTaken.ok).toBe(forFree.ok);
    expect(forTaken.message?.replace(owner.email, "X")).toBe(forFree.message?.replace(free, "X"));
    expect(await queuedMailsSince(since, owner.email)).toEqual([
      expect.objectContaining({ template: "email-taken-notice" }),
    ]);
  });

  it("refuses a sixth request within the hour", async () => {
    const { user, password } = await person("change-cannon");
    const results = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      results.push(
        await security
          .requestEmailChange({
            user,
            currentPassword: password,
            newEmail: unique(`cannon-${attempt}`),
            address: address(),
          })
          .catch((error: Error) => ({ ok: false, message: error.message })),
      );
    }
    expect(results.slice(0, 5).every((result) => result.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, message: expect.stringMatching(/Too many/) });
  });
});
