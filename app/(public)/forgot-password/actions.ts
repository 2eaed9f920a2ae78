"use server";

import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { getUserByEmail } from "@/db/queries/users";
import { appUrl } from "@/lib/env";
import { publicAction, throttled } from "@/lib/server/actions";
import { accountRequestRule } from "@/lib/server/auth/throttles";
import { EMAIL_LINK_MINUTES, issueEmailLink } from "@/lib/server/email-links";
import { queueMail } from "@/lib/server/mail";
import { emailSchema } from "@/lib/validation";

const SAME_ANSWER =
  "If an account uses that address, we've sent it a link to choose a new password. The link works once, for 30 minutes.";

/** Public and throttled per address; answers the same whether or not the account exists. */
export const requestPasswordReset = publicAction(
  "auth.requestPasswordReset",
  z.object({ email: emailSchema }).strict(),
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
        await queueMail({
          template: "password-reset",
          to: user.email,
          link: `${appUrl}/reset-password?token=${token}`,
          minutes: EMAIL_LINK_MINUTES.reset_password,
          firstPassword: false,
        });
      }
      return { ok: true, message: SAME_ANSWER };
    }),
);
