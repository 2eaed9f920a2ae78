"use client";

import { useActionState, useEffect, useRef } from "react";
import {
  deleteCustomMilestoneAction,
  recordAttemptAction,
  toggleNotApplicableAction,
  updateCustomMilestoneAction,
  updateMilestoneAction,
} from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Link } from "@/components/ui/link";
import {
  FieldShell,
  FormMessage,
  TextAreaField,
  TextField,
  inputClasses,
} from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useToast } from "@/components/ui/toaster";
import { milestoneStatuses } from "@/lib/milestone-status";
import type { ActionResult } from "@/lib/action-result";
import { formatCalendarDate, formatDateTime } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/milestone-status";
import { MILESTONE_LIMITS } from "@/lib/plan/limits";
import type { MilestoneDetail, PlanMilestone } from "@/lib/plan/types";
import { useActionRunner } from "@/components/ui/use-action-runner";

const FIELD_LABELS: Record<string, string> = {
  status: "Status",
  targetDate: "Target date",
  examDate: "Exam date",
  completedDate: "Completed",
  registryNumber: "Registry number",
  score: "Score",
  certificateRef: "Certificate",
  evidenceUrl: "Link",
  notes: "Notes",
  attempt: "Exam attempt",
  created: "Created",
  title: "Name",
};

function describeValue(field: string, value: string | null): string {
  if (value === null) return "—";
  if (field === "status") return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
  if (field === "notes") return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return value;
}

/** Closes the dialog and toasts once an action succeeds. */
function useOutcome(state: ActionResult | undefined, onSuccess: () => void) {
  const toast = useToast();
  const seen = useRef(state);
  useEffect(() => {
    if (state && state !== seen.current && state.ok) {
      toast(state.message ?? "Saved.");
      onSuccess();
    }
    seen.current = state;
  }, [state, toast, onSuccess]);
}

export function MilestoneDialog({
  open,
  onOpenChange,
  milestone,
  planId,
  planVersion,
  locale,
  detail,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  milestone: PlanMilestone;
  planId: string;
  planVersion: number;
  locale: string;
  detail: MilestoneDetail;
}) {
  const isCustom = milestone.kind === "custom";
  const [state, save] = useActionState(
    isCustom ? updateCustomMilestoneAction : updateMilestoneAction,
    undefined as ActionResult | undefined,
  );
  const [attemptState, recordAttempt] = useActionState(
    recordAttemptAction,
    undefined as ActionResult | undefined,
  );
  const close = () => onOpenChange(false);
  useOutcome(state, close);
  useOutcome(attemptState, close);
  const { run, pending } = useActionRunner();
  const errors = state && !state.ok ? state.errors : undefined;
  const attemptErrors = attemptState && !attemptState.ok ? attemptState.errors : undefined;
  const id = (name: string) => `${milestone.key.replace(/[^a-z0-9]/gi, "-")}-${name}`;

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={milestone.title}
      description="Dates, evidence and notes for this milestone. Changes count in every plan that includes it."
      trigger={
        <Button
          type="button"
          variant="ghost"
          size="sm"
          aria-label={`Details for ${milestone.title}`}
        >
          Details
        </Button>
      }
    >
      <div className="space-y-8">
        <form action={save} className="space-y-4" noValidate>
          <FormMessage message={state && !state.ok ? state.message : undefined} />
          {isCustom ? (
            <input type="hidden" name="milestoneId" value={milestone.key.replace(/^custom:/, "")} />
          ) : (
            <>
              <input type="hidden" name="requirementSlug" value={milestone.requirementSlug} />
              <input type="hidden" name="planId" value={planId} />
            </>
          )}
          <input type="hidden" name="version" value={detail.version} />
          <FieldShell id={id("status")} label="Status" errors={errors?.status}>
            {(describedBy) => (
              <select
                id={id("status")}
                name="status"
                defaultValue={milestone.status}
                aria-describedby={describedBy}
                className={inputClasses}
              >
                {milestoneStatuses.map((status) => (
                  <option key={status} value={status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              id={id("targetDate")}
              name="targetDate"
              label="Target date"
              type="date"
              defaultValue={milestone.targetDate ?? ""}
              errors={errors?.targetDate}
            />
            {!isCustom ? (
              <TextField
                id={id("examDate")}
                name="examDate"
                label={detail.isExam ? "Exam date" : "Scheduled date"}
                type="date"
                defaultValue={milestone.examDate ?? ""}
                errors={errors?.examDate}
              />
            ) : null}
            {!isCustom ? (
              <TextField
                id={id("completedDate")}
                name="completedDate"
                label="Completed on"
                type="date"
                defaultValue={milestone.completedDate ?? ""}
                errors={errors?.completedDate}
              />
            ) : null}
          </div>
          {!isCustom ? (
            <fieldset className="space-y-4">
              <legend className="text-sm font-semibold">Evidence</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  id={id("registryNumber")}
                  name="registryNumber"
                  label="Registry or credential number"
                  maxLength={MILESTONE_LIMITS.registryNumber}
                  defaultValue={detail.registryNumber ?? ""}
                  errors={errors?.registryNumber}
                />
                <TextField
                  id={id("score")}
                  name="score"
                  label="Score"
                  maxLength={MILESTONE_LIMITS.score}
                  defaultValue={detail.score ?? ""}
                  errors={errors?.score}
                />
                <TextField
                  id={id("certificateRef")}
                  name="certificateRef"
                  label="Certificate reference"
                  maxLength={MILESTONE_LIMITS.certificateRef}
                  defaultValue={detail.certificateRef ?? ""}
                  errors={errors?.certificateRef}
                />
                <TextField
                  id={id("evidenceUrl")}
                  name="evidenceUrl"
                  label="Link"
                  type="url"
                  inputMode="url"
                  maxLength={MILESTONE_LIMITS.evidenceUrl}
                  placeholder="https://"
                  defaultValue={detail.evidenceUrl ?? ""}
                  errors={errors?.evidenceUrl}
                />
              </div>
            </fieldset>
          ) : null}
          <TextAreaField
            id={id("notes")}
            name="notes"
            label="Notes"
            maxLength={MILESTONE_LIMITS.notes}
            defaultValue={detail.notes ?? ""}
            hint="Up to 4,000 characters. Do not enter patient information."
            errors={errors?.notes}
          />
          <div className="flex flex-wrap justify-between gap-2">
            <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
            {isCustom ? (
              <Button
                type="button"
                variant="ghost"
                disabled={pending}
                onClick={() => {
                  if (window.confirm(`Delete “${milestone.title}”? This can't be undone.`)) {
                    run(
                      deleteCustomMilestoneAction,
                      { milestoneId: milestone.key.replace(/^custom:/, "") },
                      close,
                    );
                  }
                }}
              >
                Delete milestone
              </Button>
            ) : (
              <Button
                type="button"
                variant="ghost"
                disabled={pending}
                onClick={() =>
                  run(
                    toggleNotApplicableAction,
                    {
                      planId,
                      requirementSlug: milestone.requirementSlug,
                      notApplicable: String(!milestone.notApplicable),
                      version: planVersion,
                    },
                    close,
                  )
                }
              >
                {milestone.notApplicable
                  ? "Include in this plan again"
                  : "Not applicable in this plan"}
              </Button>
            )}
          </div>
        </form>

        {detail.isExam ? (
          <section
            aria-labelledby={id("attempt-heading")}
            className="space-y-3 border-t border-border pt-6"
          >
            <h3 id={id("attempt-heading")} className="font-semibold">
              Record an exam result
            </h3>
            <form action={recordAttempt} className="space-y-4" noValidate>
              <FormMessage
                message={attemptState && !attemptState.ok ? attemptState.message : undefined}
              />
              <input type="hidden" name="requirementSlug" value={milestone.requirementSlug} />
              <input type="hidden" name="planId" value={planId} />
              <input type="hidden" name="version" value={detail.version} />
              <TextField
                id={id("attemptedOn")}
                name="attemptedOn"
                label="Exam date"
                type="date"
                defaultValue={milestone.examDate ?? ""}
                errors={attemptErrors?.attemptedOn}
              />
              <fieldset>
                <legend className="text-sm font-medium">Result</legend>
                <div className="mt-1 flex gap-4">
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name="result"
                      value="passed"
                      defaultChecked
                      className="h-5 w-5 shrink-0 accent-[var(--color-accent)]"
                    />{" "}
                    Passed
                  </label>
                  <label className="flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name="result"
                      value="failed"
                      className="h-5 w-5 shrink-0 accent-[var(--color-accent)]"
                    />{" "}
                    Not passed
                  </label>
                </div>
              </fieldset>
              {detail.countsTowardOptions.length > 1 ? (
                <FieldShell
                  id={id("countsToward")}
                  label="Counts toward"
                  hint="ARDMS counts this exam under one credential only, and it can't be switched later."
                  errors={attemptErrors?.countsToward}
                >
                  {(describedBy) => (
                    <select
                      id={id("countsToward")}
                      name="countsToward"
                      aria-describedby={describedBy}
                      className={inputClasses}
                    >
                      {detail.countsTowardOptions.map((option) => (
                        <option key={option.slug} value={option.slug}>
                          {option.name}
                        </option>
                      ))}
                    </select>
                  )}
                </FieldShell>
              ) : null}
              <SubmitButton variant="secondary" pendingLabel="Recording…">
                Record result
              </SubmitButton>
            </form>
            {detail.attempts.length ? (
              <ul className="space-y-1 text-sm" aria-label="Attempts">
                {detail.attempts.map((attempt, index) => (
                  <li key={index}>
                    {formatCalendarDate(attempt.attemptedOn, locale)}:{" "}
                    {attempt.result === "passed" ? "passed" : "not passed"}
                  </li>
                ))}
              </ul>
            ) : null}
          </section>
        ) : null}

        <section
          aria-labelledby={id("history-heading")}
          className="space-y-2 border-t border-border pt-6"
        >
          <h3 id={id("history-heading")} className="font-semibold">
            History
          </h3>
          {detail.history.length === 0 ? (
            <p className="text-sm text-muted">No changes yet.</p>
          ) : (
            <ol className="space-y-1 text-sm">
              {detail.history.map((event, index) => (
                <li key={index}>
                  <time dateTime={event.at} className="text-muted">
                    {formatDateTime(new Date(event.at), locale)}
                  </time>{" "}
                  {FIELD_LABELS[event.field] ?? event.field}:{" "}
                  {describeValue(event.field, event.oldValue)} →{" "}
                  {describeValue(event.field, event.newValue)}
                </li>
              ))}
            </ol>
          )}
          {detail.historyTotal > detail.history.length ? (
            <p className="text-xs text-muted">
              Showing the newest {detail.history.length} of {detail.historyTotal} changes. All of
              them are in{" "}
              <Link href="/settings#your-data" className="underline underline-offset-2">
                your data download
              </Link>
              .
            </p>
          ) : null}
        </section>
      </div>
    </Dialog>
  );
}
