"use server";

import { formInput } from "@/lib/form-input";
import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { recordThrottleEvent, throttleStatus } from "@/db/queries/throttle";
import {
  consumeEmailToken,
  createEmailToken,
  getUserByEmail,
  setPasswordAndEndOtherSessions,
} from "@/db/queries/users";
import type { ActionResult } from "@/lib/action-result";
import { hashPassword } from "@/lib/auth/password";
import { accountRequestRule, retryMessage } from "@/lib/auth/throttles";
import { appUrl } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import { clientAddress } from "@/lib/request-context";
import { emailSchema, newPasswordSchema } from "@/lib/validation";

const SAME_ANSWER =
  "If an account uses that address, we've sent it a link to choose a new password. The link works once, for 30 minutes.";

/** Public and throttled per address; answers the same whether or not the account exists. */
export async function requestPasswordReset(
  _previous: unknown,
  rawInput: FormData,
): Promise<ActionResult> {
  const formData = formInput(rawInput);
  const parsed = z.object({ email: emailSchema }).safeParse({ email: formData.get("email") });
  if (!parsed.success) {
    return {
      ok: false,
      message: "Please check the highlighted fields.",
      errors: z.flattenError(parsed.error).fieldErrors,
    };
  }
  const address = await clientAddress();
  const rule = accountRequestRule("password-reset", address);
  const throttle = await throttleStatus(rule);
  if (throttle.blocked) return { ok: false, message: retryMessage(throttle.retryAfterSeconds) };
  await recordThrottleEvent(rule);

  const user = await getUserByEmail(parsed.data.email);
  await recordAuditEvent({
    event: "password_reset_request",
    userId: user?.id,
    email: parsed.data.email,
    address,
  });
  if (user) {
    const token = await createEmailToken({
      userId: user.id,
      email: user.email,
      purpose: "reset_password",
      ttlMinutes: 30,
    });
    await sendMail({
      to: user.email,
      subject: "Choose a new password",
      text: `Someone (hopefully you) asked to reset the password of your Sonography Career Planner account.\n\nChoose a new password:\n${appUrl}/reset-password?token=${token}\n\nThe link works once and expires in 30 minutes. If you didn't ask, ignore this email: your password stays as it is.`,
    });
  }
  return { ok: true, message: SAME_ANSWER };
}

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
  const row = await consumeEmailToken({ token: parsed.data.token, purpose: "reset_password" });
  if (!row)
    return { ok: false, message: "This link has expired or was already used. Ask for a new one." };
  // Opening the emailed link proves the address; every session ends, including a thief's.
  await setPasswordAndEndOtherSessions({
    userId: row.userId,
    passwordHash: await hashPassword(parsed.data.password),
    verifiedEmail: true,
  });
  await recordAuditEvent({
    event: "password_reset",
    userId: row.userId,
    address: await clientAddress(),
  });
  return { ok: true, message: "Your password has been changed. Sign in with the new one." };
}
