import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getUserBySessionId } from "@/db/queries/sessions";
import type { User } from "@/db/schema";
import { now } from "@/lib/server/clock";
import { readSessionToken, SESSION_COOKIE_NAMES } from "./session-token";

export interface SignedIn {
  user: User;
  sessionId: string;
  /** Reminders not yet read, for the badge (read in the same query as the session). */
  unreadReminders: number;
}

/** The signed-in user with a live (not revoked, not expired) session, or null. Once per render. */
export const currentUser = cache(async (): Promise<SignedIn | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const { userId, sessionId } = token;
  const found = await getUserBySessionId({ sessionId, userId, now: now() });
  return found ? { user: found.user, sessionId, unreadReminders: found.unreadReminders } : null;
});

/** For pages and server actions: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<SignedIn> {
  const signedIn = await currentUser();
  if (!signedIn) redirect("/sign-in");
  return signedIn;
}

/**
 * Server actions only: deletes a session cookie whose row is no longer live (signed out
 * elsewhere, revoked, expired), so that a fresh OAuth sign-in is not refused because of it.
 */
export async function clearEndedSessionCookie(): Promise<void> {
  if (!(await readSessionToken()) || (await currentUser())) return;
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (
      SESSION_COOKIE_NAMES.some(
        (name) => cookie.name === name || cookie.name.startsWith(`${name}.`),
      )
    ) {
      jar.delete(cookie.name);
    }
  }
}
