import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id at OWASP's minimum recommended cost (m = 19 MiB, t = 2, p = 1): about 5 ms here.
 * Algorithm 2 = argon2id (the const enum cannot be imported under isolatedModules).
 */
const PARAMETERS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PARAMETERS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the account doesn't exist keeps the timing of a failed
// sign-in the same whether or not the email is registered.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("not-a-real-password-for-timing-only");
  await verifyPassword(await dummyHash, password);
  return false;
}
