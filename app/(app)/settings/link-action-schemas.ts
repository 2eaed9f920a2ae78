/**
 * The input schemas of the actions in ./link-actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */
import { z } from "zod";
import { OAUTH_PROVIDER_IDS } from "@/lib/auth/oauth-linking";

export const schemas = {
  reauthenticateAction: z
    .object({ password: z.string().min(1, "Enter your password.").max(1024) })
    .strict(),
  requestReauthenticationLinkAction: z.object({}).strict(),
  confirmReauthenticationAction: z.object({ token: z.string().min(20).max(200) }).strict(),
  linkProviderAction: z.object({ provider: z.enum(OAUTH_PROVIDER_IDS) }).strict(),
  unlinkProviderAction: z.object({ provider: z.string().min(1).max(100) }).strict(),
} satisfies Record<string, z.ZodType>;
