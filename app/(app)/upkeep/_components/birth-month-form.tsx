"use client";

import { useActionState } from "react";
import { FieldShell, FormMessage, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { setBirthMonthAction } from "../actions";

const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2000, i, 1)),
  ),
);

/** ARRT's biennium starts in the birth month: only the month is asked for, and kept. */
export function BirthMonthForm({ month }: { month: number | null }) {
  const [state, action] = useActionState(
    setBirthMonthAction,
    undefined as ActionResult | undefined,
  );
  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <FieldShell
        id="arrt-birth-month"
        label="Your birth month (ARRT)"
        hint="ARRT's biennium runs from your birth month. Only the month is kept."
        errors={errors?.month}
      >
        {(describedBy, invalid) => (
          <select
            id="arrt-birth-month"
            name="month"
            defaultValue={month ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={`${inputClasses} w-48`}
          >
            <option value="">Choose…</option>
            {MONTHS.map((name, i) => (
              <option key={name} value={i + 1}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <SubmitButton pendingLabel="Saving…">Save month</SubmitButton>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
    </form>
  );
}
