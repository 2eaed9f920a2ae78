/**
 * argon2id at OWASP's minimum recommended cost (m = 19 MiB, t = 2, p = 1): about 5 ms here. The
 * one set of parameters: the app hashes with it (lib/server/auth/password.ts), and test fixtures
 * and the benchmark import it, so their users sign in exactly as real ones do.
 * Algorithm 2 = argon2id (the const enum cannot be imported under isolatedModules).
 */
export const ARGON2_PARAMETERS = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;
