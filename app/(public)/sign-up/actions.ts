"use server";

import { formInput } from "@/lib/form-input";
import { AuthError } from "next-auth";
import { z } from "zod";
import { createUserWithPassword } from "@/db/queries/users";
import { recordThrottleEvent, throttleStatus } from "@/db/queries/throttle";
import { signIn } from "@/lib/server/auth/config";
import { accountRequestRule, retryMessage } from "@/lib/server/auth/throttles";
import { clientAddress } from "@/lib/server/request-context";
import { hashPassword } from "@/lib/server/auth/password";
import { appUrl } from "@/lib/env";
import { issueEmailLink } from "@/lib/server/email-links";
import { sendMail } from "@/lib/server/mail";
import { signUpSchema, type FormState } from "@/lib/validation";

type Fields = "name" | "email" | "password";

export async function signUp(
  _prev: FormState<Fields>,
  rawInput: FormData,
): Promise<FormState<Fields>> {
  const formData = formInput(rawInput);
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
  };
  const parsed = signUpSchema.safeParse({
    name: formData.get("name") ?? undefined,
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return { errors: z.flattenError(parsed.error).fieldErrors, values };

  const address = await clientAddress();
  const rule = accountRequestRule("sign-up", address);
  const throttle = await throttleStatus(rule);
  if (throttle.blocked) return { message: retryMessage(throttle.retryAfterSeconds), values };
  await recordThrottleEvent(rule);

  const { email, name, password } = parsed.data;
  const user = await createUserWithPassword({
    email,
    name,
    passwordHash: await hashPassword(password),
  });
  if (!user) {
    // A known deviation: sign-up must tell a taken email apart (see README, Security).
    return {
      errors: { email: ["An account with this email already exists. Sign in instead."] },
      values,
    };
  }

  const token = await issueEmailLink({ userId: user.id, email, purpose: "verify_email" });
  await sendMail({
    to: email,
    subject: "Confirm your email address",
    text: `Welcome to Sonography Career Planner.\n\nConfirm your email address:\n${appUrl}/verify-email?token=${token}\n\nThe link expires in 48 hours.`,
  });

  try {
    await signIn("credentials", { email, password, redirectTo: "/onboarding" });
  } catch (error) {
    if (error instanceof AuthError) {
      return { message: "Your account was created, but signing in failed. Please sign in." };
    }
    throw error;
  }
  return {};
}
