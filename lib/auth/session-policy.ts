import { differenceInMilliseconds } from "date-fns";

export const SESSION_IDLE_LIMIT_MS = 7 * 24 * 3600_000;
export const SESSION_ABSOLUTE_LIMIT_MS = 30 * 24 * 3600_000;
/** Last-seen is written at most this often, so a busy user doesn't write on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60_000;

interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

/** "expired": refuse; "touch": live, update last-seen; "live": live, nothing to write. */
export function sessionVerdict(session: SessionTimes, now: Date): "expired" | "touch" | "live" {
  if (session.revokedAt) return "expired";
  if (differenceInMilliseconds(now, session.createdAt) > SESSION_ABSOLUTE_LIMIT_MS)
    return "expired";
  const idle = differenceInMilliseconds(now, session.lastSeenAt);
  if (idle > SESSION_IDLE_LIMIT_MS) return "expired";
  return idle > SESSION_TOUCH_INTERVAL_MS ? "touch" : "live";
}
