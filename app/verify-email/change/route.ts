import type { NextRequest } from "next/server";
import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { applyEmailChange } from "@/db/queries/users";
import { now } from "@/lib/server/clock";
import { redeemEmailLink } from "@/lib/server/email-links";
import { currentUser } from "@/lib/server/auth/current-user";
import { addressFromHeaders } from "@/lib/server/request-context";

const tokenSchema = z.string().min(20).max(200);

/** Opens the link sent to the new address: the change takes effect only now. */
export async function GET(request: NextRequest) {
  const token = tokenSchema.safeParse(request.nextUrl.searchParams.get("token"));
  const signedIn = await currentUser();
  const row = token.success
    ? await redeemEmailLink({ token: token.data, purpose: "change_email" })
    : undefined;
  let changed = false;
  if (row) {
    changed = await applyEmailChange({
      userId: row.userId,
      newEmail: row.email,
      now: now(),
      keepSessionId: signedIn?.user.id === row.userId ? signedIn.sessionId : undefined,
    });
    if (changed) {
      await recordAuditEvent({
        event: "email_change",
        userId: row.userId,
        address: addressFromHeaders(request.headers),
      });
    }
  }
  const target = signedIn
    ? changed
      ? "/settings?emailChanged=1"
      : "/settings?emailChanged=0"
    : changed
      ? "/sign-in?emailChanged=1"
      : "/sign-in?error=Verification";
  return Response.redirect(new URL(target, request.nextUrl), 303);
}
