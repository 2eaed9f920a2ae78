/**
 * The input schemas of the actions in ./data-actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */
import { z } from "zod";

export const WRONG_PASSWORD = "That password isn't right. Nothing was deleted.";

export const schemas = {
  deleteAccountAction: z
    .object({
      password: z.string().min(1, "Enter your password to confirm.").max(256, WRONG_PASSWORD),
    })
    .strict(),
  requestAccountDeletionLinkAction: z.object({}).strict(),
} satisfies Record<string, z.ZodType>;
