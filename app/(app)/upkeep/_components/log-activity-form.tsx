"use client";

import { useActionState, useState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { logActivityAction } from "../actions";
import { ActivityFields } from "./activity-fields";

/** The short form for a phone: date, credits, title, provider (the last one remembered), category. */
export function LogActivityForm({ today, lastProvider }: { today: string; lastProvider: string }) {
  const [state, action] = useActionState(
    logActivityAction,
    undefined as ActionResult<{ id: string }> | undefined,
  );
  const [provider, setProvider] = useState(lastProvider);
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setRound((n) => n + 1);
  }
  const failure = state && !state.ok ? state : undefined;
  return (
    <form
      key={round}
      action={action}
      aria-labelledby="log-heading"
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
    >
      <h2 id="log-heading" className="text-lg font-semibold">
        Log an activity
      </h2>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      <ActivityFields
        idPrefix="log"
        values={failure?.values ?? {}}
        errors={failure?.errors}
        today={today}
        provider={provider}
        onProviderChange={setProvider}
      />
      <SubmitButton pendingLabel="Saving…">Log activity</SubmitButton>
    </form>
  );
}
