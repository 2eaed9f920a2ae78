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

/** Counted in Postgres, so every app instance sees the same attempts. */
export async function throttleStatus(rule: ThrottleRule): Promise<ThrottleStatus> {
  const [row] = await getDb()
    .select({
      count: sql<number>`count(*)::int`,
      retryAfter: sql<number>`coalesce(ceil(extract(epoch from (min(${throttleEvents.createdAt}) + make_interval(mins => ${rule.windowMinutes}) - now()))), 0)::int`,
    })
    .from(throttleEvents)
    .where(
      and(
        eq(throttleEvents.bucket, rule.bucket),
        eq(throttleEvents.key, pseudonym(rule.key)),
        gt(throttleEvents.createdAt, sql`now() - make_interval(mins => ${rule.windowMinutes})`),
      ),
    );
  const count = row?.count ?? 0;
  return { blocked: count >= rule.limit, retryAfterSeconds: Math.max(1, row?.retryAfter ?? 0) };
}

export async function recordThrottleEvent(
  rule: Pick<ThrottleRule, "bucket" | "key">,
): Promise<void> {
  await getDb()
    .insert(throttleEvents)
    .values({ bucket: rule.bucket, key: pseudonym(rule.key) });
}

export async function clearThrottle(rule: Pick<ThrottleRule, "bucket" | "key">): Promise<void> {
  await getDb()
    .delete(throttleEvents)
    .where(
      and(eq(throttleEvents.bucket, rule.bucket), eq(throttleEvents.key, pseudonym(rule.key))),
    );
}
