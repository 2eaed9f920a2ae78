import "server-only";
import {
  getNotificationPreferences,
  listDigestsForUser,
  listRemindersForUser,
} from "@/db/queries/reminders";
import type { Reminder, User } from "@/db/schema";
import { emailEnabled, env } from "@/lib/env";
import { REMINDER_KIND_LABELS, type ReminderKind } from "@/lib/reminders/rules";
import { now } from "@/lib/server/clock";
import { mailReaches, preferencesOf } from "@/lib/server/reminders/scan";

/** What became of a reminder, in the words the notifications page uses. */
export type Delivery =
  "sending" | "mailed" | "may_not_have_arrived" | "not_mailed" | "in_app" | "in_digest";

export interface NotificationItem {
  id: string;
  kind: ReminderKind;
  kindLabel: string;
  title: string;
  leadLabel: string;
  aboutDate: string;
  sendAt: string;
  sentAt: string | null;
  link: string | null;
  read: boolean;
  delivery: Delivery;
}

function deliveryOf(
  row: Pick<Reminder, "state" | "leaseUntil">,
  at: Date,
): Exclude<Delivery, "in_digest"> {
  switch (row.state) {
    case "sent":
      return "mailed";
    case "failed":
      return "not_mailed";
    case "in_app":
      return "in_app";
    case "sending":
      // A claim whose lease ran out: the process may have died before or after the mail left.
      return row.leaseUntil && row.leaseUntil < at ? "may_not_have_arrived" : "sending";
    default:
      return "sending";
  }
}

/** The notifications page: every reminder, newest first, with what became of it. */
export async function loadNotifications(user: User) {
  const at = now();
  const [rows, preferences] = await Promise.all([
    listRemindersForUser({ userId: user.id, limit: 200 }),
    getNotificationPreferences(user.id),
  ]);
  const digestIds = [...new Set(rows.flatMap((row) => (row.digestId ? [row.digestId] : [])))];
  const digests = new Map(
    (await listDigestsForUser({ userId: user.id, ids: digestIds })).map((row) => [row.id, row]),
  );
  const items: NotificationItem[] = rows.map((row) => {
    const digest = row.digestId ? digests.get(row.digestId) : undefined;
    const kind = row.kind as ReminderKind;
    return {
      id: row.id,
      kind,
      kindLabel: REMINDER_KIND_LABELS[kind] ?? row.kind,
      title: row.title,
      leadLabel: row.leadLabel,
      aboutDate: row.aboutDate,
      sendAt: row.sendAt.toISOString(),
      sentAt: row.sentAt?.toISOString() ?? null,
      link: row.link,
      read: row.readAt !== null,
      delivery:
        row.state === "in_digest"
          ? digest
            ? deliveryOf(digest, at) === "mailed"
              ? "in_digest"
              : deliveryOf(digest, at)
            : "in_app"
          : deliveryOf(row, at),
    };
  });
  return { items, mail: mailStatus(user), preferences: preferencesOf(preferences) };
}

export type MailStatus = "on" | "unverified" | "off_on_this_server";

/** Whether reminders can reach the user by mail, and if not, why. */
export function mailStatus(user: Pick<User, "emailVerified">): MailStatus {
  if (env.NODE_ENV === "production" && !emailEnabled) return "off_on_this_server";
  return mailReaches(user) ? "on" : "unverified";
}
