/**
 * The per-account sign-in slowdown (ASVS 5.0 6.3.1 asks for anti-automation without a lockout):
 * given how many sign-in attempts for one account have failed recently (from any address), how
 * long the next attempt waits before its password is checked. It never refuses, so a stranger can
 * slow an account down but cannot lock its owner out; the per-address limit does the refusing.
 */
export const SLOWDOWN_FREE_FAILURES = 3;
export const SLOWDOWN_FIRST_DELAY_MS = 500;
export const SLOWDOWN_MAX_DELAY_MS = 8_000;

export function signInDelayMs(recentFailures: number): number {
  if (!Number.isFinite(recentFailures) || recentFailures < SLOWDOWN_FREE_FAILURES) return 0;
  const doublings = Math.min(recentFailures - SLOWDOWN_FREE_FAILURES, 16);
  return Math.min(SLOWDOWN_FIRST_DELAY_MS * 2 ** doublings, SLOWDOWN_MAX_DELAY_MS);
}
