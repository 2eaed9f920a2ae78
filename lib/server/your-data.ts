import "server-only";
import { sharingExport } from "@/lib/server/sharing/export";
import { getAccountExport, listMilestonesForCsv } from "@/db/queries/account";
import { listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { formatCredits, type UpkeepCycleResult } from "@/lib/upkeep";
import { upkeepFrom } from "./loaders/upkeep";
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

/**
 * The computed upkeep of the export: per cycle, what the upkeep page shows. Credits are exact
 * decimal strings ("12.5"), never floats; `requiredAlternatives` are the unsettled readings shown
 * beside the verified `required`.
 */
export function upkeepExport(cycles: readonly UpkeepCycleResult[]) {
  return cycles.map((cycle) => {
    if (cycle.status === "needs_input") {
      return {
        body: cycle.body,
        credentials: cycle.credentials,
        status: cycle.status,
        missing: cycle.missing,
        periodStart: null,
        periodEnd: null,
        required: null,
        requiredAlternatives: [],
        earned: null,
        waived: null,
        remaining: null,
        categories: [],
      };
    }
    return {
      body: cycle.body,
      credentials: cycle.credentials,
      status: cycle.status,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      requirementKind: cycle.requirementKind,
      unit: cycle.unit,
      required: formatCredits(cycle.required),
      requiredAlternatives: cycle.requiredAlternatives.map((alt) => ({
        value: formatCredits(alt.required),
        label: alt.label,
        confidence: alt.confidence,
        source: alt.sources,
      })),
      earned: formatCredits(cycle.earned),
      waived: formatCredits(cycle.waived),
      remaining: formatCredits(cycle.remaining.total),
      categories: cycle.categories.map((category) => ({
        key: category.key,
        label: category.label,
        required: formatCredits(category.required),
        earned: formatCredits(category.earned),
      })),
    };
  });
}

/** Everything the user owns, as JSON-ready data; undefined when the account is gone. */
export async function accountExport(user: User) {
  const today = todayFor(user);
  const [data, userData, activities, sharing] = await Promise.all([
    getAccountExport({ userId: user.id, now: now() }),
    loadUserRecords(user.id, today),
    listCeActivitiesByUser(user.id),
    sharingExport(user.id),
  ]);
  if (!data) return undefined;
  const evaluator = createRequirementEvaluator(userData.records, today, catalog);
  const statusOf = (slug: string) => evaluator.state(slug).status;
  return {
    ...data,
    upkeep: upkeepExport(upkeepFrom(userData, activities, today).cycles),
    sharing,
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
