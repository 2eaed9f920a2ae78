"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
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
              <LeavePlanButton plan={plan} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function LeavePlanButton({ plan }: { plan: Pick<PlanRow, "id" | "title"> }) {
  const [open, setOpen] = useState(false);
  const [state, leave] = useActionState(leavePlanAction, undefined as ActionResult | undefined);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Leave the ${plan.title} path?`}
      description="The plan and its custom milestones are removed. Your progress on exams, credentials and degrees stays and still counts in your other paths."
      trigger={
        <Button type="button" variant="ghost" size="sm">
          Leave path
        </Button>
      }
    >
      <form action={leave} className="space-y-4">
        <FormMessage message={state && !state.ok ? state.message : undefined} />
        <input type="hidden" name="planId" value={plan.id} />
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button type="button" variant="secondary">
              Keep it
            </Button>
          </DialogClose>
          <SubmitButton variant="danger" pendingLabel="Leaving…">
            Leave path
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
