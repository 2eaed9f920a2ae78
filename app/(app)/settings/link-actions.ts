"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { unlinkProvider } from "@/db/queries/accounts";
import { recordAuditEvent } from "@/db/queries/audit";
import { markSessionReauthenticated, requestProviderLink } from "@/db/queries/sessions";
import type { ThrottleRule } from "@/db/queries/throttle";
import {
  canUnlink,
  OAUTH_PROVIDER_IDS,
  providerName,
  reauthenticationWindowStart,
} from "@/lib/auth/oauth-linking";
import { appUrl, env, oauthProviders } from "@/lib/env";
import { RateLimited } from "@/lib/errors";
import { throttled, userAction } from "@/lib/server/actions";
import { signIn } from "@/lib/server/auth/config";
import { verifyPassword } from "@/lib/server/auth/password";
import { now } from "@/lib/server/clock";
import { EMAIL_LINK_MINUTES, issueEmailLink, redeemEmailLink } from "@/lib/server/email-links";
import { sendMail } from "@/lib/server/mail";
import { clientAddress } from "@/lib/server/request-context";

/** Wrong passwords per account: the same allowance as sign-in and account deletion. */
function reauthenticationFailureRule(userId: string): ThrottleRule {
  return {
    bucket: "reauthenticate",
    key: userId,
    limit: env.SIGNIN_MAX_FAILURES,
    windowMinutes: env.SIGNIN_WINDOW_MINUTES,
  };
}

/** Emailed confirmation links per account and hour. */
function reauthenticationLinkRule(userId: string): ThrottleRule {
  return { bucket: "reauthenticate-link", key: userId, limit: 5, windowMinutes: 60 };
}

const WRONG_PASSWORD = "That isn't your password.";

/** Re-enter the password: this session may link a provider for the next few minutes. */
export const reauthenticateAction = userAction(
  "security.reauthenticate",
  z.object({ password: z.string().min(1, "Enter your password.").max(1024) }).strict(),
  async ({ password }, { user, sessionId }) => {
    if (!user.passwordHash) {
      return { ok: false, message: "Your account has no password: ask for a link by email." };
    }
    const passwordHash = user.passwordHash;
    const address = await clientAddress();
    const confirmed = await throttled(reauthenticationFailureRule(user.id), async (release) => {
      if (!(await verifyPassword(passwordHash, password))) return false;
      await release();
      return true;
    }).catch((error: unknown) => {
      if (error instanceof RateLimited) return error;
      throw error;
    });
    if (confirmed instanceof RateLimited) {
      return { ok: false, message: confirmed.message, errors: { password: [confirmed.message] } };
    }
    if (!confirmed) {
      await recordAuditEvent({ event: "reauthentication_failure", userId: user.id, address });
      return { ok: false, message: WRONG_PASSWORD, errors: { password: [WRONG_PASSWORD] } };
    }
    await markSessionReauthenticated({ sessionId, userId: user.id, now: now() });
    await recordAuditEvent({ event: "reauthentication", userId: user.id, address });
    // The settings page shows the link buttons now: render it again.
    revalidatePath("/settings");
    return { ok: true, message: "Confirmed. You can link a sign-in provider for 10 minutes." };
  },
);

/** Accounts without a password: a single-use link to the current address confirms instead. */
export const requestReauthenticationLinkAction = userAction(
  "security.requestReauthenticationLink",
  z.object({}).strict(),
  async (_input, { user }) => {
    return throttled(reauthenticationLinkRule(user.id), async () => {
      const token = await issueEmailLink({
        userId: user.id,
        email: user.email,
        purpose: "reauthenticate",
      });
      await sendMail({
        to: user.email,
        subject: "Confirm it's you",
        text: `To link a sign-in provider to your Sonography Career Planner account, open this link in the browser where you asked for it and press "Confirm":\n${appUrl}/settings/confirm-it-is-you?token=${token}\n\nThe link works once and expires in ${EMAIL_LINK_MINUTES.reauthenticate} minutes. If you did not ask for it, ignore this email.`,
      });
      return { ok: true as const, message: `We sent a confirmation link to ${user.email}.` };
    }).catch((error: unknown) => {
      if (error instanceof RateLimited) return { ok: false as const, message: error.message };
      throw error;
    });
  },
);

/** The emailed link's button: only the signed-in account the link was sent to. */
export const confirmReauthenticationAction = userAction(
  "security.confirmReauthentication",
  z.object({ token: z.string().min(20).max(200) }).strict(),
  async ({ token }, { user, sessionId }) => {
    const row = await redeemEmailLink({ token, purpose: "reauthenticate", userId: user.id });
    if (!row || row.email !== user.email) {
      return {
        ok: false,
        message: "This link has expired or was already used. Ask for a new one.",
      };
    }
    await markSessionReauthenticated({ sessionId, userId: user.id, now: now() });
    await recordAuditEvent({
      event: "reauthentication",
      userId: user.id,
      address: await clientAddress(),
    });
    redirect("/settings?reauthenticated=1#sign-in-methods");
  },
);

/** Links a provider: only from a session that re-authenticated within the last 10 minutes. */
export const linkProviderAction = userAction(
  "security.linkProvider",
  z.object({ provider: z.enum(OAUTH_PROVIDER_IDS) }).strict(),
  async ({ provider }, { user, sessionId }) => {
    if (!oauthProviders[provider]) {
      return { ok: false, message: `${providerName(provider)} sign-in is not available here.` };
    }
    const requested = await requestProviderLink({
      sessionId,
      userId: user.id,
      provider,
      reauthenticatedSince: reauthenticationWindowStart(now()),
    });
    if (!requested) {
      return {
        ok: false,
        message: "Confirm it's you first: your confirmation is older than 10 minutes.",
      };
    }
    await recordAuditEvent({
      event: "provider_link_request",
      userId: user.id,
      address: await clientAddress(),
    });
    await signIn(provider, { redirectTo: `/settings?linked=${provider}#sign-in-methods` });
  },
);

/** Unlinks a provider, unless it is the last way to sign in. */
export const unlinkProviderAction = userAction(
  "security.unlinkProvider",
  z.object({ provider: z.string().min(1).max(100) }).strict(),
  async ({ provider }, { user }) => {
    const result = await unlinkProvider({ userId: user.id, provider, mayUnlink: canUnlink });
    const name = providerName(provider);
    if (result === "not_found") {
      return { ok: false, message: "We couldn't find that sign-in method on your account." };
    }
    if (result === "last_way") {
      return {
        ok: false,
        message: `${name} is your only way to sign in: set a password or link another provider first.`,
      };
    }
    await recordAuditEvent({
      event: "provider_unlink",
      userId: user.id,
      address: await clientAddress(),
    });
    revalidatePath("/settings");
    return { ok: true, message: `${name} unlinked.` };
  },
);
