"use server";

import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { setPasswordAndEndOtherSessions } from "@/db/queries/users";
import type { ActionResult } from "@/lib/action-result";
import { formInput } from "@/lib/form-input";
import { hashPassword } from "@/lib/server/auth/password";
import { now } from "@/lib/server/clock";
import { redeemEmailLink } from "@/lib/server/email-links";
import { clientAddress } from "@/lib/server/request-context";
import { newPasswordSchema } from "@/lib/validation";

export async function resetPassword(_previous: unknown, rawInput: FormData): Promise<ActionResult> {
  const formData = formInput(rawInput);
  const parsed = z
    .object({ token: z.string().min(20).max(200), password: newPasswordSchema })
    .safeParse({ token: formData.get("token"), password: formData.get("password") });
  if (!parsed.success) {
    return {
      ok: false,
      message: "Please check the highlighted fields.",
      errors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  const row = await redeemEmailLink({ token: parsed.data.token, purpose: "reset_password" });
  if (!row)
    return { ok: false, message: "This link has expired or was already used. Ask for a new one." };
  // Opening the emailed link proves the address; every session ends, including a thief's.
  await setPasswordAndEndOtherSessions({
    userId: row.userId,
    passwordHash: await hashPassword(parsed.data.password),
    verifiedEmail: true,
    now: now(),
  });
  await recordAuditEvent({
    event: "password_reset",
    userId: row.userId,
    address: await clientAddress(),
  });
  return { ok: true, message: "Your password has been changed. Sign in with the new one." };
}
