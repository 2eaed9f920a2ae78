/**
 * The input schemas of the actions in ./held-actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { HELD_STATUSES } from "@/db/schema";
import { holdableSlugs } from "@/lib/onboarding";
import { idSchema, optionalDateSchema, versionSchema } from "@/lib/validation";

const spellFields = {
  earnedOn: optionalDateSchema,
  status: z.enum(HELD_STATUSES, { error: "Choose a status." }).default("active"),
  endedOn: optionalDateSchema,
};

export const schemas = {
  addHeldAction: z
    .object({
      requirementSlug: z
        .string({ error: "Choose what you hold." })
        .refine((slug) => holdableSlugs.has(slug), "Choose what you hold."),
      ...spellFields,
    })
    .strict(),
  updateHeldAction: z
    .object({ spellId: idSchema, version: versionSchema, ...spellFields })
    .strict(),
  deleteHeldAction: z.object({ spellId: idSchema }).strict(),
} satisfies Record<string, z.ZodType>;
