"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import { setStatusAction, updateCustomMilestoneAction } from "@/app/(app)/plans/actions";
import { Button } from "@/components/ui/button";
import type { MilestoneStatus } from "@/lib/milestone-status";
import { formatCalendarDate } from "@/lib/format";
import { STATUS_LABELS, nextStatus } from "@/lib/milestone-status";
import type { PlanMilestone } from "@/lib/plan/types";
import type { MilestoneDetail } from "@/lib/plan/types";
import { MilestoneDialog } from "./milestone-dialog";
import { StatusBadge } from "@/components/plan/status-badge";
import { useActionRunner } from "@/components/ui/use-action-runner";

export interface MilestoneRowProps {
  milestone: PlanMilestone;
  planId: string;
  planVersion: number;
  locale: string;
  countdown?: string;
  detail: MilestoneDetail;
}

export function MilestoneRow({
  milestone,
  planId,
  planVersion,
  locale,
  countdown,
  detail,
}: MilestoneRowProps) {
  const { run, pending } = useActionRunner();
  const [open, setOpen] = useState(false);
  const editable = !milestone.derived && !milestone.notApplicable;
  const upcoming: MilestoneStatus = nextStatus(milestone.status);
  const isCustom = milestone.kind === "custom";
  const customId = isCustom ? milestone.key.replace(/^custom:/, "") : undefined;

  function advance() {
    if (isCustom) {
      run(updateCustomMilestoneAction, {
        milestoneId: customId,
        version: detail.version,
        status: upcoming,
      });
    } else {
      run(setStatusAction, {
        requirementSlug: milestone.requirementSlug,
        version: detail.version,
        status: upcoming,
        planId,
      });
    }
  }

  return (
    <li
      className="flex flex-col gap-3 py-3 sm:flex-row sm:items-start sm:justify-between"
      style={{ paddingLeft: `${milestone.depth * 1.25}rem` }}
      data-testid={`milestone-${milestone.key}`}
    >
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          {milestone.requirementSlug ? (
            <Link
              href={`/credentials/${milestone.requirementSlug}`}
              className="inline-flex min-h-11 items-center font-medium text-fg underline-offset-2 hover:underline sm:min-h-0"
            >
              {milestone.title}
            </Link>
          ) : (
            <span className="font-medium">{milestone.title}</span>
          )}
          <StatusBadge status={milestone.notApplicable ? "waived" : milestone.status} />
          {milestone.derived ? (
            <span className="text-xs text-muted">
              (earned automatically when its exams are done)
            </span>
          ) : null}
          {milestone.necessity === "typical" ? (
            <span className="text-xs text-muted">Typical, not required</span>
          ) : null}
        </div>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {milestone.completedDate && milestone.status === "done" ? (
            <span>Done {formatCalendarDate(milestone.completedDate, locale)}</span>
          ) : null}
          {milestone.examDate && milestone.status !== "done" ? (
            <span>
              Exam {formatCalendarDate(milestone.examDate, locale)}
              {countdown ? ` · ${countdown}` : ""}
            </span>
          ) : null}
          {milestone.targetDate && milestone.status !== "done" ? (
            <span>Target {formatCalendarDate(milestone.targetDate, locale)}</span>
          ) : null}
          {milestone.blockedReason ? (
            <span className="text-warning">{milestone.blockedReason}</span>
          ) : null}
        </p>
        {milestone.note ? <p className="text-sm text-warning">{milestone.note}</p> : null}
        {milestone.eligibility ? (
          <p className="text-sm" data-testid="milestone-eligibility">
            <span className="font-medium text-warning">
              {milestone.eligibility.outcome === "not_yet"
                ? "Not eligible yet"
                : milestone.eligibility.outcome === "cant_tell"
                  ? "Eligibility: can't tell"
                  : "No route open to you"}
              :
            </span>{" "}
            {milestone.eligibility.summary}{" "}
            <a href="/eligibility" className="text-accent underline underline-offset-2">
              See eligibility
            </a>
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0 flex-wrap gap-2">
        {editable ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            disabled={pending}
            onClick={advance}
            aria-label={`Mark ${STATUS_LABELS[upcoming].toLowerCase()}: ${milestone.title}, now ${STATUS_LABELS[milestone.status]}. Set to ${STATUS_LABELS[upcoming]}`}
          >
            {pending ? "Saving…" : `Mark ${STATUS_LABELS[upcoming].toLowerCase()}`}
          </Button>
        ) : null}
        {!milestone.derived ? (
          <MilestoneDialog
            open={open}
            onOpenChange={setOpen}
            milestone={milestone}
            planId={planId}
            planVersion={planVersion}
            locale={locale}
            detail={detail}
          />
        ) : null}
      </div>
    </li>
  );
}
