"use server";

import { schemas } from "./action-schemas";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { oauthProviders } from "@/lib/env";
import { RateLimited } from "@/lib/errors";
import { publicAction } from "@/lib/server/actions";
import { SignInThrottled, signIn } from "@/lib/server/auth/config";
import { clearEndedSessionCookie } from "@/lib/server/auth/current-user";
import { safeRedirectPath } from "@/lib/safe-redirect";

export const signInWithPassword = publicAction(
  "auth.signInWithPassword",
  schemas.signInWithPassword,
  async (input) => {
    try {
      // Throttling happens inside the credentials check (lib/server/auth/config.ts), the one
      // place every password sign-in passes.
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirectTo: safeRedirectPath(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof SignInThrottled) {
        return { ok: false, message: new RateLimited("signin", error.retryAfterSeconds).message };
      }
      // Same words whether the account is missing or the password is wrong: no enumeration.
      if (error instanceof AuthError)
        return { ok: false, message: "Email or password is incorrect." };
      throw error; // NEXT_REDIRECT on success
    }
  },
  { echo: ["email"] },
);

export const signInWithEmailLink = publicAction(
  "auth.signInWithEmailLink",
  schemas.signInWithEmailLink,
  async (input) => {
    try {
      await signIn("nodemailer", {
        email: input.email,
        redirectTo: safeRedirectPath(input.callbackUrl),
      });
    } catch (error) {
      if (error instanceof AuthError) {
        return {
          ok: false,
          message: "We could not send a sign-in link just now. Try again in a minute.",
        };
      }
      throw error;
    }
  },
  { echo: ["email"] },
);

export const signInWithProvider = publicAction(
  "auth.signInWithProvider",
  schemas.signInWithProvider,
  async (input) => {
    // Only providers switched on (their variables set) are offered; anything else goes back.
    if (!oauthProviders[input.provider]) redirect("/sign-in?error=AccessDenied");
    // A cookie whose session has ended would make the provider's callback refuse the sign-in.
    await clearEndedSessionCookie();
    await signIn(input.provider, { redirectTo: safeRedirectPath(input.callbackUrl) });
  },
);
