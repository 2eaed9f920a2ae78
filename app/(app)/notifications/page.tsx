import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { todayIn } from "@/lib/dates";
import { formatCalendarDate } from "@/lib/format";
import { requireUser } from "@/lib/server/auth/current-user";
import { requestLocale } from "@/lib/server/locale";
import { loadNotifications, type Delivery } from "@/lib/server/loaders/notifications";
import { ActionButton } from "@/components/ui/action-button";
import { markNotificationsReadAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

const DELIVERY: Record<Delivery, { label: string; tone: string }> = {
  mailed: { label: "Mailed", tone: "text-muted" },
  in_digest: { label: "Mailed in your weekly digest", tone: "text-muted" },
  sending: { label: "Being sent", tone: "text-muted" },
  may_not_have_arrived: {
    label: "May not have arrived by mail: sending was interrupted, so it is not sent again",
    tone: "text-warning",
  },
  not_mailed: { label: "Could not be mailed", tone: "text-danger" },
  in_app: { label: "Here in the app only", tone: "text-muted" },
};

export default async function NotificationsPage() {
  const { user } = await requireUser();
  const [{ items, mail }, locale] = await Promise.all([loadNotifications(user), requestLocale()]);
  const zone = user.timeZone ?? "UTC";
  const unread = items.filter((item) => !item.read).length;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
          <p className="text-sm text-muted">
            Reminders of exams, target dates, deadlines, CE cycles and fees, at 08:00 your time.{" "}
            <Link
              href="/settings/notifications"
              className="text-accent underline underline-offset-2"
            >
              Choose which ones you get
            </Link>
            .
          </p>
        </div>
        {unread > 0 ? (
          <ActionButton
            action={markNotificationsReadAction}
            input={{}}
            label="Mark all as read"
            pendingLabel="Marking…"
          />
        ) : null}
      </div>

      {mail !== "on" ? (
        <p role="note" className="rounded-lg border border-border bg-surface p-4 text-sm">
          {mail === "unverified"
            ? "Reminders stay here until you confirm your email address: use the link we sent when you signed up, or change your address in Settings."
            : "Mail is off on this server: your reminders are shown here only."}
        </p>
      ) : null}
      {!user.timeZone ? (
        <p role="note" className="rounded-lg border border-border bg-surface p-4 text-sm">
          Reminders go out at 08:00 UTC until you{" "}
          <Link href="/settings" className="text-accent underline underline-offset-2">
            set your time zone
          </Link>
          .
        </p>
      ) : null}

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-muted">
          Nothing yet. Reminders appear here when an exam, a target date or a deadline comes near.
        </p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {items.map((item) => {
            const delivery = DELIVERY[item.delivery];
            const when = formatCalendarDate(todayIn(zone, new Date(item.sendAt)), locale);
            return (
              <li
                key={item.id}
                className="flex flex-col gap-1 p-4"
                data-testid="notification"
                data-read={item.read}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium">
                    {!item.read ? (
                      <span
                        className="mr-2 inline-block h-2 w-2 rounded-full bg-accent align-middle"
                        aria-label="Unread"
                      />
                    ) : null}
                    {item.link ? (
                      <Link href={item.link} className="underline-offset-2 hover:underline">
                        {item.title}
                      </Link>
                    ) : (
                      item.title
                    )}
                    : {item.leadLabel === "now overdue" ? "overdue" : item.leadLabel}
                  </p>
                  <span className="text-xs text-muted">{item.kindLabel}</span>
                </div>
                <p className="text-sm text-muted">
                  {item.leadLabel === "now overdue" ? "Target date was " : "On "}
                  {formatCalendarDate(item.aboutDate, locale, "long")} · reminded {when}
                </p>
                <p className={`text-sm ${delivery.tone}`}>{delivery.label}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
