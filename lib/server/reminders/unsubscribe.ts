import "server-only";
import { turnOffReminderKinds } from "@/db/queries/reminders";
import { getUserById } from "@/db/queries/users";
import { authSecret, appUrl } from "@/lib/env";
import { REMINDER_KINDS, type ReminderKind } from "@/lib/reminders/rules";
import { signedToken, tokensEqual } from "@/lib/server/tokens";
import { isUnsubscribeScope, type UnsubscribeScope } from "@/lib/reminders/unsubscribe-scope";

/**
 * One-click unsubscribe (RFC 8058) without storing anything: the token is an HMAC of the user id
 * and the kind, keyed from AUTH_SECRET, so it turns off exactly that kind for exactly that user.
 * "all" (a weekly digest's link) turns off every kind.
 */
export { isUnsubscribeScope, type UnsubscribeScope };

export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  return signedToken(authSecret(), "unsubscribe", userId, scope);
}

export function unsubscribeTokenValid(userId: string, scope: UnsubscribeScope, token: string) {
  return tokensEqual(unsubscribeToken(userId, scope), token);
}

function query(userId: string, scope: UnsubscribeScope): string {
  return new URLSearchParams({
    u: userId,
    k: scope,
    t: unsubscribeToken(userId, scope),
  }).toString();
}

/** The mail body's link: a page with a button (a GET changes nothing: mail scanners open links). */
export function unsubscribePageUrl(userId: string, scope: UnsubscribeScope): string {
  return `${appUrl}/unsubscribe?${query(userId, scope)}`;
}

/** The List-Unsubscribe header's URL: acts on POST only (List-Unsubscribe-Post: One-Click). */
export function unsubscribePostUrl(userId: string, scope: UnsubscribeScope): string {
  return `${appUrl}/api/unsubscribe?${query(userId, scope)}`;
}

export function scopeKinds(scope: UnsubscribeScope): readonly ReminderKind[] {
  return scope === "all" ? REMINDER_KINDS : [scope];
}

/**
 * Turns off the link's kind(s) for its user when the token is theirs. False for a link that is
 * not (tampered, or its account was deleted). Both the page's button and the one-click POST use it.
 */
export async function unsubscribe(input: {
  userId: string;
  scope: UnsubscribeScope;
  token: string;
}) {
  if (!unsubscribeTokenValid(input.userId, input.scope, input.token)) return false;
  if (!(await getUserById(input.userId))) return false;
  await turnOffReminderKinds({ userId: input.userId, kinds: scopeKinds(input.scope) });
  return true;
}
