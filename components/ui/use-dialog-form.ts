"use client";

import { useActionState, useState } from "react";
import type { ActionResult } from "@/lib/action-result";

type FormAction = (previous: unknown, input?: FormData) => Promise<ActionResult>;

/**
 * A form inside a dialog: the dialog closes when the action succeeds and stays open with the
 * failure (its message and field errors) when it does not, so nothing typed is lost.
 */
export function useDialogForm(action: FormAction) {
  const [open, setOpen] = useState(false);
  const [state, formAction] = useActionState(
    async (previous: unknown, input?: FormData) => {
      const result = await action(previous, input);
      if (result.ok) setOpen(false);
      return result;
    },
    undefined as ActionResult | undefined,
  );
  const failure = state && !state.ok ? state : undefined;
  return { open, setOpen, formAction, failure };
}
