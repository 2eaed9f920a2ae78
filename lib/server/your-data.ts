import "server-only";
import { getAccountExport, listMilestonesForCsv } from "@/db/queries/account";
import { loadUserRecords } from "./loaders/user-records";
import type { CustomMilestone, Progress, User } from "@/db/schema";
import { catalog, getRequirement } from "@/lib/catalog";
import { toCsv, type CsvValue } from "@/lib/csv";
import { createRequirementEvaluator } from "@/lib/plan";
import type { MilestoneStatus } from "@/lib/plan/types";
import { now, todayFor } from "./clock";

/**
 * "Your data": the exports. Every status in them is the one the plan shows, derived by the plan
 * engine from the person's records (attempts, held credentials, windows), not the status field
 * they last set, so the plan, the JSON and the CSV never disagree.
 */

/** The derived status of each requirement, for this user today. */
async function derivedStatuses(user: User): Promise<(slug: string) => MilestoneStatus> {
  const today = todayFor(user);
  const { records } = await loadUserRecords(user.id, today);
  const evaluator = createRequirementEvaluator(records, today, catalog);
  return (slug) => evaluator.state(slug).status;
}

/** Everything the user owns, as JSON-ready data; undefined when the account is gone. */
export async function accountExport(user: User) {
  const [data, statusOf] = await Promise.all([
    getAccountExport({ userId: user.id, now: now() }),
    derivedStatuses(user),
  ]);
  if (!data) return undefined;
  return {
    ...data,
    progress: data.progress.map((row) => ({
      ...row,
      status: statusOf(row.requirementSlug),
      /** What the person last set themselves; `status` is what the plan shows. */
      recordedStatus: row.status,
    })),
  };
}

/** The user's milestones as CSV (RFC 4180, formulas neutralised: lib/csv.ts). */
export async function milestonesCsv(user: User): Promise<string> {
  const [rows, statusOf] = await Promise.all([
    listMilestonesForCsv(user.id),
    derivedStatuses(user),
  ]);
  return buildMilestonesCsv({ ...rows, statusOf });
}

export const MILESTONE_CSV_HEADER = [
  "kind",
  "plan_path",
  "requirement_slug",
  "name",
  "status",
  "target_date",
  "exam_date",
  "completed_date",
  "registry_number",
  "score",
  "certificate",
  "link",
  "notes",
  "updated_at",
] as const;

/**
 * Pure: one row per tracked requirement, with the status the plan shows (progress belongs to the requirement, not to a plan, so
 * its plan_path is empty) and one per custom milestone (with its plan's path).
 */
export function buildMilestonesCsv(input: {
  progress: readonly Progress[];
  custom: readonly (CustomMilestone & { pathSlug: string })[];
  /** The status the plan shows (derived), for a requirement. */
  statusOf: (requirementSlug: string) => MilestoneStatus;
}): string {
  const rows: CsvValue[][] = [
    ...input.progress.map((row) => [
      "requirement",
      "",
      row.requirementSlug,
      getRequirement(row.requirementSlug)?.name ?? "",
      input.statusOf(row.requirementSlug),
      row.targetDate,
      row.examDate,
      row.completedDate,
      row.registryNumber,
      row.score,
      row.certificateRef,
      row.evidenceUrl,
      row.notes,
      row.updatedAt.toISOString(),
    ]),
    ...input.custom.map((row) => [
      "custom",
      row.pathSlug,
      "",
      row.title,
      row.status,
      row.targetDate,
      null,
      row.completedDate,
      null,
      null,
      null,
      null,
      row.notes,
      row.updatedAt.toISOString(),
    ]),
  ];
  return toCsv(MILESTONE_CSV_HEADER, rows);
}
