import "server-only";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";

/**
 * The server's one clock. Every loader, action and job asks it for "now" and "today", never
 * `new Date()`, so that tests can pin time for the whole server (CLOCK_NOW, refused in a
 * deployment by lib/env.ts) and reminders can be computed for any instant.
 *
 * Throttling windows are the exception: they measure real elapsed time between requests and are
 * counted by Postgres's own clock in one statement (db/queries/throttle.ts).
 */
const pinned = env.CLOCK_NOW ? new Date(env.CLOCK_NOW) : undefined;

export function now(): Date {
  return pinned ? new Date(pinned) : new Date();
}

/** The calendar date for this user now, in their time zone (UTC when they have none). */
export function todayFor(user: { timeZone: string | null }): string {
  return todayIn(user.timeZone ?? "UTC", now());
}
