"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { startPathAction } from "@/app/(app)/plans/actions";

export function StartPathForm({
  pathSlug,
  hasOtherPlans,
}: {
  pathSlug: string;
  hasOtherPlans: boolean;
}) {
  const [state, action] = useActionState(startPathAction, undefined as ActionResult | undefined);
  return (
    <form action={action} className="space-y-4">
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="pathSlug" value={pathSlug} />
      {hasOtherPlans ? (
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name="makePrimary"
            value="true"
            className="h-5 w-5 shrink-0 accent-[var(--color-accent)]"
          />
          Make this my primary path
        </label>
      ) : null}
      <SubmitButton pendingLabel="Creating your plan…">Start this path</SubmitButton>
    </form>
  );
}
