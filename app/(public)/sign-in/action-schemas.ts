/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { emailSchema, signInSchema } from "@/lib/validation";

export const schemas = {
  signInWithPassword: signInSchema,
  signInWithEmailLink: z
    .object({ email: emailSchema, callbackUrl: z.string().max(2000).optional() })
    .strict(),
  signInWithProvider: z
    .object({
      provider: z.enum(["google", "microsoft-entra-id", "github"]),
      callbackUrl: z.string().max(2000).optional(),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;
