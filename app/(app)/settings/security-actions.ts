"use server";

import { schemas } from "./security-action-schemas";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/db/queries/audit";
import { revokeAllSessions } from "@/db/queries/sessions";
import { now } from "@/lib/server/clock";
import { userAction } from "@/lib/server/actions";
import { signOut } from "@/lib/server/auth/config";
import { changePassword, requestEmailChange } from "@/lib/server/auth/account-security";
import { endEverythingAThiefCouldHold } from "@/lib/server/auth/end-everything";
import { clientAddress } from "@/lib/server/request-context";

export const changePasswordAction = userAction(
  "security.changePassword",
  schemas.changePasswordAction,
  async (input, { user, sessionId }) =>
    changePassword({ user, sessionId, ...input, address: await clientAddress() }),
);

export const signOutEverywhereAction = userAction(
  "security.signOutEverywhere",
  schemas.signOutEverywhereAction,
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
  schemas.requestEmailChangeAction,
  async (input, { user }) =>
    requestEmailChange({
      user,
      newEmail: input.newEmail,
      currentPassword: input.password,
      address: await clientAddress(),
    }),
);
