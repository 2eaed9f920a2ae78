"use client";

import type { ActionResult } from "@/lib/action-result";
import { Button } from "./button";
import { useActionRunner } from "./use-action-runner";

/**
 * A small secondary button that runs one server action (which arrives as a prop) with a fixed
 * input, its outcome shown as a toast: "Revoke", "Cancel", "Cancel request".
 */
export function ActionButton({
  action,
  input,
  label,
  pendingLabel,
  ariaLabel,
}: {
  action: (previous: unknown, input?: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  pendingLabel: string;
  /** What the button does to what, when its text alone is ambiguous in a list. */
  ariaLabel?: string;
}) {
  const { run, pending } = useActionRunner();
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      disabled={pending}
      aria-busy={pending}
      aria-label={ariaLabel}
      onClick={() => run(action, input)}
    >
      {pending ? pendingLabel : label}
    </Button>
  );
}
