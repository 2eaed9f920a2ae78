/**
 * The one home of the rules about who may prove an email address and who may link a sign-in
 * method to an account.
 *
 * Only the emailed link, or a provider that vouches for the address (Google, when its profile
 * says `email_verified: true` for that very address), proves that the person owns it: only these
 * may verify an account, claim an unverified one, or attach a sign-in to an existing account by
 * email. Anyone can register someone else's address at a careless provider, so the others never
 * do (GitHub and Entra ID profiles carry no verification claim we can rely on).
 */

/** Providers that can vouch for an email address (when their profile says so). */
export const VOUCHING_PROVIDERS = ["google"] as const;

/** Whether links of this provider survive a claim of the account (see `claimAccount`). */
export function providerCanVouch(provider: string): boolean {
  return (VOUCHING_PROVIDERS as readonly string[]).includes(provider);
}

/**
 * Whether this sign-in proves that the person owns `email`: the emailed link always (it reached
 * the address), an OAuth provider only when it vouches for exactly that address.
 */
export function vouchesForEmail(
  account: { provider: string; type: string },
  claims: object | undefined,
  email: string,
): boolean {
  if (account.type === "email") return true;
  if (!claims || !providerCanVouch(account.provider)) return false;
  const profile = claims as Record<string, unknown>;
  switch (account.provider) {
    case "google":
      return (
        profile.email_verified === true &&
        typeof profile.email === "string" &&
        profile.email.toLowerCase() === email.toLowerCase()
      );
    default:
      return false;
  }
}

/** How recently a session must have re-entered its password (or opened an emailed link) to link. */
export const REAUTHENTICATION_MINUTES = 10;

/** The earliest re-authentication that still allows linking a provider at `now`. */
export function reauthenticationWindowStart(now: Date): Date {
  return new Date(now.getTime() - REAUTHENTICATION_MINUTES * 60_000);
}

/** Whether a session re-authenticated at `at` may link a provider at `now`. */
export function recentlyReauthenticated(at: Date | null | undefined, now: Date): boolean {
  return Boolean(at) && at!.getTime() >= reauthenticationWindowStart(now).getTime();
}

/** A linked provider may go only if another way to sign in stays: a password or another link. */
export function canUnlink(input: { hasPassword: boolean; linkedCount: number }): boolean {
  return input.hasPassword || input.linkedCount > 1;
}

/** The OAuth providers the app knows, and the names people see. */
export const OAUTH_PROVIDER_NAMES = {
  google: "Google",
  "microsoft-entra-id": "Microsoft",
  github: "GitHub",
} as const;

export type OAuthProviderId = keyof typeof OAUTH_PROVIDER_NAMES;

export const OAUTH_PROVIDER_IDS = Object.keys(OAUTH_PROVIDER_NAMES) as OAuthProviderId[];

/** The name people see for a provider id (the id itself for one the app no longer knows). */
export function providerName(provider: string): string {
  return provider in OAUTH_PROVIDER_NAMES
    ? OAUTH_PROVIDER_NAMES[provider as OAuthProviderId]
    : provider;
}
