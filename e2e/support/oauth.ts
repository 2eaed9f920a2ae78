/**
 * An app instance whose Google and Microsoft Entra ID providers both point at the loopback
 * OpenID Connect provider (e2e/support/oidc-provider.ts), and helpers to sign in through it.
 */
import type { BrowserContext, Page } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { E2E_NOW } from "./clock";
import { e2eDb } from "./data";
import { startOidcProvider, type OidcIdentity, type OidcProvider } from "./oidc-provider";
import { extraServerPort, SMTP_CATCHER_PORT } from "./ports";
import { startExtraServer, type ExtraServer } from "./servers";

// The suite's secret (playwright.config.ts, e2e/support/servers.ts).
const E2E_AUTH_SECRET = "e2e-test-secret-not-for-production-0123456789";

export type OAuthProvider = "google" | "microsoft-entra-id";

export const PROVIDER_LABELS: Record<OAuthProvider, string> = {
  google: "Google",
  "microsoft-entra-id": "Microsoft",
};

export interface OAuthWorld {
  oidc: OidcProvider;
  app: ExtraServer;
}

export async function startOAuthWorld(): Promise<OAuthWorld> {
  const oidc = await startOidcProvider(extraServerPort(20), {
    "google-client": "google-secret",
    "entra-client": "entra-secret",
  });
  const port = extraServerPort(21);
  const app = await startExtraServer(port, {
    APP_URL: `http://localhost:${port}`,
    SMTP_URL: `smtp://127.0.0.1:${SMTP_CATCHER_PORT}`,
    EMAIL_FROM: "Sonography Career Planner <no-reply@example.test>",
    ACCOUNT_REQUESTS_PER_HOUR: "1000",
    CLOCK_NOW: E2E_NOW,
    AUTH_GOOGLE_ID: "google-client",
    AUTH_GOOGLE_SECRET: "google-secret",
    AUTH_GOOGLE_TEST_ISSUER: oidc.issuer,
    AUTH_MICROSOFT_ENTRA_ID_ID: "entra-client",
    AUTH_MICROSOFT_ENTRA_ID_SECRET: "entra-secret",
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: oidc.issuer,
  });
  return { oidc, app };
}

/** Makes the loopback provider sign this browser context in as `identity`. */
export async function chooseIdentity(
  world: OAuthWorld,
  context: BrowserContext,
  identity: OidcIdentity,
): Promise<void> {
  await context.addCookies([world.oidc.identityCookie(identity)]);
}

/**
 * Presses "Continue with …" on `from` (the sign-in page by default) and follows the flow to
 * wherever the app lands; returns that URL.
 */
export async function oauthSignIn(
  world: OAuthWorld,
  page: Page,
  provider: OAuthProvider,
  identity: OidcIdentity,
  { from = "/sign-in", button }: { from?: string; button?: string } = {},
): Promise<URL> {
  await chooseIdentity(world, page.context(), identity);
  await page.goto(`${world.app.baseURL}${from}`);
  // The flow's redirects commit no page until the app's landing page: the first page the main
  // frame commits after the callback answered. (Until then page.url() is still `from`, so waiting
  // for "not /api/auth" returned at once, and the test's next goto collided with the landing.)
  let callbackAnswered = false;
  const callback = page.waitForResponse((response) => {
    const isCallback = response.url().includes(`/api/auth/callback/${provider}`);
    if (isCallback) callbackAnswered = true;
    return isCallback;
  });
  const landing = page.waitForEvent("framenavigated", {
    predicate: (frame) =>
      callbackAnswered &&
      frame === page.mainFrame() &&
      frame.url().startsWith(world.app.baseURL) &&
      !new URL(frame.url()).pathname.startsWith("/api/auth"),
  });
  await page
    .getByRole("button", { name: button ?? `Continue with ${PROVIDER_LABELS[provider]}` })
    .click();
  await callback;
  await landing;
  await page.waitForLoadState("load");
  return new URL(page.url());
}

/**
 * Whom the context's session cookie signs in as (undefined: nobody): the user of the live session
 * row it names, read from the database, whatever any endpoint would say.
 */
export async function signedInAs(page: Page): Promise<string | undefined> {
  const name = "authjs.session-token";
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === name);
  if (!cookie?.value) return undefined;
  const token = await decode({ token: cookie.value, secret: E2E_AUTH_SECRET, salt: name });
  if (typeof token?.sid !== "string") return undefined;
  const [row] = await e2eDb()<{ user_id: string }[]>`
    select user_id from user_sessions where id = ${token.sid} and revoked_at is null`;
  return row?.user_id;
}
