import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { throttleEvents } from "@/db/schema";
import { pseudonym } from "./audit";

export interface ThrottleRule {
  bucket: string;
  /** e.g. "email|address"; stored only as a keyed hash. */
  key: string;
  limit: number;
  windowMinutes: number;
}

export interface ThrottleStatus {
  blocked: boolean;
  /** Seconds until the oldest counted attempt leaves the window. */
  retryAfterSeconds: number;
}

type Executor = Pick<ReturnType<typeof getDb>, "select">;

/** Attempts in the window, and seconds until the oldest leaves it. Postgres's clock: see clock.ts. */
async function countInWindow(db: Executor, bucket: string, keyHash: string, windowMinutes: number) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      retryAfter: sql<number>`coalesce(ceil(extract(epoch from (min(${throttleEvents.createdAt}) + make_interval(mins => ${windowMinutes}) - now()))), 0)::int`,
    })
    .from(throttleEvents)
    .where(
      and(
        eq(throttleEvents.bucket, bucket),
        eq(throttleEvents.key, keyHash),
        gt(throttleEvents.createdAt, sql`now() - make_interval(mins => ${windowMinutes})`),
      ),
    );
  return { count: row?.count ?? 0, retryAfterSeconds: Math.max(1, row?.retryAfter ?? 0) };
}

/** Counted in Postgres, so every app instance sees the same attempts. A look only: reserves nothing. */
export async function throttleStatus(rule: ThrottleRule): Promise<ThrottleStatus> {
  const { count, retryAfterSeconds } = await countInWindow(
    getDb(),
    rule.bucket,
    pseudonym(rule.key),
    rule.windowMinutes,
  );
  return { blocked: count >= rule.limit, retryAfterSeconds };
}

/**
 * Checks and counts one attempt as a single step: a transaction-scoped advisory lock on the bucket
 * and key makes concurrent attempts at the same key (on any instance) take turns, so no more than
 * `limit` can be allowed in the window however many arrive at once. `priorAttempts` is how many
 * were already counted in the window (what a slowdown grows with).
 */
export async function reserveThrottleSlot(
  rule: ThrottleRule,
): Promise<{ allowed: boolean; retryAfterSeconds: number; priorAttempts: number }> {
  const keyHash = pseudonym(rule.key);
  return getDb().transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`throttle|${rule.bucket}|${keyHash}`}, 0))`,
    );
    const { count, retryAfterSeconds } = await countInWindow(
      tx,
      rule.bucket,
      keyHash,
      rule.windowMinutes,
    );
    if (count >= rule.limit) return { allowed: false, retryAfterSeconds, priorAttempts: count };
    await tx.insert(throttleEvents).values({ bucket: rule.bucket, key: keyHash });
    return { allowed: true, retryAfterSeconds: 0, priorAttempts: count };
  });
}

export async function clearThrottle(rule: Pick<ThrottleRule, "bucket" | "key">): Promise<void> {
  await getDb()
    .delete(throttleEvents)
    .where(
      and(eq(throttleEvents.bucket, rule.bucket), eq(throttleEvents.key, pseudonym(rule.key))),
    );
}
