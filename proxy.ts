import { NextResponse, type NextRequest } from "next/server";
import {
  createNonce,
  dynamicPageHeaders,
  noncePolicy,
  securitySettings,
  type HeaderList,
} from "@/lib/security-headers";
import { SESSION_HINT_COOKIE, SESSION_HINT_MAX_AGE_SECONDS } from "@/lib/auth/session-hint";
import { THEME_SCRIPT_HASH } from "@/lib/theme";

/**
 * Runs only on the dynamically rendered pages (see `config.matcher`), and stays cheap:
 * - a fresh CSP nonce per request, set on the forwarded request (Next reads it from the
 *   `Content-Security-Policy` request header and puts it on its own scripts) and on the response;
 * - an optimistic redirect for the signed-in pages: is there a session cookie at all? The real
 *   check (token, session row) happens once in the page or action through requireUser().
 *   Decoding the session here too cost 40% of throughput in a measurement on this stack.
 * Public prerendered pages never come here: next.config.ts gives them a static policy.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * Public pages rendered per request: they get the nonce policy but no sign-in redirect. Each must
 * stay dynamic: a prerendered page has no nonce on its scripts and would not run under this
 * policy (the e2e CSP guard would report it). Keep in step with the last matcher entries.
 */
const PUBLIC_DYNAMIC_PAGES = new Set([
  "/sign-in",
  "/reset-password",
  "/corrections/new",
  "/unsubscribe",
  "/email-change/revert",
  "/email-change/authorize",
  "/verify-email",
  "/sign-out",
  "/sign-in/link",
]);

/**
 * The benchmark's floor page (app/(app)/bench/floor): the signed-in pages' proxy work, but no
 * redirect here, so that it answers 404 to everyone unless the server started with BENCH_FLOOR=1
 * (the page decides, through lib/env.ts; it then checks the session like every signed-in page).
 */
const BENCH_FLOOR_PAGE = "/bench/floor";

/** Pages opened from emailed links whose URL carries a token. */
const TOKEN_IN_URL = new Set([
  "/reset-password",
  "/unsubscribe",
  "/email-change/revert",
  "/email-change/authorize",
  "/verify-email",
  "/settings/confirm-it-is-you",
  "/sign-in/link",
]);
/** Token-bearing page prefixes: share links (public) and invitations (signed in). */
const PUBLIC_TOKEN_PREFIX = "/share/";
const TOKEN_PREFIXES = [PUBLIC_TOKEN_PREFIX, "/teams/join/"];

// Read once per process. Not through lib/env.ts: see securitySettings() for why.
// eslint-disable-next-line no-restricted-properties -- the one environment read of the proxy
const { development, hsts, signInFormActions } = securitySettings(process.env);
// Inline scripts the root layout renders without a nonce (a nonce would need headers() there,
// which would make every public page dynamic): allowed by the hash of their constant text.
const scriptHashes = [THEME_SCRIPT_HASH];

function withHeaders<T extends NextResponse>(response: T, headers: HeaderList): T {
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isSignIn = pathname === "/sign-in";
  const isPublic =
    PUBLIC_DYNAMIC_PAGES.has(pathname) ||
    pathname === BENCH_FLOOR_PAGE ||
    pathname.startsWith(PUBLIC_TOKEN_PREFIX);
  const policy = noncePolicy({
    nonce: createNonce(),
    development,
    scriptHashes,
    formActionOrigins: isSignIn ? signInFormActions : [],
  });
  const headers = dynamicPageHeaders({ policy, hsts });
  // A page whose URL carries a token must not hand the URL on to the sites it links to.
  if (TOKEN_IN_URL.has(pathname) || TOKEN_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    for (const header of headers)
      if (header.key === "referrer-policy") header.value = "no-referrer";
  }

  // A server action is an endpoint, not a page: it checks the session itself (userAction) and
  // answers a caller without one with its own redirect; redirecting it here would swallow that.
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  const hasCookie = SESSION_COOKIES.some(
    (name) => request.cookies.has(name) || request.cookies.has(`${name}.0`),
  );
  if (!isPublic && !isServerAction) {
    if (!hasCookie) {
      const signIn = new URL("/sign-in", request.url);
      signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
      return withHeaders(NextResponse.redirect(signIn), headers);
    }
  }

  const forwarded = new Headers(request.headers);
  forwarded.set("content-security-policy", policy);
  const response = withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
  // A session from before the "maybe signed in" hint existed gets it on its next signed-in page,
  // so that public pages' headers keep asking for it (lib/auth/session-hint.ts).
  if (!isPublic && hasCookie && !request.cookies.has(SESSION_HINT_COOKIE)) {
    response.cookies.set(SESSION_HINT_COOKIE, "1", {
      path: "/",
      sameSite: "lax",
      httpOnly: false,
      secure: hsts,
      maxAge: SESSION_HINT_MAX_AGE_SECONDS,
    });
  }
  return response;
}

export const config = {
  matcher: [
    "/dashboard/:path*",
    "/plans/:path*",
    "/settings/:path*",
    "/onboarding/:path*",
    "/notifications/:path*",
    "/upkeep/:path*",
    "/eligibility/:path*",
    "/paths/:slug/start",
    "/bench/floor",
    "/teams/:path*",
    "/sharing/:path*",
    // Dynamic, but public: only the nonce policy, no redirect (PUBLIC_DYNAMIC_PAGES).
    "/sign-in",
    "/reset-password",
    "/corrections/new",
    "/unsubscribe",
    "/email-change/revert",
    "/email-change/authorize",
    "/verify-email",
    "/sign-out",
    "/sign-in/link",
    // A read-only view by link: public, token in the URL (no referrer), never cached.
    "/share/:path*",
  ],
};
