import "server-only";
import { unlinkProvider } from "@/db/queries/accounts";
import { recordAuditEvent } from "@/db/queries/audit";
import { markSessionReauthenticated } from "@/db/queries/sessions";
import { reserveThrottleSlot } from "@/db/queries/throttle";
import {
  applyEmailChange,
  getUserByEmail,
  setPasswordAndEndOtherSessions,
} from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { ActionResult } from "@/lib/action-result";
import { canUnlink } from "@/lib/auth/oauth-linking";
import { appUrl } from "@/lib/env";
import { RateLimited } from "@/lib/errors";
import { throttled } from "@/lib/server/actions";
import { now } from "@/lib/server/clock";
import { EMAIL_LINK_MINUTES, issueEmailLink, redeemEmailLink } from "@/lib/server/email-links";
import { queueMail, type MailMessage } from "@/lib/server/mail";
import { listMembershipsForReview } from "@/lib/server/sharing/recovery";
import type { MembershipForReview } from "@/lib/sharing/scope";
import { endEverythingAThiefCouldHold } from "./end-everything";
import { hashPassword, verifyPassword } from "./password";
import { accountRequestRule, emailChangeRule, reauthFailureRule } from "./throttles";

/**
 * Account recovery and the account's credentials, as use cases: the actions in
 * app/(public)/forgot-password, app/(public)/reset-password and app/(app)/settings only validate
 * and call these, so integration tests drive exactly what a request runs.
 */

const CHECK_FIELDS = "Please check the highlighted fields.";

export const PASSWORD_RESET_ANSWER =
  "If an account uses that address, we've sent it a link to choose a new password. The link works once, for 30 minutes.";

/**
 * Public and throttled per address; answers the same, after the same work, whether or not the
 * account exists: one lookup, one audit row, one queued job. The link is made by the job, after
 * the response (passwordResetMail), so neither the answer nor its timing tells the two apart.
 */
export async function requestPasswordReset(input: {
  email: string;
  address: string;
}): Promise<ActionResult> {
  const { email, address } = input;
  return throttled(accountRequestRule("password-reset", address), async () => {
    const user = await getUserByEmail(email);
    await recordAuditEvent({ event: "password_reset_request", userId: user?.id, email, address });
    await queueMail({ template: "password-reset-request", to: email });
    return { ok: true, message: PASSWORD_RESET_ANSWER };
  });
}

/**
 * Run by the mail job for a queued reset request: the link for the account that uses the address
 * now, bound to that address; nothing when no account does. An account without a password gets
 * the same link to choose its first one.
 */
export async function passwordResetMail(
  email: string,
): Promise<Extract<MailMessage, { template: "password-reset" }> | null> {
  const user = await getUserByEmail(email);
  if (!user) return null;
  const token = await issueEmailLink({
    userId: user.id,
    email: user.email,
    purpose: "reset_password",
  });
  return {
    template: "password-reset",
    to: user.email,
    link: `${appUrl}/reset-password?token=${token}`,
    minutes: EMAIL_LINK_MINUTES.reset_password,
    firstPassword: !user.passwordHash,
  };
}

/** The emailed single-use token is the credential: no session needed. */
export async function resetPassword(input: {
  token: string;
  password: string;
  /** Linked providers to unlink at the same time (the reset screen lists them). */
  unlink?: readonly string[];
  address: string;
}): Promise<ActionResult<{ memberships: MembershipForReview[] }>> {
  const row = await redeemEmailLink({ token: input.token, purpose: "reset_password" });
  if (!row) {
    return { ok: false, message: "This link has expired or was already used. Ask for a new one." };
  }
  // Opening the emailed link proves the address; every session ends, including a thief's.
  await setPasswordAndEndOtherSessions({
    userId: row.userId,
    passwordHash: await hashPassword(input.password),
    verifiedEmail: true,
    now: now(),
  });
  await endEverythingAThiefCouldHold(row.userId);
  await recordAuditEvent({ event: "password_reset", userId: row.userId, address: input.address });
  // The account has a password now, so any provider may go (lib/auth/oauth-linking.ts).
  for (const provider of new Set(input.unlink ?? [])) {
    const result = await unlinkProvider({ userId: row.userId, provider, mayUnlink: canUnlink });
    if (result === "unlinked") {
      await recordAuditEvent({
        event: "provider_unlink",
        userId: row.userId,
        address: input.address,
      });
    }
  }
  // Share links ended above; organizations keep what the person shares until they change it, so
  // the reset screen lists them for review (the emailed link proved the address).
  return {
    ok: true,
    message: "Your password has been changed. Sign in with the new one.",
    data: { memberships: await listMembershipsForReview(row.userId) },
  };
}

/**
 * Checks a signed-in user's current password before a change to their credentials: throttled per
 * account like account deletion's (reauthFailureRule), each failure and refusal audited. An
 * account without a password has nothing to check here (its callers decide what stands in).
 */
async function checkCurrentPassword(input: {
  user: User;
  password: string | undefined;
  purpose: "change-password" | "change-email" | "reauthenticate";
  address: string;
}): Promise<"ok" | "wrong" | RateLimited> {
  const { user } = input;
  const passwordHash = user.passwordHash;
  if (!passwordHash) return "ok";
  try {
    return await throttled(reauthFailureRule(input.purpose, user.id), async (release) => {
      if (await verifyPassword(passwordHash, input.password ?? "")) {
        await release();
        return "ok" as const;
      }
      await recordAuditEvent({
        event: "password_check_failure",
        userId: user.id,
        address: input.address,
      });
      return "wrong" as const;
    });
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    await recordAuditEvent({
      event: "password_check_throttled",
      userId: user.id,
      address: input.address,
    });
    return error;
  }
}

function passwordRefusal(result: "wrong" | RateLimited, field: string): ActionResult {
  const message =
    result instanceof RateLimited ? result.message : "That isn't your current password.";
  return {
    ok: false,
    message: result instanceof RateLimited ? message : CHECK_FIELDS,
    errors: { [field]: [message] },
  };
}

/**
 * "Confirm it's you" in Settings: the current password, checked like every other re-entry; this
 * session may then link a sign-in provider for the next few minutes (lib/auth/oauth-linking.ts).
 */
export async function reauthenticate(input: {
  user: User;
  sessionId: string;
  password: string;
  address: string;
}): Promise<ActionResult> {
  const { user } = input;
  if (!user.passwordHash) {
    return { ok: false, message: "Your account has no password: ask for a link by email." };
  }
  const check = await checkCurrentPassword({ ...input, purpose: "reauthenticate" });
  if (check !== "ok") return passwordRefusal(check, "password");
  await markSessionReauthenticated({ sessionId: input.sessionId, userId: user.id, now: now() });
  await recordAuditEvent({ event: "reauthentication", userId: user.id, address: input.address });
  return { ok: true, message: "Confirmed. You can link a sign-in provider for 10 minutes." };
}

export async function changePassword(input: {
  user: User;
  sessionId: string;
  currentPassword?: string;
  newPassword?: string;
  address: string;
}): Promise<ActionResult> {
  const { user } = input;
  if (!user.passwordHash) {
    // A first password: a stolen session alone must not be able to set one. A link to the
    // account's address (the reset link, worded for a first password) sets it.
    const mail = await passwordResetMail(user.email);
    if (mail) await queueMail(mail);
    return {
      ok: true,
      message: `We sent a link to ${user.email}: open it to choose your password.`,
    };
  }
  const check = await checkCurrentPassword({
    user,
    password: input.currentPassword,
    purpose: "change-password",
    address: input.address,
  });
  if (check !== "ok") return passwordRefusal(check, "currentPassword");
  if (!input.newPassword) {
    return { ok: false, message: CHECK_FIELDS, errors: { newPassword: ["Enter a new password."] } };
  }
  await setPasswordAndEndOtherSessions({
    userId: user.id,
    passwordHash: await hashPassword(input.newPassword),
    keepSessionId: input.sessionId,
    now: now(),
  });
  await endEverythingAThiefCouldHold(user.id, { keepSessionId: input.sessionId });
  await recordAuditEvent({ event: "password_change", userId: user.id, address: input.address });
  return { ok: true, message: "Password changed. You've been signed out on your other devices." };
}

/**
 * Asks to change the account's email. Needs the current password (an account without one gets a
 * link at its current address first: authorizeEmailChange); throttled per account; one answer
 * whether or not the new address is taken (its owner gets a notice instead of a link).
 */
export async function requestEmailChange(input: {
  user: User;
  currentPassword?: string;
  newEmail: string;
  address: string;
}): Promise<ActionResult> {
  const { user, newEmail } = input;
  if (newEmail === user.email) {
    return {
      ok: false,
      message: CHECK_FIELDS,
      errors: { newEmail: ["That is already your email address."] },
    };
  }
  const allowed = await reserveThrottleSlot(emailChangeRule(user.id));
  if (!allowed.allowed) {
    const limited = new RateLimited("email-change", allowed.retryAfterSeconds);
    return { ok: false, message: limited.message };
  }
  const check = await checkCurrentPassword({
    user,
    password: input.currentPassword,
    purpose: "change-email",
    address: input.address,
  });
  if (check !== "ok") return passwordRefusal(check, "password");
  await recordAuditEvent({
    event: "email_change_request",
    userId: user.id,
    address: input.address,
  });
  if (!user.passwordHash) {
    const token = await issueEmailLink({
      userId: user.id,
      email: newEmail,
      purpose: "authorize_email_change",
    });
    await queueMail({
      template: "email-change-authorize",
      to: user.email,
      link: `${appUrl}/email-change/authorize?token=${token}`,
      newEmail,
      minutes: EMAIL_LINK_MINUTES.authorize_email_change,
    });
    return {
      ok: true,
      message: `We sent a link to your current address, ${user.email}. Open it to go on.`,
    };
  }
  await sendEmailChangeLink(user.id, newEmail);
  return {
    ok: true,
    message: `We sent a confirmation link to ${newEmail}. Your email changes once you open it.`,
  };
}

/** The link to the new address, or, when an account already uses it, a notice to its owner. */
async function sendEmailChangeLink(userId: string, newEmail: string): Promise<void> {
  if (await getUserByEmail(newEmail)) {
    await queueMail({ template: "email-taken-notice", to: newEmail });
    return;
  }
  const token = await issueEmailLink({ userId, email: newEmail, purpose: "change_email" });
  await queueMail({
    template: "email-change-confirm",
    to: newEmail,
    link: `${appUrl}/verify-email/change?token=${token}`,
    hours: EMAIL_LINK_MINUTES.change_email / 60,
  });
}

/** The POST of the page opened from the link sent to the current address (no password). */
export async function authorizeEmailChange(input: { token: string }): Promise<ActionResult> {
  const row = await redeemEmailLink({ token: input.token, purpose: "authorize_email_change" });
  if (!row) return { ok: false, message: "This link has expired or was already used." };
  await sendEmailChangeLink(row.userId, row.email);
  return {
    ok: true,
    message: `We sent a confirmation link to ${row.email}. Your email changes once you open it.`,
  };
}

/**
 * Opens the link sent to the new address: the change takes effect only now. Everything a thief
 * could hold ends (but this device, when it is the account's own), and the old address gets a
 * notice with a link, valid 7 days, that puts it back.
 */
export async function confirmEmailChange(input: {
  token: string;
  signedIn: { user: User; sessionId: string } | null;
  address: string;
}): Promise<boolean> {
  const row = await redeemEmailLink({ token: input.token, purpose: "change_email" });
  if (!row) return false;
  const keepSessionId =
    input.signedIn?.user.id === row.userId ? input.signedIn.sessionId : undefined;
  const previousEmail = await applyEmailChange({
    userId: row.userId,
    newEmail: row.email,
    now: now(),
    keepSessionId,
  });
  if (!previousEmail) return false;
  await endEverythingAThiefCouldHold(row.userId, { keepSessionId });
  await recordAuditEvent({ event: "email_change", userId: row.userId, address: input.address });
  const revert = await issueEmailLink({
    userId: row.userId,
    email: previousEmail,
    purpose: "revert_email_change",
  });
  await queueMail({
    template: "email-changed-notice",
    to: previousEmail,
    newEmail: row.email,
    revertLink: `${appUrl}/email-change/revert?token=${revert}`,
    days: EMAIL_LINK_MINUTES.revert_email_change / (24 * 60),
  });
  return true;
}

/**
 * The POST of the page opened from the notice's link: the old address comes back (verified: the
 * link reached it), and every session, emailed link and the calendar feed end.
 */
export async function revertEmailChange(input: {
  token: string;
  address: string;
}): Promise<ActionResult> {
  const row = await redeemEmailLink({ token: input.token, purpose: "revert_email_change" });
  const restored =
    row && (await applyEmailChange({ userId: row.userId, newEmail: row.email, now: now() }));
  if (!row || !restored) {
    return { ok: false, message: "This link has expired or was already used." };
  }
  await endEverythingAThiefCouldHold(row.userId);
  await recordAuditEvent({
    event: "email_change_revert",
    userId: row.userId,
    address: input.address,
  });
  return {
    ok: true,
    message: `Your account uses ${row.email} again, and every device has been signed out. Reset your password to sign in.`,
  };
}
