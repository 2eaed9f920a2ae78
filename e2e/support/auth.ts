import type { Page } from "@playwright/test";
import type { TestUser } from "./data";

/** Signs in through Auth.js's credentials endpoint (not the form): the page's context gets the cookie. */
export async function signInAs(
  page: Page,
  user: Pick<TestUser, "email" | "password">,
): Promise<void> {
  // "Connection: close": no socket of these two requests is left idle in the page's request
  // context. A test that uses page.request again more than the server's keep-alive timeout (5 s)
  // later would otherwise reuse one just as the server closes it, and get ECONNRESET (seen in CI:
  // plan.spec.ts's calendar feed, 7 s after signing in).
  const headers = { connection: "close" };
  const csrf = await page.request.get("/api/auth/csrf", { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    headers,
    form: { email: user.email, password: user.password, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`Sign-in failed: ${response.status()}`);
  const location = response.headers()["location"] ?? "";
  if (location.includes("error=")) throw new Error(`Sign-in refused: ${location}`);
  const cookies = await page.context().cookies();
  if (!cookies.some((cookie) => cookie.name.includes("session-token"))) {
    throw new Error("Sign-in did not set a session cookie");
  }
}
