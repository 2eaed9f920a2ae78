"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { schemas } from "./link-action-schemas";
import { unlinkProvider } from "@/db/queries/accounts";
import { recordAuditEvent } from "@/db/queries/audit";
import { markSessionReauthenticated, requestProviderLink } from "@/db/queries/sessions";
import { canUnlink, providerName, reauthenticationWindowStart } from "@/lib/auth/oauth-linking";
import { appUrl, oauthProviders } from "@/lib/env";
import { RateLimited } from "@/lib/errors";
import { throttled, userAction } from "@/lib/server/actions";
import { signIn } from "@/lib/server/auth/config";
import { reauthenticate } from "@/lib/server/auth/account-security";
import { reauthenticationLinkRule } from "@/lib/server/auth/throttles";
import { now } from "@/lib/server/clock";
import { EMAIL_LINK_MINUTES, issueEmailLink, redeemEmailLink } from "@/lib/server/email-links";
import { queueMail } from "@/lib/server/mail";
import { clientAddress } from "@/lib/server/request-context";

/** Re-enter the password: this session may link a provider for the next few minutes. */
export const reauthenticateAction = userAction(
  "security.reauthenticate",
  schemas.reauthenticateAction,
  async ({ password }, { user, sessionId }) => {
    const result = await reauthenticate({
      user,
      sessionId,
      password,
      address: await clientAddress(),
    });
    // The settings page shows the link buttons now: render it again.
    if (result.ok) revalidatePath("/settings");
    return result;
  },
);

/** Accounts without a password: a single-use link to the current address confirms instead. */
export const requestReauthenticationLinkAction = userAction(
  "security.requestReauthenticationLink",
  schemas.requestReauthenticationLinkAction,
  async (_input, { user }) => {
    return throttled(reauthenticationLinkRule(user.id), async () => {
      const token = await issueEmailLink({
        userId: user.id,
        email: user.email,
        purpose: "reauthenticate",
      });
      await queueMail({
        template: "reauthenticate",
        to: user.email,
        link: `${appUrl}/settings/confirm-it-is-you?token=${token}`,
        minutes: EMAIL_LINK_MINUTES.reauthenticate,
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
  schemas.confirmReauthenticationAction,
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
  schemas.linkProviderAction,
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
  schemas.unlinkProviderAction,
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
    // The list loses the provider, and its button's message with it: the page says it instead.
    redirect(`/settings?unlinked=${encodeURIComponent(provider)}#sign-in-methods`);
  },
);
