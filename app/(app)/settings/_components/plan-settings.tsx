"use client";

import { Link } from "@/components/ui/link";
import { useActionState } from "react";
import { LeavePlanButton } from "@/components/plan/leave-plan-button";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { leavePlanAction, makePrimaryAction } from "@/app/(app)/plans/actions";

interface PlanRow {
  id: string;
  title: string;
  isPrimary: boolean;
}

export function PlanSettings({ plans }: { plans: PlanRow[] }) {
  const [primaryState, makePrimary] = useActionState(
    makePrimaryAction,
    undefined as ActionResult | undefined,
  );
  return (
    <div className="space-y-3">
      <FormMessage message={primaryState?.message} tone={primaryState?.ok ? "success" : "danger"} />
      <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
        {plans.map((plan) => (
          <li
            key={plan.id}
            className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between"
          >
            <div>
              <Link
                href={`/plans/${plan.id}`}
                className="font-medium text-fg underline-offset-2 hover:underline"
              >
                {plan.title}
              </Link>
              {plan.isPrimary ? (
                <span className="ml-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent">
                  Primary
                </span>
              ) : null}
            </div>
            <div className="flex flex-wrap gap-2">
              {!plan.isPrimary ? (
                <form action={makePrimary}>
                  <input type="hidden" name="planId" value={plan.id} />
                  <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…">
                    Make primary
                  </SubmitButton>
                </form>
              ) : null}
              <LeavePlanButton plan={plan} leave={leavePlanAction} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
