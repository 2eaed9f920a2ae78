"use server";

import { z } from "zod";
import { getPath, getRequirement } from "@/lib/catalog";
import { createCorrectionReport } from "@/db/queries/corrections";
import { publicAction, throttled } from "@/lib/server/actions";
import { accountRequestRule } from "@/lib/server/auth/throttles";
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

/** Public (signed-out visitors may report too), so it is throttled per address. */
export const reportCorrection = publicAction(
  "catalog.reportCorrection",
  reportSchema,
  async (input, { signedIn, address }) =>
    throttled(accountRequestRule("correction", address), async () => {
      await createCorrectionReport({
        userId: signedIn?.user.id ?? null,
        subjectSlug: input.subject,
        factText: input.fact || null,
        message: input.message,
        contactEmail: input.contactEmail || null,
      });
      return {
        ok: true,
        message: "Thank you. The maintainers will check the sources and correct the catalog.",
      };
    }),
  { echo: ["message", "contactEmail"] },
);
