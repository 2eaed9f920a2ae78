/**
 * Housekeeping (finding 14): the prune jobs are scheduled on the job queue, and each deletes
 * exactly the rows nothing will read again (old throttle attempts, used or expired emailed links,
 * ended sessions) and nothing live.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The app's clock is pinned two days ahead of Postgres's (as e2e runs pin it): throttle windows
// are counted by Postgres's clock, so their pruning must be too. Set before any app module loads.
const PINNED = new Date(Date.now() + 2 * 24 * 3600_000);
process.env.CLOCK_NOW = PINNED.toISOString();

const { closeDb, getDb } = await import("@/db");
const { emailTokens, throttleEvents, users, userSessions, verificationTokens } =
  await import("@/db/schema");
const { jobHandlers } = await import("./handlers");
const { QUEUES, SCHEDULES } = await import("./queues");
const { startJobs, stopJobs } = await import("./boss");
const { now } = await import("@/lib/server/clock");
const { SESSION_ABSOLUTE_LIMIT_MS, SESSION_IDLE_LIMIT_MS } =
  await import("@/lib/auth/session-policy");

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const PRUNE_QUEUES = [QUEUES.pruneThrottleEvents, QUEUES.pruneEmailTokens, QUEUES.pruneSessions];
const job = { id: "test", retryCount: 0, retryLimit: 1 };

let userId: string;
const at = (offsetMs: number) => new Date(now().getTime() + offsetMs);

beforeAll(async () => {
  userId = randomUUID();
  await getDb()
    .insert(users)
    .values({ id: userId, email: `prune-${userId}@example.test` });
});

afterAll(async () => {
  await stopJobs();
  await closeDb();
});

describe("housekeeping", () => {
  it("every prune queue has a schedule on the job queue and a handler", async () => {
    for (const queue of PRUNE_QUEUES) {
      expect(SCHEDULES.filter((schedule) => schedule.queue === queue)).toHaveLength(1);
      expect(jobHandlers[queue]).toBeTypeOf("function");
    }
    const boss = await startJobs({ databaseUrl: process.env.DATABASE_URL! });
    const scheduled = (await boss.getSchedules()).map((schedule) => schedule.name);
    expect(scheduled).toEqual(expect.arrayContaining(PRUNE_QUEUES));
  });

  it("deletes exactly the old rows of each kind, and nothing live", async () => {
    const db = getDb();
    const bucket = `prune-${randomUUID()}`;
    // Throttle attempts, aged by Postgres's clock.
    await db.insert(throttleEvents).values([
      { bucket, key: "old", createdAt: sql`now() - interval '2 days'` },
      { bucket, key: "live", createdAt: sql`now()` },
      { bucket, key: "in-window", createdAt: sql`now() - interval '50 minutes'` },
    ]);
    const token = (name: string, expiresAt: Date, usedAt: Date | null) => ({
      tokenHash: `${name}-${randomUUID()}`,
      userId,
      purpose: "verify_email" as const,
      email: "x@example.test",
      expiresAt,
      usedAt,
    });
    await db
      .insert(emailTokens)
      .values([
        token("used-long-ago", at(DAY), at(-2 * DAY)),
        token("expired-long-ago", at(-2 * DAY), null),
        token("live", at(HOUR), null),
        token("used-just-now", at(HOUR), at(-HOUR)),
        token("expired-just-now", at(-HOUR), null),
      ]);
    const magic = `prune-${randomUUID()}@example.test`;
    await db.insert(verificationTokens).values([
      { identifier: magic, token: "expired-long-ago", expires: at(-2 * DAY) },
      { identifier: magic, token: "live", expires: at(10 * 60_000) },
    ]);
    const session = (name: string, values: Partial<typeof userSessions.$inferInsert>) => ({
      id: randomUUID(),
      userId,
      createdAt: at(-HOUR),
      lastSeenAt: at(-HOUR),
      ...values,
      // name is kept in a map below
      _name: name,
    });
    const sessions = [
      session("revoked-long-ago", { revokedAt: at(-2 * DAY) }),
      session("idle-long-ago", {
        createdAt: at(-SESSION_IDLE_LIMIT_MS - 3 * DAY),
        lastSeenAt: at(-SESSION_IDLE_LIMIT_MS - 2 * DAY),
      }),
      session("too-old", {
        createdAt: at(-SESSION_ABSOLUTE_LIMIT_MS - 2 * DAY),
        lastSeenAt: at(-HOUR),
      }),
      session("live", {}),
      session("revoked-just-now", { revokedAt: at(-HOUR) }),
    ];
    await db.insert(userSessions).values(sessions.map(({ _name, ...row }) => row));

    for (const queue of PRUNE_QUEUES) await jobHandlers[queue]({}, job);

    const throttleLeft = await db
      .select({ key: throttleEvents.key })
      .from(throttleEvents)
      .where(sql`${throttleEvents.bucket} = ${bucket}`);
    expect(throttleLeft.map((row) => row.key).sort()).toEqual(["in-window", "live"]);

    const tokensLeft = await db
      .select({ tokenHash: emailTokens.tokenHash })
      .from(emailTokens)
      .where(sql`${emailTokens.userId} = ${userId}`);
    expect(tokensLeft.map((row) => row.tokenHash.replace(/-[0-9a-f-]{36}$/, "")).sort()).toEqual([
      "expired-just-now",
      "live",
      "used-just-now",
    ]);

    const magicLeft = await db
      .select({ token: verificationTokens.token })
      .from(verificationTokens)
      .where(sql`${verificationTokens.identifier} = ${magic}`);
    expect(magicLeft.map((row) => row.token)).toEqual(["live"]);

    const sessionsLeft = await db
      .select({ id: userSessions.id })
      .from(userSessions)
      .where(sql`${userSessions.userId} = ${userId}`);
    const names = new Map(sessions.map((row) => [row.id, row._name]));
    expect(sessionsLeft.map((row) => names.get(row.id)).sort()).toEqual([
      "live",
      "revoked-just-now",
    ]);
  });
});
