/**
 * What a change to a milestone writes. The progress row stores the person's inputs (their status,
 * dates, evidence); exam results live in their own rows (attempts). The status every surface shows
 * is derived from all of them in one place (requirement-state.ts), so these rules only decide the
 * inputs and never need to know about windows or credentials.
 */
import type { MilestoneStatus } from "./types";

export interface StatusFields {
  status: MilestoneStatus;
  completedDate?: string | null;
}

/**
 * The user sets a status (one click, or the dialog). "Done" with no completion date is done
 * today; any other status leaves the dates as they are.
 */
export function statusChange(
  status: MilestoneStatus,
  today: string,
  completedDate?: string | null,
): StatusFields {
  if (status === "done") return { status, completedDate: completedDate ?? today };
  return completedDate === undefined ? { status } : { status, completedDate };
}

export interface ExamResultFields {
  status: MilestoneStatus;
  examDate: string | null;
  completedDate?: string;
}

/**
 * An exam result is recorded as an attempt; the milestone's own row changes too:
 * - a pass: done on the exam date, the exam date kept;
 * - a failure: the exam date is over, and the milestone goes back to "planned" (a retake to
 *   plan), unless it already records a pass: a failed retake never undoes an earlier pass (whether
 *   that pass still counts is for the derivation to say, from the attempts).
 */
export function examResultChange(
  result: "passed" | "failed",
  attemptedOn: string,
  current: { status: MilestoneStatus } | undefined,
): ExamResultFields {
  if (result === "passed") {
    return { status: "done", examDate: attemptedOn, completedDate: attemptedOn };
  }
  return { status: current?.status === "done" ? "done" : "planned", examDate: null };
}

/** The fields whose change voids a confirmed sign-off: status, dates and evidence (not notes). */
const SIGN_OFF_FIELDS: Readonly<Record<string, string>> = {
  status: "status",
  targetDate: "dates",
  examDate: "dates",
  completedDate: "dates",
  registryNumber: "evidence",
  score: "evidence",
  certificateRef: "evidence",
  evidenceUrl: "evidence",
};

/**
 * A confirmed sign-off stands for the milestone as it was confirmed: changing its status, dates
 * or evidence voids it. Returns the reason recorded in the history ("dates changed"), or null
 * when the change leaves the sign-off standing (notes, title).
 */
export function signOffVoidReason(changedFields: readonly string[]): string | null {
  const what = [...new Set(changedFields.flatMap((field) => SIGN_OFF_FIELDS[field] ?? []))];
  return what.length ? `${what.join(" and ")} changed` : null;
}
