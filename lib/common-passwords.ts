import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The blocklist of NIST SP 800-63B / ASVS 5.0 (6.2.4): the password dictionary of
 * `@zxcvbn-ts/language-common` (ranked from breach corpora), keeping the passwords our own length
 * rule (8 or more) would otherwise accept. No composition rules are imposed. Server-side only:
 * it is imported by the schemas that actions use, never by a client component.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
  dictionary["passwords-common"]
    .map((password) => password.toLowerCase())
    .filter((password) => password.length >= 8),
);

export function isCommonPassword(password: string): boolean {
  const normalised = password.trim().toLowerCase();
  return (
    COMMON_PASSWORDS.has(normalised) ||
    /^(.)\1+$/.test(normalised) ||
    /^(0123456789|1234567890)+$/.test(normalised)
  );
}
