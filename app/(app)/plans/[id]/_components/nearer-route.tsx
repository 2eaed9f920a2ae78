"use client";

import { switchToNearerRouteAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { useActionRunner } from "@/components/ui/use-action-runner";

/** "A nearer route is available": the plan is never re-seeded; switching keeps all progress. */
export function NearerRoute({ planId, version }: { planId: string; version: number }) {
  const { run, pending } = useActionRunner();
  return (
    <section
      aria-labelledby="nearer-route-heading"
      className="space-y-2 rounded-lg border border-accent bg-accent-soft p-4"
    >
      <h2 id="nearer-route-heading" className="font-semibold">
        A nearer route is available
      </h2>
      <p className="text-sm">
        From your profile, another choice in this path gets you there sooner. Switching changes only
        the choices; everything you have done stays done.
      </p>
      <Button
        type="button"
        size="sm"
        disabled={pending}
        onClick={() => run(switchToNearerRouteAction, { planId, version })}
      >
        Switch to the nearer route
      </Button>
    </section>
  );
}
