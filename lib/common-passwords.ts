/**
 * Passwords that appear at the top of every breach list (and their obvious variants). Refusing
 * them is NIST SP 800-63B's "blocklist" check; no composition rules are imposed.
 */
const COMMON = `123456 123456789 12345678 password qwerty123 qwerty 1q2w3e4r 12345 111111 1234567890
1234567 123123 abc123 password1 iloveyou 000000 qwertyuiop 123321 654321 666666 987654321 password123
1qaz2wsx aa12345678 princess sunshine football monkey dragon baseball welcome letmein shadow master
superman michael jennifer trustno1 starwars whatever freedom hello123 passw0rd zaq12wsx qazwsx
charlie donald admin admin123 login welcome1 secret123 changeme 11111111 12341234 88888888 00000000
asdfghjk asdfasdf computer internet 1234qwer q1w2e3r4 qwer1234 abcd1234 pass1234 password12 iloveyou1
mustang access batman soccer hockey ranger buster thomas tigger robert jordan23 harley hunter2
killer pepper ginger daniel andrew joshua matrix cheese summer2024 winter2024 spring2025 autumn2025
sonography ultrasound sonographer password!`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter(Boolean));

export function isCommonPassword(password: string): boolean {
  const normalised = password.trim().toLowerCase();
  return (
    COMMON_PASSWORDS.has(normalised) ||
    /^(.)\1+$/.test(normalised) ||
    /^(0123456789|1234567890)+$/.test(normalised)
  );
}
