import { FieldShell, inputClasses } from "@/components/ui/field";
import type { ShareScope } from "@/lib/sharing/scope";

/**
 * The same share choices for a link and for an organization: which plans (progress and dates
 * always come with a plan), and upkeep status, notes, evidence and certificates only when ticked.
 */
export function ShareFields({
  idPrefix,
  plans,
  scope,
  errors,
  allowNone = true,
}: {
  idPrefix: string;
  plans: readonly { id: string; title: string }[];
  scope?: ShareScope;
  errors?: Record<string, string[] | undefined>;
  allowNone?: boolean;
}) {
  const planValue =
    scope === undefined
      ? allowNone
        ? "none"
        : "all"
      : Array.isArray(scope.plans)
        ? (scope.plans[0] ?? "none")
        : scope.plans;
  const box = (
    name: "upkeep" | "notes" | "evidence" | "certificates",
    label: string,
    hint: string,
  ) => (
    <label className="flex min-h-11 items-start gap-3 text-sm">
      <input
        type="checkbox"
        name={name}
        defaultChecked={scope?.[name] ?? false}
        className="mt-0.5 h-5 w-5 shrink-0 accent-[var(--color-accent)]"
      />
      <span>
        <span className="font-medium">{label}</span>
        <span className="block text-muted">{hint}</span>
      </span>
    </label>
  );
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">What to share</legend>
      <FieldShell id={`${idPrefix}-plan`} label="Plans (progress and dates)" errors={errors?.plan}>
        {(describedBy, invalid) => (
          <select
            id={`${idPrefix}-plan`}
            name="plan"
            defaultValue={planValue}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClasses}
          >
            {allowNone ? <option value="none">No plans</option> : null}
            <option value="all">All my plans</option>
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                Only {plan.title}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      {box("upkeep", "Upkeep status", "CE cycles, what is missing, renewal dates.")}
      {box("notes", "Notes", "Your notes on shared milestones.")}
      {box("evidence", "Evidence", "Registry numbers, scores, links on shared milestones.")}
      {box("certificates", "Certificates", "CE certificate files (needs upkeep status).")}
    </fieldset>
  );
}
