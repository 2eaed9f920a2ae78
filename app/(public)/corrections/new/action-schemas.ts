/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */
import { z } from "zod";
import { getPath, getRequirement } from "@/lib/catalog";
import { emailSchema } from "@/lib/validation";

const reportSchema = z
  .object({
    subject: z
      .string()
      .max(200)
      .refine((slug) => Boolean(getRequirement(slug) ?? getPath(slug)), "Unknown catalog entry."),
    fact: z.string().max(500).optional(),
    message: z
      .string()
      .trim()
      .min(
        10,
        "Tell us what is wrong and, if you can, where the right figure comes from (at least 10 characters).",
      )
      .max(4000, "Use at most 4,000 characters."),
    contactEmail: z.union([z.literal(""), emailSchema]).optional(),
  })
  .strict();

export const schemas = {
  reportCorrection: reportSchema,
} satisfies Record<string, z.ZodType>;
