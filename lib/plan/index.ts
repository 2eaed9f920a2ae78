/** The plan engine: pure functions over the catalog and a user's records. */
export * from "./types";
export {
  EXAMS_COUNTED_ONCE,
  FE_SLUG,
  RDCS_SLUG,
  RDMS_SLUG,
  SPI_BANKED_WHILE_ACTIVE,
  SPI_SLUG,
  countsTowardOnce,
  examCountsFor,
  fetCountsToward,
  spiBankedBy,
  spiBankedNote,
} from "./ardms";
export type { BankingHolder } from "./ardms";
export { deadlinesFrom, fiveYearDeadlines } from "./deadlines";
export { dueWithin, examCountdown, isOverdue, isSettled } from "./due";
export type { DatedMilestone, ExamCountdown } from "./due";
export { buildPlanView } from "./plan-view";
export {
  blockedMilestones,
  estimatedCompletion,
  nextActionable,
  progressSummary,
} from "./progress";
export { indexRecords } from "./records";
export type { RecordIndex } from "./records";
export { shortName } from "@/lib/catalog/names";
export { createRequirementEvaluator, requirementStatus } from "./requirement-state";
export type { EvaluatorOptions, RequirementEvaluator } from "./requirement-state";
export { evaluateTree, leafSlugs } from "./tree";
export type { NodeResult } from "./tree";
