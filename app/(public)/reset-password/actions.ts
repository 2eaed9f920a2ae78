"use server";

import { z } from "zod";
import { unlinkProvider } from "@/db/queries/accounts";
import { recordAuditEvent } from "@/db/queries/audit";
import { canUnlink } from "@/lib/auth/oauth-linking";
import { setPasswordAndEndOtherSessions } from "@/db/queries/users";
import { publicAction } from "@/lib/server/actions";
import { hashPassword } from "@/lib/server/auth/password";
import { now } from "@/lib/server/clock";
import { redeemEmailLink } from "@/lib/server/email-links";
import { newPasswordSchema } from "@/lib/validation";

/** The emailed single-use token is the credential: no session needed. */
export const resetPassword = publicAction(
  "auth.resetPassword",
  z
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
  async ({ token, password, unlink }, { address }) => {
    const row = await redeemEmailLink({ token, purpose: "reset_password" });
    if (!row) {
      return {
        ok: false,
        message: "This link has expired or was already used. Ask for a new one.",
      };
    }
    // Opening the emailed link proves the address; every session ends, including a thief's.
    await setPasswordAndEndOtherSessions({
      userId: row.userId,
      passwordHash: await hashPassword(password),
      verifiedEmail: true,
      now: now(),
    });
    await recordAuditEvent({ event: "password_reset", userId: row.userId, address });
    // The account has a password now, so any provider may go (lib/auth/oauth-linking.ts).
    for (const provider of new Set(unlink)) {
      const result = await unlinkProvider({ userId: row.userId, provider, mayUnlink: canUnlink });
      if (result === "unlinked") {
        await recordAuditEvent({ event: "provider_unlink", userId: row.userId, address });
      }
    }
    return { ok: true, message: "Your password has been changed. Sign in with the new one." };
  },
);
