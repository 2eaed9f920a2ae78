/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */
import { z } from "zod";

export const schemas = {
  verifyEmailAction: z.object({ token: z.string().min(20).max(200) }).strict(),
} satisfies Record<string, z.ZodType>;
