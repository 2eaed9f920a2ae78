/** Builders for the plan engine's unit tests. Not used by the app. */
import type {
  CustomMilestone,
  ExamAttempt,
  HeldCredential,
  MilestoneStatus,
  PlanInput,
  PlanMilestone,
  ProgressRecord,
  UserRecords,
} from "./types";

/** The catalog's check date: every test uses a fixed today, never the real clock. */
export const TODAY = "2026-11-24";

export function records(partial: Partial<UserRecords> = {}): UserRecords {
  return { progress: [], held: [], attempts: [], experienceMonths: null, ...partial };
}

export function passed(
  requirementSlug: string,
  attemptedOn: string,
  countsToward: string | null = null,
): ExamAttempt {
  return { requirementSlug, attemptedOn, result: "passed", countsToward };
}

export function failed(
  requirementSlug: string,
  attemptedOn: string,
  countsToward: string | null = null,
): ExamAttempt {
  return { requirementSlug, attemptedOn, result: "failed", countsToward };
}

export function progressRow(
  requirementSlug: string,
  status: MilestoneStatus,
  extra: Partial<ProgressRecord> = {},
): ProgressRecord {
  return {
    requirementSlug,
    status,
    targetDate: null,
    examDate: null,
    completedDate: null,
    ...extra,
  };
}

export function held(requirementSlug: string, earnedOn: string | null): HeldCredential {
  return { requirementSlug, earnedOn };
}

export function planInput(
  pathSlug: string,
  picks: Record<string, string> = {},
  extra: Partial<Omit<PlanInput, "pathSlug" | "picks">> = {},
): PlanInput {
  return { pathSlug, picks, notApplicable: [], custom: [], ...extra };
}

export function customRow(
  id: string,
  position: number,
  extra: Partial<CustomMilestone> = {},
): CustomMilestone {
  return {
    id,
    title: `Custom ${id}`,
    status: "not_started",
    targetDate: null,
    completedDate: null,
    position,
    ...extra,
  };
}

/** A bare milestone for the summary and due-date rules. */
export function milestoneOf(key: string, extra: Partial<PlanMilestone> = {}): PlanMilestone {
  return {
    key,
    requirementSlug: key,
    title: key,
    kind: "exam",
    depth: 0,
    status: "not_started",
    derived: false,
    targetDate: null,
    examDate: null,
    completedDate: null,
    necessity: "required",
    prerequisites: [],
    notApplicable: false,
    typicalMonths: 3,
    remainingMonths: 3,
    ...extra,
  };
}
