"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { FieldShell, FormMessage, inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { useDialogForm } from "@/components/ui/use-dialog-form";
import type { ActionResult } from "@/lib/action-result";
import { formatCalendarDate } from "@/lib/format";
import type {
  HeldEditorDerived,
  HeldEditorGroup,
  HeldEditorSpell,
} from "@/lib/upkeep/held-editor-view";

type FormAction = (previous: unknown, input?: FormData) => Promise<ActionResult>;
type ObjectAction = (previous: unknown, input?: Record<string, unknown>) => Promise<ActionResult>;

const STATUS_TEXT = { active: "Active", lapsed: "Lapsed", ended: "Ended" } as const;
const STATUS_TONE = {
  active: "bg-success-soft text-success",
  lapsed: "bg-danger-soft text-danger",
  ended: "bg-surface-2 text-muted",
} as const;

/**
 * What the user holds, as dated spells: add, edit, end (a status and a last day), remove a
 * mistake. A credential held again after a lapse is a new spell; both stay. Credentials earned
 * through a plan's exams are listed as such (they come from the plan, not from here). The same
 * editor is shown in Settings and in onboarding; its actions arrive as props.
 */
export function HeldCredentialsEditor({
  spells,
  derived,
  groups,
  locale,
  addAction,
  updateAction,
  removeAction,
}: {
  spells: HeldEditorSpell[];
  derived: HeldEditorDerived[];
  groups: HeldEditorGroup[];
  locale: string;
  addAction: FormAction;
  updateAction: FormAction;
  removeAction: ObjectAction;
}) {
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, locale) : "date unknown");
  const { run, pending } = useActionRunner();
  return (
    <div className="space-y-4" data-testid="held-editor">
      {spells.length === 0 && derived.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-surface p-4 text-sm text-muted">
          Nothing yet. Add the credentials, exams and degrees you hold, with the date you earned
          each: renewal cycles are counted from those dates.
        </p>
      ) : (
        <ul className="divide-y divide-border rounded-lg border border-border bg-surface">
          {spells.map((spell) => (
            <li key={spell.id} className="space-y-2 p-4" data-testid={`held-${spell.slug}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium">{spell.label}</p>
                  <p className="text-sm text-muted">
                    {spell.body} · {spell.kind === "exam" ? "passed" : "earned"}{" "}
                    {date(spell.earnedOn)}
                    {spell.endedOn ? ` · until ${date(spell.endedOn)}` : ""}
                  </p>
                </div>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE[spell.status]}`}
                >
                  {STATUS_TEXT[spell.status]}
                </span>
              </div>
              <CycleList cycles={spell.cycles} />
              <div className="flex flex-wrap gap-2">
                <EditSpell spell={spell} action={updateAction} />
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => {
                    if (
                      window.confirm(
                        `Remove ${spell.label} (${date(spell.earnedOn)})? To keep its history, edit it and set it lapsed or ended instead.`,
                      )
                    ) {
                      run(removeAction, { spellId: spell.id });
                    }
                  }}
                >
                  Remove
                </Button>
              </div>
            </li>
          ))}
          {derived.map((item) => (
            <li
              key={`plan-${item.slug}`}
              className="space-y-2 p-4"
              data-testid={`held-${item.slug}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium">{item.label}</p>
                  <p className="text-sm text-muted">
                    {item.body} · earned {date(item.earnedOn)} · from your exams and milestones
                  </p>
                </div>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_TONE.active}`}
                >
                  Active
                </span>
              </div>
              <CycleList cycles={item.cycles} />
              <p className="text-xs text-muted">
                Earned through your plan: it counts from the day its last exam was passed. To end it
                or change its date, add it here with its dates.
              </p>
            </li>
          ))}
        </ul>
      )}
      <AddSpell groups={groups} action={addAction} />
    </div>
  );
}

function CycleList({ cycles }: { cycles: { text: string; href: string }[] }) {
  if (cycles.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {cycles.map((cycle) => (
        <li key={cycle.text}>
          <a
            href={cycle.href}
            className="inline-flex min-h-11 items-center text-accent underline underline-offset-2 sm:min-h-0"
          >
            {cycle.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

function SpellFields({
  idPrefix,
  errors,
  values,
}: {
  idPrefix: string;
  errors: Record<string, string[] | undefined> | undefined;
  values: { earnedOn: string; status: string; endedOn: string };
}) {
  const [status, setStatus] = useState(values.status || "active");
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <FieldShell id={`${idPrefix}-earnedOn`} label="Earned or passed on" errors={errors?.earnedOn}>
        {(describedBy, invalid) => (
          <input
            id={`${idPrefix}-earnedOn`}
            name="earnedOn"
            type="date"
            defaultValue={values.earnedOn}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClasses}
          />
        )}
      </FieldShell>
      <FieldShell id={`${idPrefix}-status`} label="Status" errors={errors?.status}>
        {(describedBy, invalid) => (
          <select
            id={`${idPrefix}-status`}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClasses}
          >
            <option value="active">Active (I hold it)</option>
            <option value="lapsed">Lapsed (not renewed)</option>
            <option value="ended">Ended (given up)</option>
          </select>
        )}
      </FieldShell>
      {status === "active" ? null : (
        <FieldShell id={`${idPrefix}-endedOn`} label="Last day held" errors={errors?.endedOn}>
          {(describedBy, invalid) => (
            <input
              id={`${idPrefix}-endedOn`}
              name="endedOn"
              type="date"
              defaultValue={values.endedOn}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              className={inputClasses}
            />
          )}
        </FieldShell>
      )}
    </div>
  );
}

function AddSpell({ groups, action }: { groups: HeldEditorGroup[]; action: FormAction }) {
  const [state, formAction] = useActionState(action, undefined as ActionResult | undefined);
  const failure = state && !state.ok ? state : undefined;
  // A new key after each success empties the form for the next entry.
  const [round, setRound] = useState(0);
  const [seen, setSeen] = useState<ActionResult | undefined>(undefined);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setRound((n) => n + 1);
  }
  return (
    <form
      key={round}
      action={formAction}
      className="space-y-3 rounded-lg border border-border bg-surface p-4"
      aria-labelledby="add-held-heading"
    >
      <h3 id="add-held-heading" className="font-semibold">
        Add a credential, exam or degree
      </h3>
      <FormMessage message={state?.message} tone={state?.ok ? "success" : "danger"} />
      <FieldShell
        id="held-requirement"
        label="What you hold"
        errors={failure?.errors?.requirementSlug}
      >
        {(describedBy, invalid) => (
          <select
            id="held-requirement"
            name="requirementSlug"
            defaultValue={failure?.values?.requirementSlug ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={inputClasses}
          >
            <option value="">Choose…</option>
            {groups.map((group) => (
              <optgroup key={group.issuer} label={group.issuer}>
                {group.items.map((item) => (
                  <option key={item.slug} value={item.slug}>
                    {item.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </FieldShell>
      <SpellFields
        idPrefix="held-new"
        errors={failure?.errors}
        values={{
          earnedOn: failure?.values?.earnedOn ?? "",
          status: failure?.values?.status ?? "active",
          endedOn: failure?.values?.endedOn ?? "",
        }}
      />
      <SubmitButton pendingLabel="Adding…">Add</SubmitButton>
    </form>
  );
}

function EditSpell({ spell, action }: { spell: HeldEditorSpell; action: FormAction }) {
  const { open, setOpen, formAction, failure } = useDialogForm(action);
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      title={`Edit ${spell.label}`}
      description="Change its dates, or end it: set it lapsed or ended with the last day you held it. Earned again later? Add it again as a new entry."
      trigger={
        <Button type="button" variant="secondary" size="sm">
          Edit or end<span className="sr-only"> {spell.label}</span>
        </Button>
      }
    >
      <form action={formAction} className="space-y-4">
        <FormMessage message={failure?.message} />
        <input type="hidden" name="spellId" value={spell.id} />
        <input type="hidden" name="version" value={spell.version} />
        <SpellFields
          idPrefix={`held-${spell.id}`}
          errors={failure?.errors}
          values={{
            earnedOn: failure?.values?.earnedOn ?? spell.earnedOn ?? "",
            status: failure?.values?.status ?? spell.status,
            endedOn: failure?.values?.endedOn ?? spell.endedOn ?? "",
          }}
        />
        <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
      </form>
    </Dialog>
  );
}
