"use server";

import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { setPasswordAndEndOtherSessions } from "@/db/queries/users";
import { publicAction } from "@/lib/server/actions";
import { hashPassword } from "@/lib/server/auth/password";
import { now } from "@/lib/server/clock";
import { redeemEmailLink } from "@/lib/server/email-links";
import { newPasswordSchema } from "@/lib/validation";
import { revokeAllShareLinks } from "@/lib/server/sharing/recovery";

/** The emailed single-use token is the credential: no session needed. */
export const resetPassword = publicAction(
  "auth.resetPassword",
  z.object({ token: z.string().min(20).max(200), password: newPasswordSchema }).strict(),
  async ({ token, password }, { address }) => {
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
    // Recovery: every share link stops working; memberships are listed for review on /teams.
    await revokeAllShareLinks(row.userId);
    return {
      ok: true,
      message:
        "Your password has been changed. Sign in with the new one. Any share links were revoked; review your organizations under Teams.",
    };
  },
);
