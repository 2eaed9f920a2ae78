"use client";

import { useState } from "react";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { addEligibilityMilestoneAction } from "../actions";

/** "Add as a milestone" for one missing piece; once added it says so. */
export function AddMilestoneButton({
  requirementSlug,
  targetSlug,
  label,
  added,
}: {
  requirementSlug: string;
  targetSlug: string;
  label: string;
  added: boolean;
}) {
  const { run, pending } = useActionRunner();
  const [done, setDone] = useState(added);
  if (done) {
    return <span className="text-sm text-muted">In your milestones</span>;
  }
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        run(addEligibilityMilestoneAction, { requirementSlug, targetSlug }, (result) => {
          if (result.ok) setDone(true);
        })
      }
      className="inline-flex min-h-11 items-center rounded-md border border-accent px-3 text-sm font-medium text-accent hover:bg-accent-soft disabled:opacity-60"
    >
      {pending ? "Adding…" : `Add “${label}” as a milestone`}
    </button>
  );
}
