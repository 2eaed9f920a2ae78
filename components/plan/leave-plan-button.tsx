"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";

/** Leaving a path, behind a confirmation. The action arrives as a prop (components/ owns no route). */
export function LeavePlanButton({
  plan,
  leave: leaveAction,
}: {
  plan: { id: string; title: string };
  leave: (previous: ActionResult | undefined, form: FormData) => Promise<ActionResult>;
}) {
  const [open, setOpen] = useState(false);
  const [state, leave] = useActionState(leaveAction, undefined as ActionResult | undefined);
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
