"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { failureOf, type ActionResult } from "@/lib/action-result";
import { saveNotificationPreferencesAction } from "../actions";
import { PAUSE_WEEKS } from "@/lib/reminders/rules";

const WHEN: Record<string, string> = {
  exam: "14 and 2 days before an exam date",
  target: "7 days before a target date, and once if it passes",
  five_year: "12, 6, 3 and 1 months before an ARDMS five-year deadline",
  ce_cycle: "6, 3 and 1 months before a CE cycle ends, with what is missing",
  renewal_fee: "30 days before a renewal fee is due",
};

export function NotificationSettingsForm({
  kinds,
  digest,
  pausedUntil,
}: {
  kinds: { kind: string; label: string; on: boolean }[];
  digest: boolean;
  pausedUntil: string | null;
}) {
  const [state, action] = useActionState(
    saveNotificationPreferencesAction,
    undefined as ActionResult | undefined,
  );
  const failed = failureOf(state);
  return (
    <form action={action} className="space-y-6">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Remind me of</legend>
        {kinds.map((item) => (
          <label key={item.kind} className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="on"
              value={item.kind}
              defaultChecked={item.on}
              className="mt-1 h-5 w-5 shrink-0 accent-[var(--color-accent)]"
            />
            <span>
              <span className="font-medium">{item.label}</span>
              <span className="block text-sm text-muted">{WHEN[item.kind]}</span>
            </span>
          </label>
        ))}
        {failed?.errors?.on ? <p className="text-sm text-danger">{failed.errors.on[0]}</p> : null}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">How</legend>
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            name="digest"
            value="on"
            defaultChecked={digest}
            className="mt-1 h-5 w-5 shrink-0 accent-[var(--color-accent)]"
          />
          <span>
            <span className="font-medium">One weekly digest</span>
            <span className="block text-sm text-muted">
              On Monday mornings, the week&apos;s reminders in one mail. The reminder 2 days before
              an exam still comes on its own.
            </span>
          </span>
        </label>
        <label className="block space-y-1">
          <span className="font-medium">Pause reminders</span>
          <select
            name="pauseWeeks"
            defaultValue="0"
            className="block min-h-11 w-full rounded-md border border-border bg-surface px-3 sm:w-64"
            aria-describedby="pause-hint"
          >
            {PAUSE_WEEKS.map((weeks) => (
              <option key={weeks} value={weeks}>
                {weeks === 0 ? "Don't pause" : `For ${weeks} week${weeks === 1 ? "" : "s"}`}
              </option>
            ))}
          </select>
          <span id="pause-hint" className="block text-sm text-muted">
            {pausedUntil
              ? `Paused until ${new Date(pausedUntil).toLocaleDateString()}. Saving with "Don't pause" resumes them.`
              : "Nothing is sent during a pause; reminders due then are not sent later."}
          </span>
        </label>
      </fieldset>
      <SubmitButton pendingLabel="Saving…">Save reminder settings</SubmitButton>
    </form>
  );
}
