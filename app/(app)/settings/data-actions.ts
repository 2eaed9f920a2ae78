"use server";

import { schemas, WRONG_PASSWORD } from "./data-action-schemas";
import { deleteAccount } from "@/db/queries/account";
import type { ThrottleRule } from "@/db/queries/throttle";
import { RateLimited } from "@/lib/errors";
import { throttled, userAction } from "@/lib/server/actions";
import { signOut } from "@/lib/server/auth/config";
import { verifyPassword } from "@/lib/server/auth/password";
import { reauthFailureRule } from "@/lib/server/auth/throttles";
import { appUrl } from "@/lib/env";
import { EMAIL_LINK_MINUTES, issueEmailLink } from "@/lib/server/email-links";
import { queueMail } from "@/lib/server/mail";
import { clientAddress } from "@/lib/server/request-context";

/** Emailed confirmation links per account and hour. */
function deleteLinkRule(userId: string): ThrottleRule {
  return { bucket: "delete-account-link", key: userId, limit: 5, windowMinutes: 60 };
}

/** Accounts with a password: re-enter it, then everything is deleted and this device signed out. */
export const deleteAccountAction = userAction(
  "account.delete",
  schemas.deleteAccountAction,
  async ({ password }, { user }) => {
    if (!user.passwordHash) {
      return {
        ok: false,
        message: "Your account has no password: ask for a confirmation link by email instead.",
      };
    }
    const passwordHash = user.passwordHash;
    const confirmed = await throttled(
      reauthFailureRule("delete-account", user.id),
      async (release) => {
        if (!(await verifyPassword(passwordHash, password))) return false;
        await release();
        return true;
      },
    ).catch((error: unknown) => {
      if (error instanceof RateLimited) return error;
      throw error;
    });
    if (confirmed instanceof RateLimited) {
      return { ok: false, message: confirmed.message, errors: { password: [confirmed.message] } };
    }
    if (!confirmed) {
      return { ok: false, message: WRONG_PASSWORD, errors: { password: [WRONG_PASSWORD] } };
    }
    await deleteAccount({ userId: user.id, address: await clientAddress() });
    // The session row is gone with the user (the cookie is refused from now on); clear it too.
    await signOut({ redirectTo: "/account-deleted" });
  },
);

/** Accounts without a password (email link or OAuth only): a single-use link by email. */
export const requestAccountDeletionLinkAction = userAction(
  "account.requestDeletionLink",
  schemas.requestAccountDeletionLinkAction,
  async (_input, { user }) => {
    if (user.passwordHash) {
      return { ok: false, message: "Enter your password to delete your account." };
    }
    return throttled(deleteLinkRule(user.id), async () => {
      const token = await issueEmailLink({
        userId: user.id,
        email: user.email,
        purpose: "delete_account",
      });
      const link = new URL("/delete-account/confirm", appUrl);
      link.searchParams.set("token", token);
      await queueMail({
        template: "delete-account",
        to: user.email,
        link: link.toString(),
        minutes: EMAIL_LINK_MINUTES.delete_account,
      });
      return {
        ok: true,
        message: `We sent a confirmation link to ${user.email}. Open it in this browser within ${EMAIL_LINK_MINUTES.delete_account} minutes to delete your account.`,
      };
    });
  },
);
