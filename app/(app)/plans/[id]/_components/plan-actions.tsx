"use client";

import { leavePlanAction, makePrimaryAction } from "@/app/(app)/plans/actions";
import { LeavePlanButton } from "@/components/plan/leave-plan-button";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";

export function PlanActions({
  planId,
  title,
  isPrimary,
}: {
  planId: string;
  title: string;
  isPrimary: boolean;
}) {
  const { run, pending } = useActionRunner();
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      {!isPrimary ? (
        <Button
          type="button"
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() => run(makePrimaryAction, { planId })}
        >
          Make primary
        </Button>
      ) : null}
      <Button type="button" variant="ghost" size="sm" onClick={() => window.print()}>
        Print
      </Button>
      <LeavePlanButton plan={{ id: planId, title }} leave={leavePlanAction} />
    </div>
  );
}
