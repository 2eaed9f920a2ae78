import "server-only";
import { and, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { preparedQuery } from "@/db/prepared";
import { reminders, users, userSessions } from "@/db/schema";
import { sessionVerdict } from "@/lib/auth/session-policy";

export async function createSession(input: { userId: string; now: Date }): Promise<string> {
  const [row] = await getDb()
    .insert(userSessions)
    .values({ userId: input.userId, createdAt: input.now, lastSeenAt: input.now })
    .returning({ id: userSessions.id });
  if (!row) throw new Error("Could not create a session");
  return row.id;
}

/**
 * The user behind a live session, with the number of unread reminders for the header's badge, in
 * one query (the session check runs on every signed-in request, so it is one round trip, not
 * two). Refreshes last-seen at most every few minutes.
 */
const sessionWithUser = preparedQuery((db) =>
  db
    .select({
      session: userSessions,
      user: users,
      unreadReminders: sql<number>`(select count(*)::int from ${reminders} where ${reminders.userId} = ${users.id} and ${reminders.readAt} is null and ${reminders.kind} <> 'digest')`,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sql.placeholder("sessionId")),
        eq(userSessions.userId, sql.placeholder("userId")),
      ),
    )
    .prepare("session_with_user"),
);

export async function getUserBySessionId(input: { sessionId: string; userId: string; now: Date }) {
  const db = getDb();
  const [row] = await sessionWithUser().execute({
    sessionId: input.sessionId,
    userId: input.userId,
  });
  if (!row) return undefined;
  const verdict = sessionVerdict(row.session, input.now);
  if (verdict === "expired") return undefined;
  if (verdict === "touch") {
    await db
      .update(userSessions)
      .set({ lastSeenAt: input.now })
      .where(eq(userSessions.id, row.session.id));
  }
  return { user: row.user, unreadReminders: row.unreadReminders };
}

/** This user's session row, while not revoked (what every write to one session is scoped to). */
function liveSessionRow(input: { sessionId: string; userId: string }) {
  return and(
    eq(userSessions.id, input.sessionId),
    eq(userSessions.userId, input.userId),
    isNull(userSessions.revokedAt),
  );
}

export async function revokeSession(input: {
  sessionId: string;
  userId: string;
  now: Date;
}): Promise<void> {
  await getDb().update(userSessions).set({ revokedAt: input.now }).where(liveSessionRow(input));
}

export async function revokeAllSessions(input: { userId: string; now: Date }): Promise<void> {
  await getDb()
    .update(userSessions)
    .set({ revokedAt: input.now })
    .where(and(eq(userSessions.userId, input.userId), isNull(userSessions.revokedAt)));
}

/** Whether a session row is live (not revoked, not idle or too old): Auth.js's own endpoints ask. */
export async function isSessionLive(input: {
  sessionId: string;
  userId: string;
  now: Date;
}): Promise<boolean> {
  const [row] = await getDb()
    .select()
    .from(userSessions)
    .where(and(eq(userSessions.id, input.sessionId), eq(userSessions.userId, input.userId)));
  return Boolean(row) && sessionVerdict(row!, input.now) !== "expired";
}

/** The session's last re-authentication (password or emailed link in Settings). */
export async function getSessionReauthentication(input: { sessionId: string; userId: string }) {
  const [row] = await getDb()
    .select({ reauthenticatedAt: userSessions.reauthenticatedAt })
    .from(userSessions)
    .where(and(eq(userSessions.id, input.sessionId), eq(userSessions.userId, input.userId)));
  return row?.reauthenticatedAt ?? null;
}

export async function markSessionReauthenticated(input: {
  sessionId: string;
  userId: string;
  now: Date;
}): Promise<void> {
  await getDb()
    .update(userSessions)
    .set({ reauthenticatedAt: input.now })
    .where(liveSessionRow(input));
}

/** Records that Settings is linking `provider` from this (re-authenticated) session. */
export async function requestProviderLink(input: {
  sessionId: string;
  userId: string;
  provider: string;
  reauthenticatedSince: Date;
}): Promise<boolean> {
  const rows = await getDb()
    .update(userSessions)
    .set({ linkProvider: input.provider })
    .where(
      and(liveSessionRow(input), gte(userSessions.reauthenticatedAt, input.reauthenticatedSince)),
    )
    .returning({ id: userSessions.id });
  return rows.length === 1;
}

/**
 * Uses up the session's request to link `provider`, if it made one while re-authenticated
 * recently enough: the only way a provider gets linked to a signed-in account.
 */
export async function takeProviderLinkRequest(input: {
  sessionId: string;
  userId: string;
  provider: string;
  reauthenticatedSince: Date;
}): Promise<boolean> {
  const rows = await getDb()
    .update(userSessions)
    .set({ linkProvider: null })
    .where(
      and(
        liveSessionRow(input),
        eq(userSessions.linkProvider, input.provider),
        gte(userSessions.reauthenticatedAt, input.reauthenticatedSince),
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length === 1;
}
