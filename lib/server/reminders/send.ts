import "server-only";
import {
  claimReminder,
  getNotificationPreferences,
  listDigestReminders,
  markReminderFailed,
  markReminderSent,
  releaseReminder,
} from "@/db/queries/reminders";
import { getUserById } from "@/db/queries/users";
import { env } from "@/lib/env";
import { now } from "@/lib/server/clock";
import { processRole, type JobInfo } from "@/lib/server/jobs/boss";
import { deliverMail } from "@/lib/server/mail/transport";
import { reminderMail } from "./mail";

/** An error as a class and code, never its message (it may quote an address). */
function failureOf(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown; responseCode?: unknown }) ?? {};
  return [name, code.code, code.responseCode].filter(Boolean).join(" ").slice(0, 200);
}

/** Tests only (REMINDERS_CRASH_AT, refused in a deployment): die here, as a crash would. */
function crashIfAskedAt(point: "claimed" | "accepted") {
  if (env.REMINDERS_CRASH_AT === point) process.kill(process.pid, "SIGKILL");
}

/**
 * Mails one reminder (or weekly digest) at most once. It is claimed first (pending → sending, one
 * process wins); a send that fails before the mail server accepted it goes back to pending and
 * the queue retries it with backoff, until the last try marks it failed. A process that dies
 * after the claim leaves it "sending": never mailed again, shown as "may not have arrived".
 */
export async function sendReminder(reminderId: string, job: JobInfo): Promise<void> {
  const claimed = await claimReminder({
    id: reminderId,
    now: now(),
    leaseSeconds: env.JOBS_EXPIRE_SECONDS,
    handledBy: processRole(),
  });
  if (!claimed) return;
  crashIfAskedAt("claimed");
  const [user, preferences, carried] = await Promise.all([
    getUserById(claimed.userId),
    getNotificationPreferences(claimed.userId),
    claimed.kind === "digest"
      ? listDigestReminders({ digestId: claimed.id, userId: claimed.userId })
      : Promise.resolve([]),
  ]);
  if (!user?.emailVerified) {
    await markReminderFailed({ id: claimed.id, failure: "unverified address" });
    return;
  }
  try {
    await deliverMail(
      await reminderMail({
        to: user.email,
        userId: user.id,
        locale: preferences?.locale ?? "en-US",
        reminder: claimed,
        carried,
      }),
    );
  } catch (error) {
    const failure = failureOf(error);
    if (job.retryCount >= job.retryLimit) {
      await markReminderFailed({ id: claimed.id, failure });
      return;
    }
    await releaseReminder({ id: claimed.id, failure });
    throw error;
  }
  crashIfAskedAt("accepted");
  await markReminderSent({ id: claimed.id, now: now() });
}
