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

export interface SignInSlowdown {
  /** How long this attempt waits before its password is checked. */
  delayMs: number;
  /** Forgets the account's counted failures (after a successful sign-in). */
  release: () => Promise<void>;
}

/** The per-account slowdown of one sign-in attempt. Not yet: every attempt answers at once. */
export async function signInSlowdown(email: string): Promise<SignInSlowdown> {
  void email;
  return { delayMs: 0, release: async () => {} };
}
