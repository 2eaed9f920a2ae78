/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */
import { z } from "zod";
import { newPasswordSchema } from "@/lib/validation";

export const schemas = {
  resetPassword: z
    .object({
      token: z.string().min(20).max(200),
      password: newPasswordSchema,
      // Linked providers to unlink at the same time (the reset screen lists them).
      unlink: z
        .union([z.string().max(100), z.array(z.string().max(100)).max(10)])
        .optional()
        .transform((value) => (value === undefined ? [] : [value].flat())),
    })
    .strict(),
} satisfies Record<string, z.ZodType>;
