"use client";

import { useActionState } from "react";
import { FieldShell, FormMessage, TextField, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { saveSettingsAction } from "../actions";

export function ProfileForm({
  name,
  timeZone,
  timeZones,
}: {
  name: string;
  timeZone: string;
  timeZones: string[];
}) {
  const [state, action] = useActionState(saveSettingsAction, undefined as ActionResult | undefined);
  const errors = state && !state.ok ? state.errors : undefined;
  const browserZone =
    typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "";
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      <TextField
        id="name"
        label="Display name"
        defaultValue={name}
        maxLength={100}
        errors={errors?.name}
        autoComplete="name"
      />
      <FieldShell
        id="timeZone"
        label="Time zone"
        hint="Decides what “today” is for due dates and countdowns."
        errors={errors?.timeZone}
      >
        {(describedBy, invalid) => (
          <select
            id="timeZone"
            name="timeZone"
            defaultValue={timeZone || browserZone}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClasses}
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <SubmitButton pendingLabel="Saving…">Save settings</SubmitButton>
    </form>
  );
}
