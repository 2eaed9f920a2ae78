"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { regenerateCalendarAction, revokeCalendarAction } from "../actions";

export function CalendarSettings({ enabled, baseUrl }: { enabled: boolean; baseUrl: string }) {
  const [created, create] = useActionState(
    regenerateCalendarAction,
    undefined as ActionResult<{ token: string }> | undefined,
  );
  const [revoked, revoke] = useActionState(
    revokeCalendarAction,
    undefined as ActionResult | undefined,
  );
  const token = created?.ok ? created.data?.token : undefined;
  const feedUrl = token ? `${baseUrl}/api/calendar/${token}` : undefined;
  const webcalUrl = feedUrl?.replace(/^https?:/, "webcal:");

  return (
    <div className="space-y-3">
      <FormMessage
        message={created?.message ?? revoked?.message}
        tone={(created ?? revoked)?.ok ? "success" : "danger"}
      />
      {feedUrl ? (
        <div className="space-y-2 rounded-lg border border-border bg-surface p-4">
          <p className="text-sm">Copy this link now: for your privacy we only show it once.</p>
          <label htmlFor="calendar-url" className="block text-sm font-medium">
            Calendar link
          </label>
          <input
            id="calendar-url"
            readOnly
            value={feedUrl}
            className="block w-full rounded-md border border-border bg-surface-2 px-3 py-2 text-sm"
            onFocus={(event) => event.currentTarget.select()}
          />
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => void navigator.clipboard?.writeText(feedUrl)}
            >
              Copy link
            </Button>
            <a
              href={webcalUrl}
              className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-accent underline underline-offset-2"
            >
              Subscribe in your calendar app
            </a>
          </div>
        </div>
      ) : (
        <p className="text-sm text-muted">
          {enabled ? "A calendar link is on." : "No calendar link yet."}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <form action={create}>
          <SubmitButton variant="secondary" size="sm" pendingLabel="Creating…">
            {enabled || token ? "Create a new link" : "Create calendar link"}
          </SubmitButton>
        </form>
        {enabled || token ? (
          <form action={revoke}>
            <SubmitButton variant="ghost" size="sm" pendingLabel="Turning off…">
              Turn off the link
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </div>
  );
}
