import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { REMINDER_KIND_LABELS } from "@/lib/reminders/rules";
import { isUnsubscribeScope } from "@/lib/server/reminders/unsubscribe";
import { UnsubscribeForm } from "./_components/unsubscribe-form";

export const metadata: Metadata = { title: "Stop reminders", robots: { index: false } };

/**
 * Opened from the link in a reminder mail. Opening it changes nothing (mail scanners open links):
 * the button does. Carries a token in its URL, so it sends no referrer.
 */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { u, k, t } = await searchParams;
  const valid = typeof u === "string" && typeof t === "string" && isUnsubscribeScope(k);
  const what = !valid
    ? ""
    : k === "all"
      ? "all reminder mails"
      : REMINDER_KIND_LABELS[k].toLowerCase();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Stop reminders</h1>
      {valid ? (
        <>
          <p>
            Stop getting reminders about <strong>{what}</strong>? You can turn them back on in
            Settings at any time.
          </p>
          <UnsubscribeForm u={u} k={k} t={t} />
        </>
      ) : (
        <p className="text-muted">This link is incomplete.</p>
      )}
      <p className="text-sm">
        <Link href="/settings/notifications" className="text-accent underline underline-offset-2">
          Choose your reminders in Settings
        </Link>
      </p>
    </div>
  );
}
