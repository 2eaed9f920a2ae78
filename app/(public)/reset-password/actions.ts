"use server";

import { schemas } from "./action-schemas";
import { recordAuditEvent } from "@/db/queries/audit";
import { setPasswordAndEndOtherSessions } from "@/db/queries/users";
import { publicAction } from "@/lib/server/actions";
import { hashPassword } from "@/lib/server/auth/password";
import { now } from "@/lib/server/clock";
import { redeemEmailLink } from "@/lib/server/email-links";

/** The emailed single-use token is the credential: no session needed. */
export const resetPassword = publicAction(
  "auth.resetPassword",
  schemas.resetPassword,
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
    return { ok: true, message: "Your password has been changed. Sign in with the new one." };
  },
);
