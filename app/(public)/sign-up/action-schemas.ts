/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */
import type { z } from "zod";
import { signUpSchema } from "@/lib/validation";

export const schemas = {
  signUp: signUpSchema,
} satisfies Record<string, z.ZodType>;
