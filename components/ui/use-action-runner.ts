"use client";

import { useTransition } from "react";
import { useToast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/action-result";

type Action<Data> = (
  previous: unknown,
  input?: Record<string, unknown>,
) => Promise<ActionResult<Data>>;

/** Runs a server action with a plain object, shows its outcome as a toast, exposes pending. */
export function useActionRunner() {
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  function run<Data>(
    action: Action<Data>,
    input: Record<string, unknown>,
    onDone?: (result: ActionResult<Data>) => void,
  ) {
    startTransition(async () => {
      const result = await action(undefined, input);
      toast(
        result.ok ? (result.message ?? "Saved.") : result.message,
        result.ok ? "success" : "danger",
      );
      onDone?.(result);
    });
  }
  return { run, pending };
}
