"use client";

import { useActionRunner } from "@/components/ui/use-action-runner";
import { removeEligibilityMilestoneAction } from "../actions";

export function RemoveMilestoneButton({ id, label }: { id: string; label: string }) {
  const { run, pending } = useActionRunner();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => run(removeEligibilityMilestoneAction, { id })}
      className="inline-flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-2 disabled:opacity-60"
      aria-label={`Remove ${label} from your milestones`}
    >
      Remove
    </button>
  );
}
