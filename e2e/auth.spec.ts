import { expect, test, type APIRequestContext, type Page } from "./fixtures";
import { spawn } from "node:child_process";
import { signInAs } from "./support/auth";
import { startExtraServer } from "./support/servers";
import { createUser, firstLink, seedMagicLink, uniqueEmail, waitForMail } from "./support/data";
import { extraServerPort } from "./support/ports";

test("a newcomer signs up, reaches the dashboard, signs out and signs back in", async ({
  page,
}) => {
  const email = uniqueEmail("newcomer");
  const password = "correct horse battery staple";

  await page.goto("/sign-up");
  await page.getByLabel("Name (optional)").fill("Riley");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();

  // A new account lands on the short, skippable onboarding.
  await expect(page).toHaveURL(/\/onboarding/);
  await page.getByRole("link", { name: "Skip for now" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { name: "Welcome, Riley" })).toBeVisible();
  await expect(page.getByText("Please confirm your email address")).toBeVisible();

  // The verification link arrives through a real SMTP server; its page's button confirms the
  // address (finding 2: opening the link alone confirms nothing).
  const link = firstLink(await waitForMail(email), "/verify-email");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByText("your email address is confirmed")).toBeVisible();

  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  const form = page.locator("form").first();
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { name: "Welcome, Riley" })).toBeVisible();
});

test("an anonymous visit asks for no session; the hint set at sign-in brings the account menu, sign-out clears it", async ({
  page,
}) => {
  const user = await createUser();
  const sessionRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/auth/session")
      sessionRequests.push(request.url());
  });
  const hint = async () =>
    (await page.context().cookies()).find((cookie) => cookie.name === "scp-maybe-signed-in");

  // Anonymous: the header shows "Sign in" without asking the server who is signed in.
  await page.goto("/paths");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(sessionRequests).toEqual([]);
  expect(await hint()).toBeUndefined();

  // Signing in through the form sets the hint (readable by scripts: it is no secret); public
  // pages then ask for the session and show the account menu.
  await page.goto("/sign-in");
  const form = page.locator("form").first();
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Password").fill(user.password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  expect(await hint()).toMatchObject({ value: "1", httpOnly: false, sameSite: "Lax" });
  await page.goto("/paths");
  await expect(page.getByRole("button", { name: /Account menu/ })).toBeVisible();
  expect(sessionRequests.length).toBeGreaterThan(0);

  // Signing out from a public page clears it, and the header (whose layout stays) follows at
  // once; the next anonymous page asks nothing again.
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(nav.getByRole("button", { name: /Account menu/ })).toHaveCount(0);
  expect(await hint()).toBeUndefined();
  const before = sessionRequests.length;
  await page.goto("/paths");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(sessionRequests.length).toBe(before);

  // A stale hint (the session ended elsewhere) costs one request, then is dropped.
  await page.context().addCookies([{ name: "scp-maybe-signed-in", value: "1", url: page.url() }]);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect.poll(hint).toBeUndefined();
});

test("the header's menus open on the first click before any script runs, and sign-out works", async ({
  browser,
  baseURL,
}) => {
  const user = await createUser({ name: "Noor Nojs" });
  // Sign in with scripts on, then carry the cookies into a browser that runs none: what a click
  // does there is what it does before hydration.
  const signedIn = await browser.newContext({ baseURL });
  await signInAs(await signedIn.newPage(), user);
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await signedIn.storageState(),
  });
  await signedIn.close();
  const page = await context.newPage();

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Account menu for Noor Nojs" }).click();
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Credential upkeep" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();

  await page.getByRole("button", { name: /^Theme/ }).click();
  await expect(page.getByRole("menu", { name: "Theme" })).toBeVisible();
  await page.keyboard.press("Escape");

  // Sign-out is a form: it posts without scripts and ends the session.
  await page.getByRole("button", { name: "Account menu for Noor Nojs" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  await context.close();
});

test("sign-up explains bad input next to each field", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});

test("a wrong password shows an error that does not reveal whether the account exists", async ({
  page,
}) => {
  const user = await createUser();
  await page.goto("/sign-in");
  const form = page.locator("form").first();
  await form.getByLabel("Email").fill(user.email);
  await form.getByLabel("Password").fill("wrong-password");
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();

  await form.getByLabel("Email").fill(uniqueEmail("nobody"));
  await form.getByLabel("Password").fill("wrong-password");
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a protected page redirects to sign-in when signed out, and back after", async ({ page }) => {
  const user = await createUser();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  await signInAs(page, user);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: /Welcome/ })).toBeVisible();
});

/** Asks for a sign-in link through the sign-in page's form. */
async function askForLink(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).nth(1).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

/** Asks for a sign-in link through Auth.js's own endpoint; answers where it sends the browser. */
async function askForLinkDirectly(request: APIRequestContext, email: string): Promise<string> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const response = await request.post("/api/auth/signin/nodemailer", {
    form: { email, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  return response.headers()["location"] ?? "";
}

function hasSessionCookie(cookies: { name: string; value: string }[]): boolean {
  return cookies.some((cookie) => cookie.name.includes("session-token") && cookie.value !== "");
}

test("magic link: the emailed link opens a page whose button signs in, once; a GET uses nothing", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await askForLink(page, user.email);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = firstLink(await waitForMail(user.email), "/sign-in/link");

  // A mail scanner opens the link: it gets a page, no session, and the link still works.
  const scanner = await browser.newContext();
  const scanned = await scanner.request.get(link);
  expect(scanned.status()).toBe(200);
  expect(hasSessionCookie(await scanner.cookies())).toBe(false);
  await scanner.close();

  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\/link\?/);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();

  // The link works once.
  const replay = await browser.newContext();
  const replayPage = await replay.newPage();
  await replayPage.goto(link);
  await replayPage.getByRole("button", { name: "Sign in" }).click();
  await expect(replayPage).toHaveURL(/\/sign-in\?error=Verification/);
  expect(hasSessionCookie(await replay.cookies())).toBe(false);
  await replay.close();
});

test("magic link to an unverified account: a scanner's GET leaves it alone; the owner's button claims it", async ({
  page,
  browser,
}) => {
  // Someone registered the address with a password without ever proving it...
  const squatter = await createUser({ verified: false });
  const squatterContext = await browser.newContext();
  const squatterPage = await squatterContext.newPage();
  await signInAs(squatterPage, squatter);

  // ...the real owner asks for a link, and a mail scanner opens it first: nothing changes yet.
  await askForLink(page, squatter.email);
  const link = firstLink(await waitForMail(squatter.email), "/sign-in/link");
  const scanner = await browser.newContext();
  expect((await scanner.request.get(link)).status()).toBe(200);
  await scanner.close();
  await squatterPage.goto("/dashboard");
  await expect(squatterPage.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  // The owner presses "Sign in": the squatter's session ends and the password no longer works.
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await squatterPage.goto("/dashboard");
  await expect(squatterPage).toHaveURL(/\/sign-in/);
  await expect(signInAs(squatterPage, squatter)).rejects.toThrow();
  await squatterContext.close();
});

test("magic links are throttled per address they go to, on the form and on Auth.js's own route", async ({
  page,
}) => {
  const email = uniqueEmail("flooded");
  // Five links an hour to one address, however they are asked for.
  for (let attempt = 0; attempt < 5; attempt++) {
    expect(await askForLinkDirectly(page.request, email)).not.toContain("error=");
  }
  expect(await askForLinkDirectly(page.request, email)).toContain("error=TooManyLinks");
  await askForLink(page, email);
  await expect(page.getByText(/Too many sign-in links/)).toBeVisible();
  // Another address is not affected.
  expect(await askForLinkDirectly(page.request, uniqueEmail("other"))).not.toContain("error=");
});

test("hostile input to the magic link's POST step: never a 5xx, never a session", async ({
  browser,
  baseURL,
}) => {
  const user = await createUser();
  const link = new URL(await seedMagicLink(user.email), baseURL);
  const confirm = new URL("/sign-in/link/confirm", link);
  const fields = Object.fromEntries(link.searchParams);
  const context = await browser.newContext();
  const post = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    context.request.post(confirm.toString(), {
      form,
      headers: { origin: confirm.origin, ...headers },
      maxRedirects: 0,
    });

  // From another site: refused before anything is read.
  expect((await post(fields, { origin: "https://evil.example" })).status()).toBe(403);
  expect((await post(fields, { "sec-fetch-site": "cross-site" })).status()).toBe(403);
  // Malformed: missing, oversized or extra fields.
  for (const form of [
    {},
    { ...fields, token: "" },
    { ...fields, token: "t".repeat(5_000) },
    { ...fields, email: `${"a".repeat(300)}@example.test` },
    { ...fields, callbackUrl: "https://evil.example/steal" },
  ]) {
    const response = await post(form);
    expect(response.status(), JSON.stringify(form).slice(0, 80)).toBeLessThan(500);
  }
  // An off-site callbackUrl never leaves the site.
  const offSite = await post({ ...fields, callbackUrl: "https://evil.example/steal" });
  expect(offSite.headers()["location"] ?? "").not.toContain("evil.example");
  // A tampered token, and the right token for another address, sign nobody in.
  for (const form of [
    { ...fields, token: `${fields.token}x` },
    { ...fields, email: uniqueEmail("someone-else") },
  ]) {
    const tampered = await browser.newContext();
    const tamperedPage = await tampered.newPage();
    await tamperedPage.goto(`/sign-in/link?${new URLSearchParams(form)}`);
    await tamperedPage.getByRole("button", { name: "Sign in" }).click();
    await expect(tamperedPage).toHaveURL(/\/sign-in\?error=Verification/);
    expect(hasSessionCookie(await tampered.cookies())).toBe(false);
    await tampered.close();
  }
  expect(hasSessionCookie(await context.cookies())).toBe(false);
  await context.close();
});

test(
  "the sign-in page offers exactly the OAuth providers whose variables are set",
  { tag: "@slow" }, // a server of its own, on a fixed port: one at a time
  async ({ page, browser }) => {
    // The main test server has none configured.
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: /Continue with/ })).toHaveCount(0);

    const server = await startExtraServer(extraServerPort(5), {
      AUTH_GOOGLE_ID: "test-google-client",
      AUTH_GOOGLE_SECRET: "test-google-secret",
      AUTH_GITHUB_ID: "test-github-client-without-secret",
    });
    try {
      const context = await browser.newContext({ baseURL: server.baseURL });
      const other = await context.newPage();
      await other.goto("/sign-in");
      await expect(other.getByRole("button", { name: "Continue with Google" })).toBeVisible();
      await expect(other.getByRole("button", { name: "Continue with GitHub" })).toHaveCount(0);
      await expect(other.getByRole("button", { name: "Continue with Microsoft" })).toHaveCount(0);
      await context.close();
    } finally {
      await server.stop();
    }
  },
);

test(
  "a production server without AUTH_SECRET refuses to start and says why",
  { tag: "@slow" }, // a server of its own, on a fixed port: one at a time
  async () => {
    const child = spawn("npx", ["next", "start", "-p", String(extraServerPort(6))], {
      env: {
        ...process.env,
        AUTH_SECRET: "",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).not.toBe(0);
    expect(output).toContain("AUTH_SECRET is not set");
  },
);
