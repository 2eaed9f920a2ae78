"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { requestPasswordReset } from "../actions";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(
    requestPasswordReset,
    undefined as ActionResult | undefined,
  );
  if (state?.ok) return <FormMessage message={state.message} tone="success" />;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state && !state.ok && !state.errors ? state.message : undefined} />
      <TextField
        id="email"
        label="Email"
        type="email"
        autoComplete="email"
        errors={state && !state.ok ? state.errors?.email : undefined}
      />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Send reset link
      </SubmitButton>
    </form>
  );
}
