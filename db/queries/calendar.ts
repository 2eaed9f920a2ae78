import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { calendarFeeds } from "@/db/schema";

export async function hasCalendarFeed(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return Boolean(row);
}

/**
 * Stores a new feed token's hash, replacing any previous one (which stops working). The link can
 * be shown again only by issuing a new token.
 */
export async function replaceCalendarToken(input: {
  userId: string;
  tokenHash: string;
  now: Date;
}): Promise<void> {
  await getDb()
    .insert(calendarFeeds)
    .values({ userId: input.userId, tokenHash: input.tokenHash, createdAt: input.now })
    .onConflictDoUpdate({
      target: calendarFeeds.userId,
      set: { tokenHash: input.tokenHash, createdAt: input.now },
    });
}

export async function revokeCalendarToken(userId: string): Promise<void> {
  await getDb().delete(calendarFeeds).where(eq(calendarFeeds.userId, userId));
}

export async function findUserIdByCalendarToken(tokenHash: string): Promise<string | undefined> {
  const [row] = await getDb()
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  return row?.userId;
}
