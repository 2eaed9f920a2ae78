"use server";

import { schemas } from "./action-schemas";
import { recordAuditEvent } from "@/db/queries/audit";
import { getUserByEmail } from "@/db/queries/users";
import { appUrl } from "@/lib/env";
import { publicAction, throttled } from "@/lib/server/actions";
import { accountRequestRule } from "@/lib/server/auth/throttles";
import { issueEmailLink } from "@/lib/server/email-links";
import { sendMail } from "@/lib/server/mail";

const SAME_ANSWER =
  "If an account uses that address, we've sent it a link to choose a new password. The link works once, for 30 minutes.";

/** Public and throttled per address; answers the same whether or not the account exists. */
export const requestPasswordReset = publicAction(
  "auth.requestPasswordReset",
  schemas.requestPasswordReset,
  async ({ email }, { address }) =>
    throttled(accountRequestRule("password-reset", address), async () => {
      const user = await getUserByEmail(email);
      await recordAuditEvent({ event: "password_reset_request", userId: user?.id, email, address });
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
    }),
);
