/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { ceActivityFields } from "@/lib/upkeep/activity-input";
import { idSchema, versionSchema } from "@/lib/validation";

const activitySchema = z.object(ceActivityFields).strict();

export const schemas = {
  logActivityAction: activitySchema,
  updateActivityAction: activitySchema
    .extend({ activityId: idSchema, version: versionSchema })
    .strict(),
  deleteActivityAction: z.object({ activityId: idSchema }).strict(),
  restoreActivityAction: z.object({ activityId: idSchema }).strict(),
  setBirthMonthAction: z
    .object({
      month: z.coerce
        .number({ error: "Choose your birth month." })
        .int("Choose your birth month.")
        .min(1, "Choose your birth month.")
        .max(12, "Choose your birth month."),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;
