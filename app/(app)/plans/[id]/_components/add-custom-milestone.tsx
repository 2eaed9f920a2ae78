"use client";

import { useActionState, useEffect, useRef } from "react";
import { addCustomMilestoneAction } from "@/app/(app)/plans/actions";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/action-result";
import { MILESTONE_LIMITS } from "@/lib/plan/limits";

export function AddCustomMilestone({ planId }: { planId: string }) {
  const [state, action] = useActionState(
    addCustomMilestoneAction,
    undefined as ActionResult | undefined,
  );
  const form = useRef<HTMLFormElement>(null);
  const toast = useToast();
  useEffect(() => {
    if (state?.ok) {
      form.current?.reset();
      toast(state.message ?? "Added.");
    }
  }, [state, toast]);
  const errors = state && !state.ok ? state.errors : undefined;
  return (
    <form ref={form} action={action} className="space-y-3" noValidate>
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      <input type="hidden" name="planId" value={planId} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-end">
        <TextField
          id="custom-title"
          name="title"
          label="Your own milestone"
          maxLength={MILESTONE_LIMITS.title}
          placeholder="e.g. Shadow the echo lab lead"
          errors={errors?.title}
        />
        <TextField
          id="custom-target"
          name="targetDate"
          label="Target date (optional)"
          type="date"
          errors={errors?.targetDate}
        />
        <SubmitButton variant="secondary" pendingLabel="Adding…">
          Add
        </SubmitButton>
      </div>
    </form>
  );
}
