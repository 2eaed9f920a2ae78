"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { confirmReauthenticationAction } from "../../link-actions";

export function ConfirmItIsYouForm({ token }: { token: string }) {
  const [state, action] = useActionState(
    confirmReauthenticationAction,
    undefined as ActionResult | undefined,
  );
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full" pendingLabel="Confirming…">
        Confirm
      </SubmitButton>
    </form>
  );
}
