"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { saveOnboardingAction } from "../actions";

/** The end of onboarding: everything above saves as it goes; this takes the user on. */
export function OnboardingForm() {
  const [state, action] = useActionState(
    saveOnboardingAction,
    undefined as ActionResult | undefined,
  );
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Done: go to my dashboard</SubmitButton>
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
