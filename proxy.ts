import { NextResponse, type NextRequest } from "next/server";

/**
 * A cheap, optimistic redirect only: is there a session cookie at all? The real check (token,
 * session row) happens once in the page or action through requireUser(). Decoding the session
 * here too cost 40% of throughput in a measurement on this stack.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasCookie = SESSION_COOKIES.some(
    (name) => request.cookies.has(name) || request.cookies.has(`${name}.0`),
  );
  if (hasCookie) return NextResponse.next();
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/plans/:path*",
    "/settings/:path*",
    "/onboarding/:path*",
    "/paths/:slug/start",
  ],
};
