"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { reportCorrection } from "../actions";

export function CorrectionForm({ subject, fact }: { subject: string; fact: string }) {
  const [state, action] = useActionState(reportCorrection, undefined as ActionResult | undefined);
  if (state?.ok) return <FormMessage message={state.message} tone="success" />;
  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="subject" value={subject} />
      {fact ? <input type="hidden" name="fact" value={fact} /> : null}
      <TextAreaField
        id="message"
        label="What should it say?"
        required
        maxLength={4000}
        hint="Include a link to the issuer's page if you have one. Please don't include personal or patient information."
        errors={errors?.message}
      />
      <TextField
        id="contactEmail"
        label="Your email (optional)"
        type="email"
        autoComplete="email"
        hint="Only if you'd like us to follow up."
        errors={errors?.contactEmail}
      />
      <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
    </form>
  );
}
