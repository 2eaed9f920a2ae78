"use server";

import { schemas } from "./security-action-schemas";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/db/queries/audit";
import { revokeAllSessions } from "@/db/queries/sessions";
import { getUserByEmail, setPasswordAndEndOtherSessions } from "@/db/queries/users";
import { now } from "@/lib/server/clock";
import { issueEmailLink } from "@/lib/server/email-links";
import { userAction } from "@/lib/server/actions";
import { signOut } from "@/lib/server/auth/config";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { appUrl } from "@/lib/env";
import { sendMail } from "@/lib/server/mail";
import { clientAddress } from "@/lib/server/request-context";

export const changePasswordAction = userAction(
  "security.changePassword",
  schemas.changePasswordAction,
  async (input, { user, sessionId }) => {
    if (
      user.passwordHash &&
      !(await verifyPassword(user.passwordHash, input.currentPassword ?? ""))
    ) {
      return {
        ok: false,
        message: "Please check the highlighted fields.",
        errors: { currentPassword: ["That isn't your current password."] },
      };
    }
    await setPasswordAndEndOtherSessions({
      userId: user.id,
      passwordHash: await hashPassword(input.newPassword),
      keepSessionId: sessionId,
      now: now(),
    });
    await recordAuditEvent({
      event: "password_change",
      userId: user.id,
      address: await clientAddress(),
    });
    return { ok: true, message: "Password changed. You've been signed out on your other devices." };
  },
);

export const signOutEverywhereAction = userAction(
  "security.signOutEverywhere",
  schemas.signOutEverywhereAction,
  async (_input, { user }) => {
    await revokeAllSessions({ userId: user.id, now: now() });
    await recordAuditEvent({
      event: "sign_out_everywhere",
      userId: user.id,
      address: await clientAddress(),
    });
    await signOut({ redirect: false });
    redirect("/sign-in?signedOut=everywhere");
  },
);

export const requestEmailChangeAction = userAction(
  "security.requestEmailChange",
  schemas.requestEmailChangeAction,
  async (input, { user }) => {
    if (input.newEmail === user.email) {
      return {
        ok: false,
        message: "Please check the highlighted fields.",
        errors: { newEmail: ["That is already your email address."] },
      };
    }
    const existing = await getUserByEmail(input.newEmail);
    if (existing) {
      return {
        ok: false,
        message: "Please check the highlighted fields.",
        errors: { newEmail: ["Another account uses that address."] },
      };
    }
    const token = await issueEmailLink({
      userId: user.id,
      email: input.newEmail,
      purpose: "change_email",
    });
    await sendMail({
      to: input.newEmail,
      subject: "Confirm your new email address",
      text: `Confirm that this is the new email address for your Sonography Career Planner account:\n${appUrl}/verify-email/change?token=${token}\n\nThe link expires in 24 hours. Until then, your old address stays in use.`,
    });
    await recordAuditEvent({
      event: "email_change_request",
      userId: user.id,
      address: await clientAddress(),
    });
    return {
      ok: true,
      message: `We sent a confirmation link to ${input.newEmail}. Your email changes once you open it.`,
    };
  },
);
