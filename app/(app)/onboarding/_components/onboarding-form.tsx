"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { FormMessage, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { saveOnboardingAction } from "../actions";

interface Group {
  issuer: string;
  items: { slug: string; label: string; kind: string }[];
}

export function OnboardingForm({
  groups,
  initial,
}: {
  groups: Group[];
  initial: { held: Record<string, string> };
}) {
  const [state, action] = useActionState(
    saveOnboardingAction,
    undefined as ActionResult | undefined,
  );
  const [checked, setChecked] = useState<Record<string, boolean>>(
    Object.fromEntries(Object.keys(initial.held).map((slug) => [slug, true])),
  );
  const errors = state && !state.ok ? state.errors : undefined;

  return (
    <form action={action} className="space-y-8">
      <FormMessage message={state && !state.ok ? state.message : undefined} />
      {groups.map((group) => (
        <fieldset key={group.issuer} className="rounded-lg border border-border bg-surface p-4">
          <legend className="px-1 text-sm font-semibold">{group.issuer}</legend>
          <ul className="divide-y divide-border">
            {group.items.map((item) => {
              const dateId = `earnedOn:${item.slug}`;
              const dateError = errors?.[dateId]?.[0];
              return (
                <li
                  key={item.slug}
                  className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between"
                >
                  <label className="flex min-h-11 items-center gap-3">
                    <input
                      type="checkbox"
                      name="held"
                      value={item.slug}
                      checked={Boolean(checked[item.slug])}
                      onChange={(event) =>
                        setChecked((current) => ({ ...current, [item.slug]: event.target.checked }))
                      }
                      className="h-5 w-5 accent-[var(--color-accent)]"
                    />
                    <span>{item.label}</span>
                  </label>
                  {checked[item.slug] ? (
                    <div className="flex flex-col sm:items-end">
                      <label htmlFor={dateId} className="text-xs text-muted">
                        {item.kind === "exam"
                          ? "Passed on"
                          : item.kind === "degree"
                            ? "Completed on"
                            : "Earned on"}
                      </label>
                      <input
                        id={dateId}
                        name={dateId}
                        type="date"
                        defaultValue={initial.held[item.slug] ?? ""}
                        aria-invalid={dateError ? true : undefined}
                        aria-describedby={dateError ? `${dateId}-error` : undefined}
                        className={`${inputClasses} w-44`}
                      />
                      {dateError ? (
                        <p id={`${dateId}-error`} className="text-sm text-danger">
                          {dateError}
                        </p>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Saving…">Save and continue</SubmitButton>
        <Link
          href="/dashboard"
          className="inline-flex min-h-11 items-center px-2 text-sm text-muted underline underline-offset-2"
        >
          Skip for now
        </Link>
      </div>
    </form>
  );
}
