import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { calendarFeeds } from "@/db/schema";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function hasCalendarFeed(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return Boolean(row);
}

/**
 * Issues a new secret feed token (replacing any previous one, which stops working). The token is
 * returned once; only its hash is stored, so the link can be shown again only by regenerating.
 */
export async function regenerateCalendarToken(userId: string): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await getDb()
    .insert(calendarFeeds)
    .values({ userId, tokenHash: hashToken(token) })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: hashToken(token), createdAt: new Date() },
    });
  return token;
}

export async function revokeCalendarToken(userId: string): Promise<void> {
  await getDb().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

export async function findUserIdByCalendarToken(token: string): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, hashToken(token)));
  return row?.userId;
}
