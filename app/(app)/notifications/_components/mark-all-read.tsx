"use client";

import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { markNotificationsReadAction } from "../actions";

export function MarkAllRead() {
  const { run, pending } = useActionRunner();
  return (
    <Button
      type="button"
      variant="secondary"
      size="sm"
      disabled={pending}
      aria-busy={pending}
      onClick={() => run(markNotificationsReadAction, {})}
    >
      {pending ? "Marking…" : "Mark all as read"}
    </Button>
  );
}
