import "server-only";
import { headers } from "next/headers";

/**
 * The client address of the current request. instrumentation-node.ts has already replaced
 * X-Forwarded-For with the one address we trust (TRUSTED_PROXY_HOPS), so reading it is safe.
 */
export async function clientAddress(): Promise<string> {
  return addressFromHeaders(await headers());
}

export function addressFromHeaders(source: Headers): string {
  return source.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
