/**
 * The input schemas of the actions in ./security-actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/validation";

export const schemas = {
  changePasswordAction: z
    .object({
      currentPassword: z.string().max(1024).optional(),
      // Absent for an account without a password: it gets a link to choose one.
      newPassword: newPasswordSchema.optional(),
    })
    .strict(),
  signOutEverywhereAction: z.object({}).strict(),
  requestEmailChangeAction: z
    .object({ newEmail: emailSchema, password: z.string().max(1024).optional() })
    .strict(),
} satisfies Record<string, z.ZodType>;
