import "server-only";
import {
  claimAccount as claimInDatabase,
  markEmailVerified,
  verifyEmailAndClaim,
} from "@/db/queries/users";
import { VOUCHING_PROVIDERS } from "@/lib/auth/oauth-linking";
import { now } from "@/lib/server/clock";
import { revokeAllShareLinks } from "@/lib/server/sharing/recovery";
import { hashToken } from "@/lib/server/tokens";

/**
 * The claim of an account whose email address was just proven by someone other than its
 * password (the emailed link, or a provider that vouches: lib/auth/oauth-linking.ts decides).
 * If the account was not verified yet, whoever registered it without owning the address loses
 * everything they could have set up: the password, every session, calendar feeds, links of
 * providers that do not vouch for the address, unused emailed links. Use it from any recovery
 * code that hands an unverified account to its address's owner.
 *
 * Returns false when the account was verified already (nothing to claim).
 */
export async function claimAccount(userId: string): Promise<boolean> {
  const claimed = await claimInDatabase({
    userId,
    now: now(),
    vouchingProviders: VOUCHING_PROVIDERS,
    keepPassword: false,
  });
  // A claim is a recovery: links made by whoever held the account stop working.
  if (claimed) await revokeAllShareLinks(userId);
  return claimed;
}

/**
 * Email verification by the "confirm your email" link, pressed in a browser signed in to that
 * account (`sessionId` is kept, and the password: this browser proved both). The same claim
 * otherwise. False when the token is not the user's, used or expired.
 */
export async function verifyEmailWithLink(input: {
  token: string;
  userId: string;
  sessionId: string;
}): Promise<boolean> {
  const verified = await verifyEmailAndClaim({
    tokenHash: hashToken(input.token),
    userId: input.userId,
    sessionId: input.sessionId,
    now: now(),
    vouchingProviders: VOUCHING_PROVIDERS,
  });
  if (verified) await revokeAllShareLinks(input.userId);
  return verified;
}

/** A brand-new account created through a provider that vouches for its address: verified. */
export function markVouchedEmailVerified(userId: string, email: string): Promise<void> {
  return markEmailVerified({ userId, email, now: now() });
}
