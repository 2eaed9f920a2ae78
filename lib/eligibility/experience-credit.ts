/**
 * THE mapping from the person's profile to the plan's experience milestones. The plan engine
 * (lib/plan) and the eligibility engine read experience through it, so they always agree: a
 * milestone is done when the eligibility engine's own reading of the profile says so (the same
 * conditions "Closest paths" uses), with the months still missing otherwise.
 *
 * - Experience counted in points (ABII's CIIP: one point per 12 months) is converted to months.
 * - Each measure reads its own answer: months as an imaging, IT or informatics professional are
 *   not clinical sonography months; lead years are not clinical months; areas are respected.
 * - A question the profile leaves unanswered gives no credit at all: the milestone keeps its own
 *   progress record (never "not done because unknown").
 */
import { catalog as defaultCatalog } from "@/lib/catalog";
import type { Catalog } from "@/lib/catalog/types";
import { estimateRequirement } from "./closest-paths";
import { createEligibilityEngine } from "./engine";
import { wholeUp } from "./format";
import type { EligibilityProfile } from "./types";

export interface ExperienceCredit {
  done: boolean;
  /** Months still missing (0 when done). */
  remainingMonths: number;
  /** Plain words: what the profile says about it. */
  note: string;
}

/** Experience milestones the profile answers, by requirement slug. */
export function profileExperience(
  profile: EligibilityProfile,
  catalog: Catalog = defaultCatalog,
): Record<string, ExperienceCredit> {
  const engine = createEligibilityEngine(profile, { catalog });
  const credits: Record<string, ExperienceCredit> = {};
  for (const requirement of catalog.requirements) {
    if (requirement.kind !== "experience" || requirement.retired) continue;
    const estimate = estimateRequirement(profile, requirement.slug, { catalog, engine });
    if (estimate.done && estimate.certain) {
      credits[requirement.slug] = {
        done: true,
        remainingMonths: 0,
        note: "Met by the experience in your profile.",
      };
    } else if (!estimate.done && estimate.certain && estimate.months !== null) {
      const months = wholeUp(estimate.months);
      credits[requirement.slug] = {
        done: false,
        remainingMonths: months,
        note: `Your profile: ${estimate.reason.replace(/^[^:]*: /, "")}`,
      };
    }
  }
  return credits;
}
