import "server-only";
import {
  pruneEmailTokens,
  pruneEndedSessions,
  pruneThrottleEvents,
} from "@/db/queries/housekeeping";
import { SESSION_ABSOLUTE_LIMIT_MS, SESSION_IDLE_LIMIT_MS } from "@/lib/auth/session-policy";
import { env } from "@/lib/env";
import { now } from "@/lib/server/clock";
import { sendQueuedMail } from "@/lib/server/mail/job";
import { scan } from "@/lib/server/reminders/scan";
import { sendReminder } from "@/lib/server/reminders/send";
import { rebuildMemberSummary } from "@/lib/server/sharing/summary";
import type { JobHandlers } from "./boss";
import { QUEUES } from "./queues";

const DAY_MS = 24 * 3600_000;
const dayAgo = () => new Date(now().getTime() - DAY_MS);

/** What each queue's jobs do. */
export const jobHandlers: JobHandlers = {
  [QUEUES.remindersScan]: async (data) => {
    // The schedule sends no time: the scan is for now. Tests and scripts pass an instant.
    const at = typeof data.now === "string" ? new Date(data.now) : now();
    const result = await scan(at);
    console.log(
      `[reminders] scan at ${at.toISOString()}: ${result.users} users, ${result.recorded} recorded, ${result.queued} queued`,
    );
  },
  [QUEUES.remindersSend]: async (data, job) => {
    if (typeof data.reminderId === "string") await sendReminder(data.reminderId, job);
  },
  [QUEUES.mailSend]: async (data) => {
    await sendQueuedMail(data);
  },
  [QUEUES.memberSummary]: async (data) => {
    if (typeof data.userId === "string") await rebuildMemberSummary(data.userId);
  },
  [QUEUES.pruneThrottleEvents]: async () => {
    // A day, or the longest throttle window if longer: nothing still counted is deleted.
    await pruneThrottleEvents({
      olderThanMinutes: Math.max(24 * 60, env.SIGNIN_WINDOW_MINUTES, 60),
    });
  },
  [QUEUES.pruneEmailTokens]: async () => {
    await pruneEmailTokens({ olderThan: dayAgo() });
  },
  [QUEUES.pruneSessions]: async () => {
    await pruneEndedSessions({
      olderThan: dayAgo(),
      idleLimitMs: SESSION_IDLE_LIMIT_MS,
      absoluteLimitMs: SESSION_ABSOLUTE_LIMIT_MS,
    });
  },
};
