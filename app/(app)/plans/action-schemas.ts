/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { MILESTONE_LIMITS } from "@/lib/plan/limits";
import { z } from "zod";
import { milestoneStatuses } from "@/lib/milestone-status";
import { activeRequirementSlugs } from "@/lib/catalog/lookup";
import { idSchema, optionalDateSchema, slugSchema, versionSchema } from "@/lib/validation";

const requirementSlugSchema = slugSchema.refine(
  (slug) => activeRequirementSlugs.has(slug),
  "Unknown milestone.",
);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}: use at most ${max.toLocaleString("en-US")} characters.`)
    .transform((value) => (value === "" ? null : value))
    .optional();

const customTitleSchema = z
  .string()
  .trim()
  .min(1, "Give the milestone a name.")
  .max(MILESTONE_LIMITS.title, `Use at most ${MILESTONE_LIMITS.title} characters.`);

const milestoneFields = {
  requirementSlug: requirementSlugSchema,
  version: versionSchema,
  planId: idSchema.optional(),
};

export const schemas = {
  startPathAction: z
    .object({ pathSlug: slugSchema, makePrimary: z.enum(["true"]).optional() })
    .strict(),
  switchToNearerRouteAction: z.object({ planId: idSchema, version: versionSchema }).strict(),
  makePrimaryAction: z.object({ planId: idSchema }).strict(),
  leavePlanAction: z.object({ planId: idSchema }).strict(),
  choosePickAction: z
    .object({
      planId: idSchema,
      groupKey: slugSchema,
      requirementSlug: requirementSlugSchema,
      version: versionSchema,
    })
    .strict(),
  toggleNotApplicableAction: z
    .object({
      planId: idSchema,
      requirementSlug: requirementSlugSchema,
      notApplicable: z.enum(["true", "false"]).transform((value) => value === "true"),
      version: versionSchema,
    })
    .strict(),
  setStatusAction: z.object({ ...milestoneFields, status: z.enum(milestoneStatuses) }).strict(),
  updateMilestoneAction: z
    .object({
      ...milestoneFields,
      status: z.enum(milestoneStatuses),
      targetDate: optionalDateSchema,
      examDate: optionalDateSchema,
      completedDate: optionalDateSchema,
      registryNumber: optionalText(MILESTONE_LIMITS.registryNumber, "Registry number"),
      score: optionalText(MILESTONE_LIMITS.score, "Score"),
      certificateRef: optionalText(MILESTONE_LIMITS.certificateRef, "Certificate reference"),
      evidenceUrl: optionalText(MILESTONE_LIMITS.evidenceUrl, "Link").pipe(
        z
          .string()
          .regex(/^https?:\/\//, "Use a link starting with https://")
          .nullable()
          .optional(),
      ),
      notes: optionalText(MILESTONE_LIMITS.notes, "Notes"),
    })
    .strict(),
  recordAttemptAction: z
    .object({
      ...milestoneFields,
      attemptedOn: optionalDateSchema.pipe(z.string({ error: "Enter the exam date." })),
      result: z.enum(["passed", "failed"]),
      countsToward: requirementSlugSchema.optional(),
    })
    .strict(),
  addCustomMilestoneAction: z
    .object({
      planId: idSchema,
      title: customTitleSchema,
      targetDate: optionalDateSchema,
    })
    .strict(),
  updateCustomMilestoneAction: z
    .object({
      milestoneId: idSchema,
      version: versionSchema,
      title: customTitleSchema.optional(),
      status: z.enum(milestoneStatuses).optional(),
      targetDate: optionalDateSchema,
      notes: optionalText(MILESTONE_LIMITS.notes, "Notes"),
    })
    .strict(),
  deleteCustomMilestoneAction: z.object({ milestoneId: idSchema }).strict(),
} satisfies Record<string, z.ZodType>;
