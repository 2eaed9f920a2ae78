import "server-only";

/**
 * Every queue and schedule of the app's one job queue (pg-boss, on the app's Postgres). Queues
 * are created and schedules upserted at start-up by every process; both are idempotent, so
 * instances starting together create each once.
 */
export const QUEUES = {
  /** Every 15 minutes: works out which reminders are due now and queues their sending. */
  remindersScan: "reminders-scan",
  /** One job per reminder (or weekly digest) to mail. */
  remindersSend: "reminders-send",
  /** Every other mail (account links and notices): one job per mail, sealed, retried. */
  mailSend: "mail-send",
  /** A member's team summary rebuilt after their writes (one waiting per person: "stately"). */
  memberSummary: "member-summary",
  /** Housekeeping: rows nothing will read again. */
  pruneThrottleEvents: "prune-throttle-events",
  pruneEmailTokens: "prune-email-tokens",
  pruneSessions: "prune-sessions",
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Sending retries with backoff (a failure before the mail server accepted the mail). */
export const SEND_RETRY_LIMIT = 4;

export const SCHEDULES: readonly { queue: QueueName; cron: string }[] = [
  { queue: QUEUES.remindersScan, cron: "*/15 * * * *" },
  { queue: QUEUES.pruneThrottleEvents, cron: "17 * * * *" },
  { queue: QUEUES.pruneEmailTokens, cron: "23 3 * * *" },
  { queue: QUEUES.pruneSessions, cron: "29 3 * * *" },
];
