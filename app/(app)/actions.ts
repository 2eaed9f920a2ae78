"use server";

import { revokeSession } from "@/db/queries/sessions";
import { signOut } from "@/lib/server/auth/config";
import { currentUser } from "@/lib/server/auth/current-user";
import { now } from "@/lib/server/clock";

/** Ends this device's session row, then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const signedIn = await currentUser();
  if (signedIn)
    await revokeSession({ sessionId: signedIn.sessionId, userId: signedIn.user.id, now: now() });
  await signOut({ redirectTo: "/" });
}
