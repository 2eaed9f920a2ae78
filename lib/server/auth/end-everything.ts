import "server-only";
import { endEverythingForUser } from "@/db/queries/users";
import { now } from "@/lib/server/clock";

/**
 * After anything that means "someone else may have had this account" (a password change or
 * reset, sign-out everywhere, an email change or its revert, a claim of an unverified account):
 * ends every session but the one given, voids every unused emailed link (ours and Auth.js's
 * sign-in links) and rotates the calendar feed (the old secret URL stops working). Once sharing
 * exists, it revokes every share link too (hook in db/queries/users.ts endEverythingForUser).
 */
export async function endEverythingAThiefCouldHold(
  userId: string,
  options: { keepSessionId?: string } = {},
): Promise<void> {
  await endEverythingForUser({ userId, now: now(), keepSessionId: options.keepSessionId });
}
