/** Dates relative to today: exam countdowns, overdue and due-soon milestones. */
import { addDaysToDate, daysBetween } from "@/lib/dates";
import type { MilestoneStatus } from "./types";

/** The fields the due-date rules read; a PlanMilestone has them all. */
export interface DatedMilestone {
  status: MilestoneStatus;
  targetDate: string | null;
  examDate?: string | null;
  notApplicable?: boolean;
}

export interface ExamCountdown {
  /** Days from today to the exam: 0 today, negative once past. */
  days: number;
  label: string;
}

export function examCountdown(examDate: string, today: string): ExamCountdown {
  const days = daysBetween(today, examDate);
  if (days === 0) return { days, label: "Exam today" };
  if (days === 1) return { days, label: "Exam tomorrow" };
  if (days > 1) return { days, label: `Exam in ${days} days` };
  if (days === -1) return { days, label: "Exam was yesterday" };
  return { days, label: `Exam was ${-days} days ago` };
}

/** Done, waived or not applicable: nothing more is expected of it. */
export function isSettled(milestone: Pick<DatedMilestone, "status" | "notApplicable">): boolean {
  return (
    milestone.status === "done" || milestone.status === "waived" || milestone.notApplicable === true
  );
}

/** Target date before today, and not done, waived or not applicable. */
export function isOverdue(milestone: DatedMilestone, today: string): boolean {
  return !isSettled(milestone) && milestone.targetDate !== null && milestone.targetDate < today;
}

/** Target or exam date from today through `days` days ahead, and not done, waived or N/A. */
export function dueWithin(milestone: DatedMilestone, today: string, days: number = 30): boolean {
  if (isSettled(milestone)) return false;
  const last = addDaysToDate(today, days);
  return [milestone.targetDate, milestone.examDate ?? null].some(
    (date) => date !== null && date >= today && date <= last,
  );
}
