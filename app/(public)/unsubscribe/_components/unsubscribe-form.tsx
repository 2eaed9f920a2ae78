"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { unsubscribeAction } from "../actions";

export function UnsubscribeForm({ u, k, t }: { u: string; k: string; t: string }) {
  const [state, action] = useActionState(unsubscribeAction, undefined as ActionResult | undefined);
  if (state?.ok) return <FormMessage message={state.message} tone="success" />;
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state?.message} />
      <input type="hidden" name="u" value={u} />
      <input type="hidden" name="k" value={k} />
      <input type="hidden" name="t" value={t} />
      <SubmitButton variant="danger" pendingLabel="Stopping…">
        Stop these reminders
      </SubmitButton>
    </form>
  );
}
