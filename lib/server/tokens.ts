import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Secrets handed to a person (emailed links, calendar feeds, share links): long, random, and
 * stored only as a SHA-256 hash, so a copy of the database opens nothing. Lookups go by the hash;
 * tokens we can recompute (HMACs) are compared in constant time.
 */

/** A new random token (URL-safe) and the hash to store. */
export function issueToken(bytes = 32): { token: string; tokenHash: string } {
  const token = randomBytes(bytes).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token derived from a secret and some values, e.g. an unsubscribe link: nothing to store. */
export function signedToken(secret: string, ...parts: readonly string[]): string {
  return createHmac("sha256", secret).update(parts.join("\u0000")).digest("base64url");
}

/** Compares two tokens without leaking, by timing, how much of them matched. */
export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
