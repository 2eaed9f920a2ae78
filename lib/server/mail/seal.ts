import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/env";

/**
 * A queued mail carries a live link (a token we store elsewhere only as a hash). The job's data
 * sits in pg-boss's tables until it is archived, so it is sealed (AES-256-GCM, a key derived from
 * AUTH_SECRET): a copy of the database opens nothing, here as in lib/server/tokens.ts.
 */
function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "", "mail-queue-v1", 32));
}

export function seal(value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url");
}

export function unseal(sealed: string): unknown {
  const bytes = Buffer.from(sealed, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  const body = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
  return JSON.parse(body.toString("utf8"));
}
