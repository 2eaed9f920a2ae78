import "server-only";
import { and, isNotNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { emailTokens, throttleEvents, userSessions } from "@/db/schema";

/**
 * Rows nothing will read again, so that anonymous traffic cannot grow tables without bound. Each
 * runs on a schedule of the job queue (lib/server/jobs/queues.ts).
 */

/** Throttle attempts older than any window (a day is longer than every rule's). */
export async function pruneThrottleEvents(input: { olderThan: Date }): Promise<number> {
  const deleted = await getDb()
    .delete(throttleEvents)
    .where(lt(throttleEvents.createdAt, input.olderThan))
    .returning({ id: throttleEvents.id });
  return deleted.length;
}

/** Emailed links used or expired before `olderThan`. */
export async function pruneEmailTokens(input: { olderThan: Date }): Promise<number> {
  const deleted = await getDb()
    .delete(emailTokens)
    .where(
      or(
        and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, input.olderThan)),
        lt(emailTokens.expiresAt, input.olderThan),
      ),
    )
    .returning({ tokenHash: emailTokens.tokenHash });
  return deleted.length;
}

/** Sessions ended (revoked, idle or past their absolute limit) before `olderThan`. */
export async function pruneEndedSessions(input: {
  olderThan: Date;
  idleLimitMs: number;
  absoluteLimitMs: number;
}): Promise<number> {
  const deleted = await getDb()
    .delete(userSessions)
    .where(
      or(
        and(isNotNull(userSessions.revokedAt), lt(userSessions.revokedAt, input.olderThan)),
        lt(
          userSessions.lastSeenAt,
          sql`${input.olderThan}::timestamptz - make_interval(secs => ${input.idleLimitMs / 1000})`,
        ),
        lt(
          userSessions.createdAt,
          sql`${input.olderThan}::timestamptz - make_interval(secs => ${input.absoluteLimitMs / 1000})`,
        ),
      ),
    )
    .returning({ id: userSessions.id });
  return deleted.length;
}
