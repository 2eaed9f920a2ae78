/**
 * The input schemas of the actions in ./certificate-actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { idSchema } from "@/lib/validation";

export const schemas = {
  deleteCertificateAction: z.object({ certificateId: idSchema }).strict(),
} satisfies Record<string, z.ZodType>;
