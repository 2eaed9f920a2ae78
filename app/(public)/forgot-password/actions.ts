"use server";

import { formInput } from "@/lib/form-input";
import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { recordThrottleEvent, throttleStatus } from "@/db/queries/throttle";
import { getUserByEmail } from "@/db/queries/users";
import type { ActionResult } from "@/lib/action-result";
import { accountRequestRule, retryMessage } from "@/lib/server/auth/throttles";
import { appUrl } from "@/lib/env";
import { issueEmailLink } from "@/lib/server/email-links";
import { sendMail } from "@/lib/server/mail";
import { clientAddress } from "@/lib/server/request-context";
import { emailSchema } from "@/lib/validation";

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
    const token = await issueEmailLink({
      userId: user.id,
      email: user.email,
      purpose: "reset_password",
    });
    await sendMail({
      to: user.email,
      subject: "Choose a new password",
      text: `Someone (hopefully you) asked to reset the password of your Sonography Career Planner account.\n\nChoose a new password:\n${appUrl}/reset-password?token=${token}\n\nThe link works once and expires in 30 minutes. If you didn't ask, ignore this email: your password stays as it is.`,
    });
  }
  return { ok: true, message: SAME_ANSWER };
}
