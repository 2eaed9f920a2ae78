"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { authorizeEmailChangeAction, revertEmailChangeAction } from "../actions";

const ACTIONS = { revert: revertEmailChangeAction, authorize: authorizeEmailChangeAction };

/** One button that POSTs the link's token: opening the link (a GET) changes nothing. */
export function EmailLinkForm({
  kind,
  token,
  label,
}: {
  kind: keyof typeof ACTIONS;
  token: string;
  label: string;
}) {
  const [state, action] = useActionState(ACTIONS[kind], undefined as ActionResult | undefined);
  if (state?.ok) return <FormMessage message={state.message} tone="success" />;
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state?.message} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant={kind === "revert" ? "danger" : "primary"} pendingLabel="Working…">
        {label}
      </SubmitButton>
    </form>
  );
}
