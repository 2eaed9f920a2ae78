import "server-only";
import {
  consumeEmailToken,
  createEmailToken,
  peekEmailToken,
  type EmailTokenPurpose,
} from "@/db/queries/users";
import { now } from "./clock";
import { hashToken, issueToken } from "./tokens";

/** How long each kind of emailed link works, in minutes. */
export const EMAIL_LINK_MINUTES: Record<EmailTokenPurpose, number> = {
  verify_email: 48 * 60,
  reset_password: 30,
  change_email: 24 * 60,
  delete_account: 30,
  authorize_email_change: 30,
  revert_email_change: 7 * 24 * 60,
  reauthenticate: 10,
};

/** Issues a single-use link token for an address; returns the token to put in the mail. */
export async function issueEmailLink(input: {
  userId: string;
  email: string;
  purpose: EmailTokenPurpose;
}): Promise<string> {
  const { token, tokenHash } = issueToken();
  await createEmailToken({
    ...input,
    tokenHash,
    expiresAt: new Date(now().getTime() + EMAIL_LINK_MINUTES[input.purpose] * 60_000),
  });
  return token;
}

/** Uses up a link token: its row if it was valid, unused and unexpired, else undefined. */
export function redeemEmailLink(input: {
  token: string;
  purpose: EmailTokenPurpose;
  userId?: string;
}) {
  return consumeEmailToken({
    tokenHash: hashToken(input.token),
    purpose: input.purpose,
    userId: input.userId,
    now: now(),
  });
}

/** Whether a link token would still work, without using it (to show its form). */
export function peekEmailLink(input: { token: string; purpose: EmailTokenPurpose }) {
  return peekEmailToken({ tokenHash: hashToken(input.token), purpose: input.purpose, now: now() });
}
