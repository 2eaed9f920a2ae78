import "server-only";
import { cookies } from "next/headers";
import { appUrl } from "@/lib/env";
import { SESSION_HINT_COOKIE, SESSION_HINT_MAX_AGE_SECONDS } from "@/lib/auth/session-hint";

/** The hint's attributes: readable by scripts (it is not a secret), same-site, path /. */
export function sessionHintCookie() {
  return {
    name: SESSION_HINT_COOKIE,
    value: "1",
    path: "/",
    sameSite: "lax" as const,
    httpOnly: false,
    secure: new URL(appUrl).protocol === "https:",
    maxAge: SESSION_HINT_MAX_AGE_SECONDS,
  };
}

/** At sign-in (Auth.js's jwt callback: route handlers and server actions alike). */
export async function setSessionHint(): Promise<void> {
  (await cookies()).set(sessionHintCookie());
}

/** At sign-out. */
export async function clearSessionHint(): Promise<void> {
  (await cookies()).delete(SESSION_HINT_COOKIE);
}
