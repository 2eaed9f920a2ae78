import type { Metadata } from "next";
import Link from "next/link";
import { getNotificationPreferences } from "@/db/queries/reminders";
import { REMINDER_KIND_LABELS, REMINDER_KINDS } from "@/lib/reminders/rules";
import { requireUser } from "@/lib/server/auth/current-user";
import { now } from "@/lib/server/clock";
import { mailStatus } from "@/lib/server/loaders/notifications";
import { preferencesOf } from "@/lib/server/reminders/scan";
import { NotificationSettingsForm } from "./_components/notification-settings-form";

export const metadata: Metadata = { title: "Reminder settings" };

export default async function NotificationSettingsPage() {
  const { user } = await requireUser();
  const preferences = preferencesOf(await getNotificationPreferences(user.id));
  const mail = mailStatus(user);
  const pausedUntil =
    preferences.pausedUntil && preferences.pausedUntil > now()
      ? preferences.pausedUntil.toISOString()
      : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="space-y-1">
        <Link
          href="/settings"
          className="inline-flex min-h-11 items-center text-sm text-accent underline underline-offset-2"
        >
          Settings
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Reminders</h1>
        <p className="text-muted">
          Reminders go out at 08:00 in your time zone
          {user.timeZone ? ` (${user.timeZone})` : " (UTC until you set yours in Settings)"}. They
          also appear under Notifications.
        </p>
      </div>
      <p
        role="note"
        className="rounded-lg border border-border bg-surface p-4 text-sm"
        data-testid="mail-status"
      >
        {mail === "on"
          ? `Mail is on: reminders are sent to ${user.email}.`
          : mail === "unverified"
            ? "Mail is off until you confirm your email address; reminders are shown in the app meanwhile."
            : "Mail is off on this server: reminders are shown in the app only."}
      </p>
      <NotificationSettingsForm
        kinds={REMINDER_KINDS.map((kind) => ({
          kind,
          label: REMINDER_KIND_LABELS[kind],
          on: !preferences.off.includes(kind),
        }))}
        digest={preferences.digest}
        pausedUntil={pausedUntil}
      />
    </div>
  );
}
