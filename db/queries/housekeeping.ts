import "server-only";
import { and, isNotNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { emailTokens, throttleEvents, userSessions, verificationTokens } from "@/db/schema";

/**
 * Rows nothing will read again, so that anonymous traffic cannot grow tables without bound. Each
 * runs on a schedule of the job queue (lib/server/jobs/queues.ts), the one place they run.
 */

/**
 * Throttle attempts older than `olderThanMinutes` (longer than every rule's window), aged by
 * Postgres's clock: that is the clock their windows are counted by (db/queries/throttle.ts).
 */
export async function pruneThrottleEvents(input: { olderThanMinutes: number }): Promise<number> {
  const deleted = await getDb()
    .delete(throttleEvents)
    .where(
      lt(throttleEvents.createdAt, sql`now() - make_interval(mins => ${input.olderThanMinutes})`),
    )
    .returning({ id: throttleEvents.id });
  return deleted.length;
}

/** Emailed links, ours and Auth.js's sign-in links, used or expired before `olderThan`. */
export async function pruneEmailTokens(input: { olderThan: Date }): Promise<number> {
  const db = getDb();
  const ours = await db
    .delete(emailTokens)
    .where(
      or(
        and(isNotNull(emailTokens.usedAt), lt(emailTokens.usedAt, input.olderThan)),
        lt(emailTokens.expiresAt, input.olderThan),
      ),
    )
    .returning({ tokenHash: emailTokens.tokenHash });
  // Auth.js deletes a sign-in link when it is used; one never used stays until pruned here.
  const signInLinks = await db
    .delete(verificationTokens)
    .where(lt(verificationTokens.expires, input.olderThan))
    .returning({ token: verificationTokens.token });
  return ours.length + signInLinks.length;
}

/** Sessions ended (revoked, idle or past their absolute limit) before `olderThan`. */
export async function pruneEndedSessions(input: {
  olderThan: Date;
  idleLimitMs: number;
  absoluteLimitMs: number;
}): Promise<number> {
  const idleSince = new Date(input.olderThan.getTime() - input.idleLimitMs);
  const startedBefore = new Date(input.olderThan.getTime() - input.absoluteLimitMs);
  const deleted = await getDb()
    .delete(userSessions)
    .where(
      or(
        and(isNotNull(userSessions.revokedAt), lt(userSessions.revokedAt, input.olderThan)),
        lt(userSessions.lastSeenAt, idleSince),
        lt(userSessions.createdAt, startedBefore),
      ),
    )
    .returning({ id: userSessions.id });
  return deleted.length;
}
