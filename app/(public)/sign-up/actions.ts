"use server";

import { schemas } from "./action-schemas";
import { AuthError } from "next-auth";
import { createUserWithPassword } from "@/db/queries/users";
import { appUrl } from "@/lib/env";
import { publicAction, throttled } from "@/lib/server/actions";
import { signIn } from "@/lib/server/auth/config";
import { hashPassword } from "@/lib/server/auth/password";
import { accountRequestRule } from "@/lib/server/auth/throttles";
import { EMAIL_LINK_MINUTES, issueEmailLink } from "@/lib/server/email-links";
import { queueMail } from "@/lib/server/mail";

export const signUp = publicAction(
  "auth.signUp",
  schemas.signUp,
  async ({ email, name, password }, { address }) =>
    throttled(accountRequestRule("sign-up", address), async () => {
      const user = await createUserWithPassword({
        email,
        name,
        passwordHash: await hashPassword(password),
      });
      if (!user) {
        // A known deviation: sign-up must tell a taken email apart (see README, Security).
        return {
          ok: false,
          message: "Please check the highlighted fields.",
          errors: { email: ["An account with this email already exists. Sign in instead."] },
        };
      }

      const token = await issueEmailLink({ userId: user.id, email, purpose: "verify_email" });
      await queueMail({
        template: "verify-email",
        to: email,
        link: `${appUrl}/verify-email?token=${token}`,
        hours: EMAIL_LINK_MINUTES.verify_email / 60,
      });

      try {
        await signIn("credentials", { email, password, redirectTo: "/onboarding" });
      } catch (error) {
        if (error instanceof AuthError) {
          return {
            ok: false,
            message: "Your account was created, but signing in failed. Please sign in.",
          };
        }
        throw error; // NEXT_REDIRECT on success
      }
    }),
  { echo: ["name", "email"] },
);
