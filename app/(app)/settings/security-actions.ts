"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { revokeAllSessions } from "@/db/queries/sessions";
import { now } from "@/lib/server/clock";
import { userAction } from "@/lib/server/actions";
import { signOut } from "@/lib/server/auth/config";
import { changePassword, requestEmailChange } from "@/lib/server/auth/account-security";
import { endEverythingAThiefCouldHold } from "@/lib/server/auth/end-everything";
import { clientAddress } from "@/lib/server/request-context";
import { emailSchema, newPasswordSchema } from "@/lib/validation";

export const changePasswordAction = userAction(
  "security.changePassword",
  z
    .object({
      currentPassword: z.string().max(1024).optional(),
      // Absent for an account without a password: it gets a link to choose one.
      newPassword: newPasswordSchema.optional(),
    })
    .strict(),
  async (input, { user, sessionId }) =>
    changePassword({ user, sessionId, ...input, address: await clientAddress() }),
);

export const signOutEverywhereAction = userAction(
  "security.signOutEverywhere",
  z.object({}).strict(),
  async (_input, { user }) => {
    await revokeAllSessions({ userId: user.id, now: now() });
    await endEverythingAThiefCouldHold(user.id);
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
  z.object({ newEmail: emailSchema, password: z.string().max(1024).optional() }).strict(),
  async (input, { user }) =>
    requestEmailChange({
      user,
      newEmail: input.newEmail,
      currentPassword: input.password,
      address: await clientAddress(),
    }),
);
