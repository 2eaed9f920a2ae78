"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormMessage } from "./field";
import { SubmitButton } from "./submit-button";

type FormAction = (previous: unknown, input?: FormData) => Promise<ActionResult<unknown>>;

/**
 * A form over one server action (which arrives as a prop): the outcome above the fields, each
 * field's errors given to `children`, a pending state on the button.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  variant = "primary",
  className = "space-y-4",
  children,
  after,
}: {
  action: FormAction;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  children?: (
    errors: Record<string, string[] | undefined>,
    values: Record<string, string>,
  ) => ReactNode;
  /** Shown after a success, with the action's data (e.g. a link to copy). */
  after?: (data: unknown) => ReactNode;
}) {
  const [state, formAction] = useActionState(
    action,
    undefined as ActionResult<unknown> | undefined,
  );
  const errors = state && !state.ok ? (state.errors ?? {}) : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className={className} noValidate>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      {children?.(errors, values)}
      <SubmitButton variant={variant} pendingLabel={pendingLabel}>
        {submitLabel}
      </SubmitButton>
      {state?.ok && after ? after(state.data) : null}
    </form>
  );
}
