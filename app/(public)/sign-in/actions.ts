"use server";

import { formInput } from "@/lib/form-input";
import { AuthError } from "next-auth";
import { z } from "zod";
import { throttleStatus } from "@/db/queries/throttle";
import { SignInThrottled, signIn } from "@/lib/server/auth/config";
import { retryMessage, signInRule } from "@/lib/server/auth/throttles";
import { env, oauthProviders } from "@/lib/env";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/server/request-context";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { emailSchema, signInSchema, type FormState } from "@/lib/validation";

type Fields = "email" | "password";

export async function signInWithPassword(
  _prev: FormState<Fields>,
  rawInput: FormData,
): Promise<FormState<Fields>> {
  const formData = formInput(rawInput);
  const email = String(formData.get("email") ?? "");
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
    callbackUrl: formData.get("callbackUrl") ?? undefined,
  });
  if (!parsed.success) {
    return { errors: z.flattenError(parsed.error).fieldErrors, values: { email } };
  }
  const throttle = await throttleStatus(signInRule(parsed.data.email, await clientAddress()));
  if (throttle.blocked)
    return { message: retryMessage(throttle.retryAfterSeconds), values: { email } };
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    // Same words whether the account is missing or the password is wrong: no enumeration.
    if (error instanceof SignInThrottled) {
      return { message: retryMessage(60 * env.SIGNIN_WINDOW_MINUTES), values: { email } };
    }
    if (error instanceof AuthError) {
      return { message: "Email or password is incorrect.", values: { email } };
    }
    throw error; // NEXT_REDIRECT on success
  }
  return {};
}

export async function signInWithEmailLink(
  _prev: FormState<"email">,
  rawInput: FormData,
): Promise<FormState<"email">> {
  const formData = formInput(rawInput);
  const parsed = z
    .object({ email: emailSchema, callbackUrl: z.string().max(2000).optional() })
    .safeParse({
      email: formData.get("email"),
      callbackUrl: formData.get("callbackUrl") ?? undefined,
    });
  if (!parsed.success) {
    return {
      errors: z.flattenError(parsed.error).fieldErrors,
      values: { email: String(formData.get("email") ?? "") },
    };
  }
  try {
    await signIn("nodemailer", {
      email: parsed.data.email,
      redirectTo: safeRedirectPath(parsed.data.callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      return { message: "We could not send a sign-in link just now. Try again in a minute." };
    }
    throw error;
  }
  return {};
}

const oauthProviderSchema = z.enum(["google", "microsoft-entra-id", "github"]);

export async function signInWithProvider(rawInput: FormData): Promise<void> {
  const formData = formInput(rawInput);
  const provider = oauthProviderSchema.safeParse(formData.get("provider"));
  // Only providers switched on (their variables set) are offered; anything else goes back.
  if (!provider.success || !oauthProviders[provider.data]) redirect("/sign-in?error=AccessDenied");
  await signIn(provider.data, { redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
}
