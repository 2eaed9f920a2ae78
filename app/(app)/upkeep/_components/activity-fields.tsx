"use client";

import { FieldShell, TextField, inputClasses } from "@/components/ui/field";
import { CE_CATEGORIES, CRA_DOMAINS } from "@/lib/catalog/upkeep";
import { BODY_CREDIT_FIELDS, CE_LIMITS } from "@/lib/upkeep/limits";

export type ActivityValues = Partial<Record<string, string>>;
type Errors = Record<string, string[] | undefined> | undefined;

/** The CE activity's fields: the short form first, the rest folded under "More details". */
export function ActivityFields({
  idPrefix,
  values,
  errors,
  today,
  provider,
  onProviderChange,
}: {
  idPrefix: string;
  values: ActivityValues;
  errors: Errors;
  today: string;
  provider?: string;
  onProviderChange?: (value: string) => void;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const moreOpen = Boolean(
    values.craDomain ||
    values.notes ||
    BODY_CREDIT_FIELDS.some(({ field }) => values[field]) ||
    errors?.craDomain ||
    errors?.notes ||
    BODY_CREDIT_FIELDS.some(({ field }) => errors?.[field]),
  );
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={id("completedOn")}
          name="completedOn"
          label="Completed on"
          type="date"
          max={today}
          required
          defaultValue={values.completedOn ?? today}
          errors={errors?.completedOn}
        />
        <TextField
          id={id("credits")}
          name="credits"
          label="Credits"
          inputMode="decimal"
          autoComplete="off"
          placeholder="e.g. 1.5"
          required
          maxLength={12}
          defaultValue={values.credits ?? ""}
          errors={errors?.credits}
        />
      </div>
      <TextField
        id={id("title")}
        name="title"
        label="Title"
        required
        maxLength={CE_LIMITS.title}
        defaultValue={values.title ?? ""}
        errors={errors?.title}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={id("provider")}
          name="provider"
          label="Provider"
          maxLength={CE_LIMITS.provider}
          autoComplete="organization"
          {...(onProviderChange
            ? { value: provider ?? "", onChange: (event) => onProviderChange(event.target.value) }
            : { defaultValue: values.provider ?? "" })}
          errors={errors?.provider}
        />
        <FieldShell id={id("category")} label="Category" errors={errors?.category}>
          {(describedBy, invalid) => (
            <select
              id={id("category")}
              name="category"
              required
              defaultValue={values.category ?? "general"}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClasses}
            >
              {CE_CATEGORIES.map((category) => (
                <option key={category.value} value={category.value}>
                  {category.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
      </div>
      <details open={moreOpen} className="rounded-md border border-border p-3">
        <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">
          More details: CRA domain, credits a body grants, notes
        </summary>
        <div className="mt-2 space-y-3">
          <FieldShell
            id={id("craDomain")}
            label="CRA domain (AHRA CRA holders)"
            errors={errors?.craDomain}
          >
            {(describedBy, invalid) => (
              <select
                id={id("craDomain")}
                name="craDomain"
                defaultValue={values.craDomain ?? ""}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={inputClasses}
              >
                <option value="">None</option>
                {CRA_DOMAINS.map((domain) => (
                  <option key={domain.value} value={domain.value}>
                    {domain.label}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Where a body grants a different amount</legend>
            <p className="text-sm text-muted">
              Leave empty when a body grants what the certificate shows. ARRT may grant fewer, and
              only ARRT&apos;s Sonography share counts toward its 16; 0 means not accepted.
            </p>
            <div className="grid gap-3 sm:grid-cols-3">
              {BODY_CREDIT_FIELDS.map(({ field, label }) => (
                <TextField
                  key={field}
                  id={id(field)}
                  name={field}
                  label={label}
                  inputMode="decimal"
                  autoComplete="off"
                  maxLength={12}
                  defaultValue={values[field] ?? ""}
                  errors={errors?.[field]}
                />
              ))}
            </div>
          </fieldset>
          <FieldShell id={id("notes")} label="Notes" errors={errors?.notes}>
            {(describedBy, invalid) => (
              <textarea
                id={id("notes")}
                name="notes"
                maxLength={CE_LIMITS.notes}
                defaultValue={values.notes ?? ""}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                className={`${inputClasses} min-h-20`}
              />
            )}
          </FieldShell>
        </div>
      </details>
    </div>
  );
}
