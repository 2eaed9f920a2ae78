import { type NextRequest } from "next/server";
import { z } from "zod";
import { deleteAccountWithToken } from "@/db/queries/account";
import { signOut } from "@/lib/server/auth/config";
import { currentUser } from "@/lib/server/auth/current-user";
import { now } from "@/lib/server/clock";
import { hashToken } from "@/lib/server/tokens";
import { addressFromHeaders } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

function redirectTo(path: string, request: NextRequest): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, request.nextUrl).toString(), "Cache-Control": "no-store" },
  });
}

/**
 * The emailed "delete my account" link, for accounts without a password. It deletes only when the
 * same user is signed in in this browser: a link scanner or anyone else who opens the link gets
 * the sign-in page and the token stays unused.
 */
export async function GET(request: NextRequest) {
  const raw = request.nextUrl.searchParams.get("token") ?? "";
  const signedIn = await currentUser();
  if (!signedIn) {
    const signIn = new URL("/sign-in", request.nextUrl);
    signIn.searchParams.set(
      "callbackUrl",
      `/delete-account/confirm?${new URLSearchParams({ token: raw })}`,
    );
    return redirectTo(`${signIn.pathname}${signIn.search}`, request);
  }
  const token = tokenSchema.safeParse(raw);
  const deleted =
    token.success &&
    (await deleteAccountWithToken({
      userId: signedIn.user.id,
      tokenHash: hashToken(token.data),
      now: now(),
      address: addressFromHeaders(request.headers),
    }));
  if (!deleted) return redirectTo("/settings?deletion=invalid#your-data", request);
  // The session row went with the user, so the old cookie is refused anyway; clear it too.
  await signOut({ redirect: false });
  return redirectTo("/account-deleted", request);
}
