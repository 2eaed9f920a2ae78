/**
 * Finding 10 of the security review: Auth.js's own endpoints (/api/auth/session, its sign-out)
 * honour the session rows like every page does.
 */
import { expect, test } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser, e2eDb } from "./support/data";

function sessionCookieSet(setCookie: string | undefined): boolean {
  // A renewed cookie has a value; clearing one sets it empty.
  return (setCookie ?? "")
    .split("\n")
    .some((line) => /authjs\.session-token(\.\d+)?=[^;]+/.test(line));
}

test("after sign out everywhere, /api/auth/session answers no user and renews no cookie", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  const stolen = await page.context().cookies();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const response = await replay.request.get("/api/auth/session");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { user?: { email?: string } } | null;
  expect(body?.user).toBeUndefined();
  expect(JSON.stringify(body)).not.toContain(user.email);
  expect(sessionCookieSet(response.headers()["set-cookie"])).toBe(false);
  await replay.close();
});

test("Auth.js's POST /api/auth/signout revokes the session row, not only the cookie", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  const stolen = await page.context().cookies();

  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const signOut = await page.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(signOut.status()).toBeLessThan(400);

  const rows = await e2eDb()<{ revoked_at: Date | null }[]>`
    select revoked_at from user_sessions where user_id = ${user.id}`;
  expect(rows).toHaveLength(1);
  expect(rows[0]!.revoked_at).not.toBeNull();

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const replayPage = await replay.newPage();
  await replayPage.goto("/dashboard");
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("Auth.js's sign-out page is ours", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await page.goto("/api/auth/signout");
  await expect(page).toHaveURL(/\/sign-out$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const rows = await e2eDb()<{ revoked_at: Date | null }[]>`
    select revoked_at from user_sessions where user_id = ${user.id}`;
  expect(rows.every((row) => row.revoked_at !== null)).toBe(true);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});
