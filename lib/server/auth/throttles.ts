import "server-only";
import { env } from "@/lib/env";
import { clearThrottle, reserveThrottleSlot, type ThrottleRule } from "@/db/queries/throttle";
import { signInDelayMs } from "@/lib/auth/sign-in-slowdown";
import { throttleKeyOfAddress } from "@/lib/client-address";

/**
 * Every rule that a client address keys goes through `throttleKeyOfAddress` (IPv6 by its /64).
 */

/** Failures for one account from one address: a stranger elsewhere can't lock the owner out. */
export function signInRule(email: string, address: string): ThrottleRule {
  return {
    bucket: "signin-failure",
    key: `${email.toLowerCase()}|${throttleKeyOfAddress(address)}`,
    limit: env.SIGNIN_MAX_FAILURES,
    windowMinutes: env.SIGNIN_WINDOW_MINUTES,
  };
}

/** Sign-ups, password-reset requests, sign-in links and correction reports, per address. */
export function accountRequestRule(
  kind: "sign-up" | "password-reset" | "magic-link" | "correction",
  address: string,
): ThrottleRule {
  return {
    bucket: kind,
    key: throttleKeyOfAddress(address),
    limit: env.ACCOUNT_REQUESTS_PER_HOUR,
    windowMinutes: 60,
  };
}

/** Failures for one account from every address: counted for the slowdown, never refused. */
function accountFailureRule(email: string): ThrottleRule {
  return {
    bucket: "signin-account",
    key: email.toLowerCase(),
    limit: Number.MAX_SAFE_INTEGER,
    windowMinutes: env.SIGNIN_WINDOW_MINUTES,
  };
}

export interface SignInSlowdown {
  /** How long this attempt waits before its password is checked (lib/auth/sign-in-slowdown.ts). */
  delayMs: number;
  /** Forgets the account's counted failures (after a successful sign-in). */
  release: () => Promise<void>;
}

/**
 * Counts one sign-in attempt against the account (from any address) and says how long it must
 * wait: a delay that grows with the account's recent failures, never a refusal. The attempt is
 * counted in the same step as the count is read, so parallel attempts each see the earlier ones.
 */
export async function signInSlowdown(email: string): Promise<SignInSlowdown> {
  const rule = accountFailureRule(email);
  const { priorAttempts } = await reserveThrottleSlot(rule);
  return { delayMs: signInDelayMs(priorAttempts), release: () => clearThrottle(rule) };
}

/**
 * Wrong passwords re-entered by a signed-in user (account deletion, password change, email
 * change, "confirm it's you" before linking a provider), per account and purpose: the same allowance as sign-in. Success forgets the failures.
 */
export function reauthFailureRule(
  purpose: "delete-account" | "change-password" | "change-email" | "reauthenticate",
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

/** Emailed "confirm it's you" links (accounts without a password) per account and hour. */
export function reauthenticationLinkRule(userId: string): ThrottleRule {
  return { bucket: "reauthenticate-link", key: userId, limit: 5, windowMinutes: 60 };
}

/** Sign-in links mailed to one address per hour, whoever asks: not a mail cannon. */
export const MAGIC_LINKS_PER_ADDRESS_PER_HOUR = 5;

/**
 * The rules a sign-in link request passes, in order: the client address's own allowance first
 * (a client refused there counts nothing against the address it targets), then the target's.
 */
export function magicLinkRules(email: string, address: string): ThrottleRule[] {
  return [
    accountRequestRule("magic-link", address),
    {
      bucket: "magic-link-to",
      key: email.toLowerCase(),
      limit: MAGIC_LINKS_PER_ADDRESS_PER_HOUR,
      windowMinutes: 60,
    },
  ];
}

/** Invitations: per inviter (20 an hour) and per organization (50 an hour), both must allow. */
export function invitationRules(inviterId: string, organizationId: string): ThrottleRule[] {
  return [
    { bucket: "invite-inviter", key: inviterId, limit: 20, windowMinutes: 60 },
    { bucket: "invite-organization", key: organizationId, limit: 50, windowMinutes: 60 },
  ];
}
