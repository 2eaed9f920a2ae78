import type { Page } from "@playwright/test";
import type { TestUser } from "./data";

/** Signs in through Auth.js's credentials endpoint (not the form): the page's context gets the cookie. */
export async function signInAs(
  page: Page,
  user: Pick<TestUser, "email" | "password">,
): Promise<void> {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
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
