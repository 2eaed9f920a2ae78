import "server-only";
import { env } from "@/lib/env";
import type { ThrottleRule } from "@/db/queries/throttle";

/** Failures for one account from one address: a stranger elsewhere can't lock the owner out. */
export function signInRule(email: string, address: string): ThrottleRule {
  return {
    bucket: "signin-failure",
    key: `${email.toLowerCase()}|${address}`,
    limit: env.SIGNIN_MAX_FAILURES,
    windowMinutes: env.SIGNIN_WINDOW_MINUTES,
  };
}

/** Sign-ups, password-reset requests and correction reports, per address. */
export function accountRequestRule(
  kind: "sign-up" | "password-reset" | "correction",
  address: string,
): ThrottleRule {
  return { bucket: kind, key: address, limit: env.ACCOUNT_REQUESTS_PER_HOUR, windowMinutes: 60 };
}

/**
 * Wrong passwords re-entered by a signed-in user (account deletion, password change, email
 * change), per account and purpose: the same allowance as sign-in. Success forgets the failures.
 */
export function reauthFailureRule(
  purpose: "delete-account" | "change-password" | "change-email",
  userId: string,
): ThrottleRule {
  return {
    bucket: purpose,
    key: userId,
    limit: env.SIGNIN_MAX_FAILURES,
    windowMinutes: env.SIGNIN_WINDOW_MINUTES,
  };
}

/** Email-change requests per account and hour: not an oracle for taken addresses, nor a cannon. */
export function emailChangeRule(userId: string): ThrottleRule {
  return { bucket: "email-change-request", key: userId, limit: 5, windowMinutes: 60 };
}
