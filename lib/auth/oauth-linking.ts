/**
 * Whether an OAuth provider's profile proves the person owns the email address. Only then may an
 * OAuth sign-in attach to an existing account with that email (otherwise anyone who registers
 * the address at a careless provider could take the account over).
 */
export function oauthEmailIsVerified(
  provider: string,
  profile: Record<string, unknown> | undefined,
): boolean {
  if (!profile) return false;
  switch (provider) {
    case "google":
      return profile.email_verified === true;
    // GitHub and Entra ID profiles carry no verification claim we can rely on.
    default:
      return false;
  }
}
