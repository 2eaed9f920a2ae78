/** Only same-site paths may be redirect targets (no open redirects through ?callbackUrl=). */
export function safeRedirectPath(candidate: unknown, fallback = "/dashboard"): string {
  if (typeof candidate !== "string") return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) {
    return fallback;
  }
  return candidate;
}
