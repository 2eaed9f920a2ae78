"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage, TextField, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { saveOnboardingAction } from "../actions";

export function OnboardingForm({ initial }: { initial: { experienceYears: string } }) {
  const [state, action] = useActionState(
    saveOnboardingAction,
    undefined as ActionResult | undefined,
  );
  const errors = state && !state.ok ? state.errors : undefined;

  return (
    <form action={action} className="space-y-6" aria-labelledby="experience-heading">
      <h2 id="experience-heading" className="text-lg font-semibold">
        Your experience
      </h2>
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <TextField
        id="experienceYears"
        label="Years of clinical sonography experience"
        inputMode="decimal"
        defaultValue={initial.experienceYears}
        hint="Full-time equivalent, e.g. 2.5. Used for experience requirements such as ARDMS's 12 months."
        errors={errors?.experienceYears}
        className={`${inputClasses} max-w-32`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
        <Link
          href="/dashboard"
          className="inline-flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-2"
        >
          Skip for now
        </Link>
      </div>
    </form>
  );
}
