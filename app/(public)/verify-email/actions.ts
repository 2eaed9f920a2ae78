"use server";

import { redirect } from "next/navigation";
import { schemas } from "./action-schemas";
import { recordAuditEvent } from "@/db/queries/audit";
import { userAction } from "@/lib/server/actions";
import { verifyEmailWithLink } from "@/lib/server/auth/claim";
import { clientAddress } from "@/lib/server/request-context";

/**
 * "Confirm my email address", pressed on the page the emailed link opens, in a browser signed
 * in to that very account: a mail scanner's GET, or someone else's browser, verifies nothing.
 */
export const verifyEmailAction = userAction(
  "auth.verifyEmail",
  schemas.verifyEmailAction,
  async ({ token }, { user, sessionId }) => {
    const verified = await verifyEmailWithLink({ token, userId: user.id, sessionId });
    if (!verified) {
      return {
        ok: false,
        message:
          "This link has expired, was already used, or belongs to another account. Sign in to the account the email was sent for, or ask for a new link.",
      };
    }
    await recordAuditEvent({
      event: "email_verified",
      userId: user.id,
      address: await clientAddress(),
    });
    redirect("/dashboard?verified=1");
  },
);
