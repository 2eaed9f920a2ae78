/**
 * The eligibility domain: "can I sit this exam, and if not, what do I lack?" Pure: no database,
 * no Next, no I/O, no clock (`today` is part of the profile).
 *
 * Entry points:
 * - `evaluateEligibility(profile)` → an answer for every exam and credential in the catalog;
 *   `eligibilityFor(slug, profile)` → one; `createEligibilityEngine(profile)` to ask many times
 *   (answers are memoised per engine).
 * - `ciipPoints(profile)`, `craPoints(profile)` → the seven-point systems, per category.
 * - `closestPaths(profile)` → the catalog's paths, closest first, each with a reason;
 *   `milestonesForPath(profile, pathSlug)` → the requirement slugs (and picks) to seed a plan.
 *
 * The routes themselves are catalog data: `lib/catalog/eligibility-routes.ts`.
 */
export {
  createEligibilityEngine,
  CREDENTIAL_LOOKAHEAD,
  eligibilityFor,
  evaluateEligibility,
  nearestRoutes,
  nextApplicationWindow,
} from "./engine";
export type { EligibilityEngine, EngineOptions } from "./engine";
export {
  CE_HOURS_PER_MONTH_ESTIMATE,
  ciipPoints,
  craPoints,
  SEMESTER_CREDITS_PER_MONTH_ESTIMATE,
} from "./points";
export type { PointCategory, PointCategoryKey, PointOption, PointsResult } from "./points";
export { closestPaths, estimateRequirement, milestonesForPath } from "./closest-paths";
export type {
  PathMilestones,
  PathRanking,
  RequirementEstimate,
  StepEstimate,
} from "./closest-paths";
export { STUDIES_PER_MONTH_ESTIMATE } from "./conditions";
export type * from "./types";
