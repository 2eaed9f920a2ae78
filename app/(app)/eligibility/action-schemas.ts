/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { PROFILE_FIELDS } from "@/lib/eligibility/profile-form";
import { activeRequirementSlugs } from "@/lib/catalog/lookup";
import { idSchema, slugSchema } from "@/lib/validation";

const fieldValue = z.union([z.string().max(40), z.array(z.string().max(40)).max(20)]).optional();

const profileFormSchema = z.strictObject(
  Object.fromEntries(PROFILE_FIELDS.map((name) => [name, fieldValue])),
);

const requirementSlug = slugSchema.refine((slug) => activeRequirementSlugs.has(slug), "Unknown.");

export const schemas = {
  saveEligibilityProfileAction: profileFormSchema,
  addEligibilityMilestoneAction: z.strictObject({ requirementSlug, targetSlug: requirementSlug }),
  removeEligibilityMilestoneAction: z.strictObject({ id: idSchema }),
} satisfies Record<string, z.ZodType>;
