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

/** Invitations: per inviter (20 an hour) and per organization (50 an hour), both must allow. */
export function invitationRules(inviterId: string, organizationId: string): ThrottleRule[] {
  return [
    { bucket: "invite-inviter", key: inviterId, limit: 20, windowMinutes: 60 },
    { bucket: "invite-organization", key: organizationId, limit: 50, windowMinutes: 60 },
  ];
}
