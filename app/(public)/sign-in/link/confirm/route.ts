import type { NextRequest } from "next/server";
import { magicLinkCallbackPath, magicLinkFieldsSchema } from "@/lib/auth/magic-link";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, NO_STORE, readLimitedText, routeHandler } from "@/lib/server/http";

/** The form's three fields, with room to spare; anything larger is not our form. */
const MAX_BODY_BYTES = 8 * 1024;

/**
 * The "Sign in" button of the page the emailed link opens (/sign-in/link): only a POST from this
 * site goes on to Auth.js's callback, which uses the link up. A mail scanner's GET of the link
 * reaches only the page, so it neither uses the link nor claims an unverified account with it.
 */
export const POST = routeHandler(async (request: NextRequest) => {
  assertSameOrigin(request, "magic-link", {
    requireOrigin: true,
    message: "Press the button on the sign-in page to sign in.",
  });
  const body = await readLimitedText(request, MAX_BODY_BYTES, {
    surface: "magic-link",
    tooLarge: "That is not a sign-in link.",
  });
  const fields = magicLinkFieldsSchema.safeParse(Object.fromEntries(new URLSearchParams(body)));
  if (!fields.success) {
    throw new AppError(
      "bad_request:magic-link",
      "That sign-in link is incomplete. Ask for a new one.",
    );
  }
  const target = magicLinkCallbackPath(fields.data, [
    request.nextUrl.origin,
    new URL(appUrl).origin,
  ]);
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(target, request.nextUrl).toString(), ...NO_STORE },
  });
});
