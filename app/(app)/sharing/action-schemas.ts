/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { shareFormFields } from "@/lib/sharing/scope";
import { idSchema } from "@/lib/validation";

export const schemas = {
  createShareLinkAction: z
    .object({
      label: z
        .string()
        .trim()
        .min(1, "Say who it is for (a label only: anyone with the link can open it).")
        .max(100, "Use at most 100 characters."),
      expiresInDays: z.coerce
        .number({ error: "Choose how long the link lives." })
        .int()
        .min(1, "At least 1 day.")
        .max(365, "At most 365 days.")
        .default(30),
      ...shareFormFields,
      plan: shareFormFields.plan.default("all"),
    })
    .strict(),
  revokeShareLinkAction: z.object({ linkId: idSchema }).strict(),
} satisfies Record<string, z.ZodType>;
