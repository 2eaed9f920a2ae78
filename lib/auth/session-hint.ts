/**
 * A non-secret "maybe signed in" hint, readable by the page's JavaScript: set when a session
 * starts, cleared at sign-out. Without it the header knows at once that nobody is signed in and
 * makes no `/api/auth/session` request (an anonymous visit then costs the server nothing beyond
 * the static page). It grants nothing: with it, the header still asks the server, and every
 * protected page and action checks the real session itself. A stale hint (session expired or
 * revoked elsewhere) costs one request, after which the header removes it.
 */
export const SESSION_HINT_COOKIE = "scp-maybe-signed-in";

/** As long as the session's absolute limit (lib/server/auth/config.ts, 30 days). */
export const SESSION_HINT_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** True when a Cookie header (or `document.cookie`) carries the hint. */
export function hasSessionHint(cookieHeader: string): boolean {
  return cookieHeader.split(";").some((pair) => pair.trim().startsWith(`${SESSION_HINT_COOKIE}=`));
}

/** `document.cookie` assignment that removes the hint. */
export const CLEAR_SESSION_HINT = `${SESSION_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
