/**
 * Security response headers, built by pure functions so they can be unit-tested and shared by
 * next.config.ts (static headers, every route) and proxy.ts (per-request nonce policy).
 *
 * No `server-only` and no `@/` imports: next.config.ts loads this file with plain Node.
 *
 * Two Content-Security-Policies:
 *
 * 1. Nonce policy, for dynamically rendered pages: the signed-in pages, and /sign-in,
 *    /reset-password and /corrections/new (see proxy.ts's matcher). proxy.ts
 *    makes a fresh nonce per request and sets the policy on the forwarded request (Next reads the
 *    `'nonce-…'` from the request's `Content-Security-Policy` header and puts it on its own
 *    scripts: framework chunks, the inline RSC payload `self.__next_f.push(…)`, React's inline
 *    Suspense scripts) and on the response.
 *      script-src 'self' 'nonce-N' 'strict-dynamic'
 *        Only scripts carrying this response's nonce run, plus scripts those load (strict-dynamic:
 *        the chunk loader adds `<script src>` elements). A `<script>` or inline event handler in
 *        injected markup does not run. 'self' is ignored by CSP3 browsers and is the CSP2
 *        fallback. Note: Chrome also trusts an inline `<script>` element *created by a running
 *        script* (not parsed from markup) under 'strict-dynamic', so the policy stops injected
 *        markup, not code that already runs.
 *        Constant inline scripts the root layout renders without a nonce (the theme script of
 *        lib/theme.ts) are allowed by hash (`scriptHashes`): reading the nonce in the root layout
 *        would need headers() there and make every public page dynamic.
 *
 * 2. Public policy, for the prerendered public pages (/, /paths, /paths/[slug], /credentials/[slug],
 *    /sign-up, /sign-in/check-email, /forgot-password, the 404 page…) and anything else proxy.ts
 *    does not see (route handlers, their redirects, icons). Set once, statically, through
 *    `headers()` in next.config.ts.
 *      script-src 'self' 'unsafe-inline'
 *        WHY: a prerendered page is HTML built once, at `next build`, so it cannot carry a
 *        per-request nonce. Next's inline bootstrap scripts (`self.__next_f.push([1,"…"])`, the
 *        flight payload of that very page) differ per page and per build, and headers() is
 *        frozen into the routes manifest before the pages are rendered, so a static list of
 *        hashes cannot be written. 'unsafe-inline' is the only policy under which these pages
 *        hydrate. WHAT IT ALLOWS: inline `<script>` elements and `javascript:` URLs in those
 *        pages. WHAT IT STILL BLOCKS: scripts from any other origin, eval() (outside
 *        development), inline event-handler attributes (`script-src-attr 'none'`), plugins
 *        (object-src), `<base>` hijacking, framing, form posts to other origins, and
 *        fetch/XHR/WebSocket to other origins (connect-src), which is what an injected script
 *        would need to send data away. These pages show only the catalog (repository data, no
 *        user content) and no session data.
 *    A signed-in page reached by a client-side navigation from a public page runs under the
 *    public policy of the document it was loaded in; a full load of it gets the nonce policy.
 *
 * Both policies:
 *   'report-sample' in script-src: a violation carries the first 40 characters of what was
 *     blocked (the e2e guard prints it); nothing is sent anywhere (no report-uri).
 *   style-src 'self' 'unsafe-inline'
 *     WHY: needed, checked on this app with `style-src 'self' 'nonce-…'` and the e2e suite:
 *     server-rendered `style="…"` attributes were blocked (plan rows' `padding-left`, the choice
 *     picker's `margin-left`, the progress ring's `width/height`; a nonce never applies to
 *     attributes), and the scroll lock of Radix's Dialog and DropdownMenu
 *     (react-remove-scroll-bar) inserts a `<style>` element without a nonce
 *     (`.with-scroll-bars-hidden`, blocked). Tailwind itself is a same-origin stylesheet. With a nonce
 *     in style-src, 'unsafe-inline' would be ignored, so there is no nonce in style-src.
 *   img-src 'self' data:; font-src 'self'; connect-src 'self'; default-src 'self' (the rest);
 *   object-src 'none'; base-uri 'none'; frame-ancestors 'none' (with X-Frame-Options: DENY);
 *   form-action 'self': sign-up, sign-in, magic link and every server action post to this origin
 *     and redirect within it. OAuth sign-in posts a server action that redirects to the provider:
 *     with JavaScript that redirect is a script navigation (not governed by form-action); without
 *     JavaScript it is a form submission's redirect, so the /sign-in policy also lists the
 *     authorization origins of the enabled OAuth providers (`formActionOrigins`).
 *   In development only: 'unsafe-eval' in script-src (React rebuilds server error stacks with eval).
 */

export type HeaderList = { key: string; value: string }[];

export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), display-capture=()";

export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** Headers every response carries, whatever sets them. Keys in lower case (see next.config.ts). */
export function commonSecurityHeaders({ hsts }: { hsts: boolean }): HeaderList {
  const headers: HeaderList = [
    { key: "x-content-type-options", value: "nosniff" },
    { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
    { key: "x-frame-options", value: "DENY" },
    { key: "permissions-policy", value: PERMISSIONS_POLICY },
  ];
  if (hsts) headers.push({ key: "strict-transport-security", value: HSTS_VALUE });
  return headers;
}

/**
 * HSTS only in production and only when the app's public URL is https. Over http (the e2e suite
 * on http://localhost, a plain-http intranet install) browsers ignore it anyway, and a
 * `includeSubDomains` pin on localhost or an http host would only do harm.
 */
export function shouldSendHsts({
  production,
  appUrl,
}: {
  production: boolean;
  appUrl: string | undefined;
}): boolean {
  if (!production || !appUrl) return false;
  try {
    return new URL(appUrl).protocol === "https:";
  } catch {
    return false;
  }
}

/** 128 random bits, base64: unguessable and unique per request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

type Directives = [name: string, ...sources: string[]][];

function serialize(directives: Directives): string {
  return directives.map((directive) => directive.join(" ")).join("; ");
}

function sharedDirectives(formActionOrigins: readonly string[]): Directives {
  return [
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'", ...formActionOrigins],
    ["frame-ancestors", "'none'"],
  ];
}

/**
 * The per-request policy of dynamically rendered pages. script-src comes right after
 * default-src: Next takes the nonce from the first directive whose name starts with
 * "script-src".
 */
export function noncePolicy({
  nonce,
  development = false,
  scriptHashes = [],
  formActionOrigins = [],
}: {
  nonce: string;
  development?: boolean;
  /** `sha256-…` sources of constant inline scripts rendered without a nonce. */
  scriptHashes?: readonly string[];
  /** Extra form-action origins (OAuth authorization endpoints on /sign-in). */
  formActionOrigins?: readonly string[];
}): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error("Invalid CSP nonce");
  return serialize([
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      "'report-sample'",
      ...scriptHashes.map((hash) => `'${hash}'`),
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    ...sharedDirectives(formActionOrigins),
  ]);
}

/** The static policy of prerendered public pages (see the note at the top of this file). */
export function publicPolicy({ development = false }: { development?: boolean } = {}): string {
  return serialize([
    ["default-src", "'self'"],
    [
      "script-src",
      "'self'",
      "'unsafe-inline'",
      "'report-sample'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    ["script-src-attr", "'none'"],
    ...sharedDirectives([]),
  ]);
}

/**
 * Where a sign-in form's redirect may go when it starts an OAuth flow without JavaScript: the
 * authorization endpoint's origin of each enabled provider.
 */
export function oauthFormActionOrigins({
  google,
  github,
  microsoftEntraIssuer,
}: {
  google: boolean;
  github: boolean;
  /** The Entra issuer URL when that provider is enabled (its default host otherwise). */
  microsoftEntraIssuer: string | false;
}): string[] {
  const origins: string[] = [];
  if (google) origins.push("https://accounts.google.com");
  if (github) origins.push("https://github.com");
  if (microsoftEntraIssuer !== false) {
    let origin = "https://login.microsoftonline.com";
    try {
      if (microsoftEntraIssuer) origin = new URL(microsoftEntraIssuer).origin;
    } catch {
      // Keep the default host.
    }
    origins.push(origin);
  }
  return [...new Set(origins)];
}

/**
 * Never stored by the browser or a shared cache. The same value Next gives a dynamic page; set by
 * proxy.ts too (its value wins) so a signed-in page that became static by accident would still not
 * be cached, and the proxy's redirects carry it.
 */
export const SIGNED_IN_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

/**
 * What the headers depend on, read from an environment (process.env in next.config.ts and
 * proxy.ts). proxy.ts cannot import lib/env.ts: in `next dev`, Turbopack then traces the
 * embedded database's folder into the proxy and every database write reloads the page. The
 * rules are lib/env.ts's: `appUrl` is APP_URL, else AUTH_URL; an OAuth provider is enabled when
 * both its id and secret are set.
 */
export function securitySettings(source: Readonly<Record<string, string | undefined>>): {
  development: boolean;
  hsts: boolean;
  signInFormActions: string[];
} {
  const value = (name: string) => source[name]?.trim() || undefined;
  const both = (id: string, secret: string) => Boolean(value(id) && value(secret));
  return {
    development: source.NODE_ENV === "development",
    hsts: shouldSendHsts({
      production: source.NODE_ENV === "production",
      appUrl: value("APP_URL") ?? value("AUTH_URL"),
    }),
    signInFormActions: oauthFormActionOrigins({
      google: both("AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"),
      github: both("AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"),
      microsoftEntraIssuer: both("AUTH_MICROSOFT_ENTRA_ID_ID", "AUTH_MICROSOFT_ENTRA_ID_SECRET")
        ? (value("AUTH_MICROSOFT_ENTRA_ID_ISSUER") ?? "")
        : false,
    }),
  };
}

/** Response headers proxy.ts adds to a dynamically rendered (signed-in or /sign-in) page. */
export function dynamicPageHeaders({
  policy,
  hsts,
}: {
  policy: string;
  hsts: boolean;
}): HeaderList {
  return [
    { key: "content-security-policy", value: policy },
    { key: "cache-control", value: SIGNED_IN_CACHE_CONTROL },
    ...commonSecurityHeaders({ hsts }),
  ];
}

/**
 * `headers()` rules for next.config.ts. Evaluated at `next build` (Next freezes them into the
 * routes manifest), so `hsts` reflects the build's environment. proxy.ts overrides the policy on
 * the pages it matches: its response headers are applied after these, under the same lower-case
 * key, so a response never carries two policies.
 */
export function staticHeaderRules({
  development,
  hsts,
}: {
  development: boolean;
  hsts: boolean;
}): { source: string; headers: HeaderList }[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "content-security-policy", value: publicPolicy({ development }) },
        ...commonSecurityHeaders({ hsts }),
      ],
    },
    // Route handlers answer per user (calendar feed, exports, auth): never cache by default. A
    // handler that sets its own Cache-Control overrides this.
    { source: "/api/:path*", headers: [{ key: "cache-control", value: "no-store" }] },
    // Emailed links whose URL carries a token and that answer with a redirect: the token must
    // not travel on as a referrer (pages with a token in their URL: proxy.ts TOKEN_IN_URL).
    ...[
      "/verify-email",
      "/verify-email/change",
      "/delete-account/confirm",
      "/api/auth/callback/nodemailer",
    ].map((source) => ({
      source,
      headers: [{ key: "referrer-policy", value: "no-referrer" }],
    })),
  ];
}
