"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { revokeAllShareLinks } from "@/lib/server/sharing/recovery";
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
import { emailSchema, newPasswordSchema } from "@/lib/validation";

export const changePasswordAction = userAction(
  "security.changePassword",
  z
    .object({
      currentPassword: z.string().max(1024).optional(),
      newPassword: newPasswordSchema,
    })
    .strict(),
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
  z.object({}).strict(),
  async (_input, { user }) => {
    await revokeAllSessions({ userId: user.id, now: now() });
    // Recovery: every share link stops working too (memberships are listed on /teams).
    await revokeAllShareLinks(user.id);
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
  z.object({ newEmail: emailSchema }).strict(),
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
