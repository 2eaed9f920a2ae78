import type { NextRequest } from "next/server";
import { z } from "zod";
import { confirmEmailChange } from "@/lib/server/auth/account-security";
import { currentUser } from "@/lib/server/auth/current-user";
import { addressFromHeaders } from "@/lib/server/request-context";

const tokenSchema = z.string().min(20).max(200);

/** Opens the link sent to the new address: the change takes effect only now. */
export async function GET(request: NextRequest) {
  const token = tokenSchema.safeParse(request.nextUrl.searchParams.get("token"));
  const signedIn = await currentUser();
  const changed = token.success
    ? await confirmEmailChange({
        token: token.data,
        signedIn,
        address: addressFromHeaders(request.headers),
      })
    : false;
  const target = signedIn
    ? changed
      ? "/settings?emailChanged=1"
      : "/settings?emailChanged=0"
    : changed
      ? "/sign-in?emailChanged=1"
      : "/sign-in?error=Verification";
  return Response.redirect(new URL(target, request.nextUrl), 303);
}
