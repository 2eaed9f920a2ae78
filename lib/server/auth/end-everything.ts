import "server-only";
import { endEverythingForUser } from "@/db/queries/users";
import { now } from "@/lib/server/clock";
import { revokeAllShareLinks } from "@/lib/server/sharing/recovery";

/**
 * After anything that means "someone else may have had this account" (a password change or
 * reset, sign-out everywhere, an email change or its revert, a claim of an unverified account):
 * ends every session but the one given, voids every unused emailed link (ours and Auth.js's
 * sign-in links), rotates the calendar feed (the old secret URL stops working) and revokes every
 * share link (memberships are listed for review on the reset screen and in Settings, beside
 * "Sign out everywhere": lib/server/sharing/recovery.ts).
 */
export async function endEverythingAThiefCouldHold(
  userId: string,
  options: { keepSessionId?: string } = {},
): Promise<void> {
  await endEverythingForUser({ userId, now: now(), keepSessionId: options.keepSessionId });
  await revokeAllShareLinks(userId);
}
