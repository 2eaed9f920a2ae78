"use client";

import { choosePickAction } from "@/app/(app)/plans/actions";
import type { ChoicePoint } from "@/lib/plan/types";
import { StatusBadge } from "@/components/plan/status-badge";
import { useActionRunner } from "@/components/ui/use-action-runner";

/** A "one of" choice (AE, PE or FE): pick or change; progress on every option is kept. */
export function ChoicePicker({
  choice,
  planId,
  planVersion,
  optionTitles,
}: {
  choice: ChoicePoint;
  planId: string;
  planVersion: number;
  optionTitles: Record<string, string>;
}) {
  const { run, pending } = useActionRunner();
  const headingId = `choice-${choice.groupKey}`;
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className={`rounded-lg border p-3 ${choice.chosen ? "border-border bg-surface" : "border-accent bg-accent-soft"}`}
      style={{ marginLeft: `${choice.depth * 1.25}rem` }}
    >
      <p id={headingId} className="text-sm font-medium">
        {choice.chosen ? "Your choice" : "Choose one"}
        {choice.label && choice.label !== "One of" ? `: ${choice.label}` : ""}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {choice.options.map((option) => {
          const selected = choice.chosen === option.slug;
          return (
            <button
              key={option.slug}
              type="button"
              disabled={pending || selected}
              aria-pressed={selected}
              onClick={() =>
                run(choosePickAction, {
                  planId,
                  groupKey: choice.groupKey,
                  requirementSlug: option.slug,
                  version: planVersion,
                })
              }
              className={`inline-flex min-h-11 items-center gap-2 rounded-md border px-3 text-sm ${
                selected
                  ? "border-accent bg-surface font-semibold text-fg"
                  : "border-border bg-surface hover:bg-surface-2"
              }`}
            >
              {selected ? <span aria-hidden="true">●</span> : <span aria-hidden="true">○</span>}
              {optionTitles[option.slug] ?? option.title}
              {option.status !== "not_started" ? <StatusBadge status={option.status} /> : null}
            </button>
          );
        })}
      </div>
      {choice.chosen ? (
        <p className="mt-2 text-xs text-muted">
          You can change this later; progress on every option is kept.
        </p>
      ) : null}
    </div>
  );
}
