"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/action-result";

type Action = (state: ActionResult | undefined, form: FormData) => Promise<ActionResult>;

export interface ProfileFormOption {
  value: string;
  label: string;
}

export interface ProfileFormChoices {
  programAreas: ProfileFormOption[];
  awards: ProfileFormOption[];
  degrees: ProfileFormOption[];
  degreeFields: ProfileFormOption[];
  outsideCredentials: ProfileFormOption[];
}

const YES_NO: ProfileFormOption[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

const AREAS: { key: string; label: string }[] = [
  { key: "general", label: "General (abdomen, OB/GYN, small parts)" },
  { key: "cardiac", label: "Cardiac (echo)" },
  { key: "vascular", label: "Vascular" },
  { key: "breast", label: "Breast" },
  { key: "musculoskeletal", label: "Musculoskeletal (MSK)" },
  { key: "unspecified", label: "Area not stated" },
];

/**
 * The eligibility profile: education, experience by area, CE, other credentials. Everything is
 * optional and an empty answer means "not answered". Presentational: the save action arrives as
 * a prop.
 */
export function EligibilityProfileForm({
  action,
  initial,
  choices,
  splitPending,
  hoursPerFullTimeYear,
}: {
  action: Action;
  initial: Record<string, string>;
  choices: ProfileFormChoices;
  /** The old single "years of experience" is stored as "area not stated": ask to split it. */
  splitPending: boolean;
  hoursPerFullTimeYear: number;
}) {
  const [state, formAction] = useActionState(action, undefined);
  const failure = state && !state.ok ? state : undefined;
  const values = failure?.values ?? initial;
  const errors = failure?.errors ?? {};
  const v = (name: string) => values[name] ?? "";

  const field = (
    name: string,
    label: string,
    control: (props: { id: string; describedBy?: string; invalid: boolean }) => ReactNode,
    hint?: string,
  ) => {
    const id = `profile-${name.replace(/\./g, "-")}`;
    const error = errors[name]?.[0];
    const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].join(" ").trim();
    return (
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        {control({ id, describedBy: describedBy || undefined, invalid: Boolean(error) })}
        {hint ? (
          <p id={`${id}-hint`} className="text-xs text-muted">
            {hint}
          </p>
        ) : null}
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-danger empty:hidden">
          {error}
        </p>
      </div>
    );
  };

  const select = (name: string, label: string, options: ProfileFormOption[], hint?: string) =>
    field(
      name,
      label,
      ({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          defaultValue={v(name)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={inputClasses}
        >
          <option value="">Not answered</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ),
      hint,
    );

  const input = (
    name: string,
    label: string,
    type: "number" | "date",
    hint?: string,
    className = "max-w-44",
  ) =>
    field(
      name,
      label,
      ({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type={type === "number" ? "text" : "date"}
          inputMode={type === "number" ? "decimal" : undefined}
          defaultValue={v(name)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          className={`${inputClasses} ${className}`}
        />
      ),
      hint,
    );

  const areasChosen = new Set(v("prog.areas").split(",").filter(Boolean));
  const fieldset = "space-y-4 rounded-lg border border-border bg-surface p-4";
  const legend = "px-1 text-base font-semibold";

  return (
    <form action={formAction} className="space-y-6" aria-label="Eligibility profile">
      <FormMessage message={failure?.message} />
      {state?.ok && state.message ? (
        <p role="status" className="rounded-md bg-success-soft p-3 text-sm text-success">
          {state.message}
        </p>
      ) : null}
      <div
        key={failure ? JSON.stringify(failure.values ?? {}) : initial.version}
        className="space-y-6"
      >
        <input type="hidden" name="version" value={initial.version ?? "0"} />
        <p className="text-sm text-muted">
          Every question is optional: leave one empty and we say &ldquo;can&apos;t tell&rdquo;
          rather than guess. If you only want to tick what you hold, you can skip this part.
        </p>

        <fieldset className={fieldset}>
          <legend className={legend}>Education</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {select("prog.status", "Sonography, echo or vascular program", [
              { value: "none", label: "None" },
              { value: "graduated", label: "Graduated" },
              { value: "enrolled", label: "Current student" },
            ])}
            {input("prog.date", "Graduation date (expected, if a student)", "date")}
            {select("prog.accredited", "Programmatically accredited (e.g. CAAHEP)?", YES_NO)}
            {select("prog.award", "What it awarded", choices.awards)}
          </div>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Its accredited concentrations</legend>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {choices.programAreas.map((area) => (
                <label key={area.value} className="flex min-h-11 items-center gap-3 text-sm">
                  <input
                    type="checkbox"
                    name="prog.areas"
                    value={area.value}
                    defaultChecked={areasChosen.has(area.value)}
                    className="h-5 w-5 shrink-0 accent-[var(--color-accent)]"
                  />
                  {area.label}
                </label>
              ))}
            </div>
            <p className="text-sm text-danger" aria-live="polite">
              {errors["prog.areas"]?.[0]}
            </p>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            {select(
              "edu.allied2y",
              "Completed a two-year allied-health program in a patient-care field?",
              YES_NO,
              "Radiography, respiratory therapy, nursing, OT, PT, sonography …",
            )}
            {select("edu.degree", "Highest degree", choices.degrees)}
            {select("edu.field", "Subject of that degree", choices.degreeFields)}
            {input("edu.credits", "Semester credits earned", "number", "Quarter credits × 2/3.")}
            {select("edu.healthSci", "Graduate of a health-science program (CCI's wording)?", [
              ...YES_NO,
              { value: "unknown", label: "I don't know" },
            ])}
            {select("edu.highSchool", "High-school diploma or GED?", YES_NO)}
            {select("edu.physician", "Physician (MD, DO, MBBS)?", YES_NO)}
          </div>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>Clinical ultrasound experience, by area</legend>
          <p className="text-sm text-muted">
            Paid work, as months full time or as paid hours (ARDMS counts hours:{" "}
            {hoursPerFullTimeYear.toLocaleString("en-US")} paid hours count as 12 months full time).
            Filling one area answers the others with zero.
          </p>
          {splitPending ? (
            <p
              className="rounded-md border border-warning bg-warning-soft p-3 text-sm"
              data-testid="split-experience"
            >
              Your earlier answer, {v("exp.unspecified.months") || "some"} months of clinical
              sonography, has no area. Please split it by area below, then clear &ldquo;Area not
              stated&rdquo;: some exams count only work in their own area.
            </p>
          ) : null}
          <div className="space-y-3">
            {AREAS.map((area) => (
              <fieldset
                key={area.key}
                className="grid gap-3 sm:grid-cols-[1fr_9rem_9rem] sm:items-end"
              >
                <legend className="text-sm font-medium sm:mb-3">{area.label}</legend>
                {input(`exp.${area.key}.months`, `Months full time`, "number", undefined, "")}
                {input(`exp.${area.key}.hours`, `Paid hours`, "number", undefined, "")}
              </fieldset>
            ))}
          </div>
          <div className="grid gap-4 sm:grid-cols-3">
            {input("exp.studies.cardiac", "Cardiac studies (career)", "number")}
            {input("exp.studies.vascular", "Vascular studies (career)", "number")}
            {input("exp.studies.congenital", "Congenital studies (career)", "number")}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {input("exp.leadYears", "Years in a lead, supervisory or management role", "number")}
            {select(
              "exp.craDomains",
              "Responsible for all five domains (asset, fiscal, HR, operations, communication)?",
              YES_NO,
            )}
            {input(
              "exp.itMonths",
              "Months as a credentialed imaging, healthcare IT or informatics professional",
              "number",
              "ABII counts 12 months a point for CIIP.",
            )}
            {input("exp.echoYears", "Years as a registered echo sonographer", "number")}
          </div>
        </fieldset>

        <fieldset className={fieldset}>
          <legend className={legend}>CE, other credentials and ARDMS details</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {input("ce.hours", "Imaging informatics CE hours", "number")}
            {input("ce.date", "Date of the latest of them", "date")}
          </div>
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Credentials from outside this planner</legend>
            <ul className="divide-y divide-border">
              {choices.outsideCredentials.map((c) => (
                <li
                  key={c.value}
                  className="flex flex-col gap-2 py-1 sm:flex-row sm:items-center sm:justify-between"
                >
                  <label className="flex min-h-11 items-center gap-3 text-sm">
                    <input
                      type="checkbox"
                      name={`other.${c.value}`}
                      value="on"
                      defaultChecked={v(`other.${c.value}`) === "on"}
                      className="h-5 w-5 shrink-0 accent-[var(--color-accent)]"
                    />
                    {c.label}
                  </label>
                  {input(`other.${c.value}.date`, `Earned on (${c.label.split(",")[0]})`, "date")}
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            {select(
              "fe.countsToward",
              "Your FE (fetal echo) pass counts toward",
              [
                { value: "ardms-rdms", label: "RDMS" },
                { value: "ardms-rdcs", label: "RDCS" },
              ],
              "FE counts toward one ARDMS credential only, chosen when you applied.",
            )}
            {select(
              "ardms.upi",
              "Was your ARDMS credential earned through the old UPI physics exam?",
              YES_NO,
              "If not, holding an ARDMS credential means you passed SPI.",
            )}
            {input("arrt.vs.first", "ARRT vascular log: first procedure counted", "date")}
            {select("arrt.vs.complete", "ARRT vascular log complete?", YES_NO)}
            {input("arrt.bs.first", "ARRT breast log: first procedure counted", "date")}
            {select("arrt.bs.complete", "ARRT breast log complete?", YES_NO)}
          </div>
        </fieldset>
      </div>
      <SubmitButton pendingLabel="Saving…">Save profile</SubmitButton>
    </form>
  );
}
