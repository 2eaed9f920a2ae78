import { expect, test } from "./fixtures";
import { spawn } from "node:child_process";
import { signInAs } from "./support/auth";
import { startExtraServer } from "./support/servers";
import { createUser, firstLink, uniqueEmail, waitForMail } from "./support/data";
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

  // The verification link arrives through a real SMTP server and confirms the address.
  const link = firstLink(await waitForMail(email), "/verify-email");
  await page.goto(link);
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

test("magic link: the emailed link signs the user in", async ({ page }) => {
  const user = await createUser();
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).nth(1).fill(user.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const link = firstLink(await waitForMail(user.email), "/api/auth/callback/nodemailer");
  await page.goto(link);
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
});

test("magic link to an unverified account clears the squatter's password", async ({
  page,
  browser,
}) => {
  // Someone registered the address with a password without ever proving it...
  const squatter = await createUser({ verified: false });
  const squatterContext = await browser.newContext();
  const squatterPage = await squatterContext.newPage();
  await signInAs(squatterPage, squatter);
  await squatterPage.goto("/dashboard");
  await expect(squatterPage.getByRole("heading", { name: /Welcome/ })).toBeVisible();

  // ...then the real owner signs in through the emailed link.
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).nth(1).fill(squatter.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.goto(firstLink(await waitForMail(squatter.email), "/api/auth/callback/nodemailer"));
  await expect(page).toHaveURL(/\/dashboard/);

  // The squatter's session has ended and the password no longer works.
  await squatterPage.goto("/dashboard");
  await expect(squatterPage).toHaveURL(/\/sign-in/);
  await expect(signInAs(squatterPage, squatter)).rejects.toThrow();
  await squatterContext.close();
});

test("the sign-in page offers exactly the OAuth providers whose variables are set", async ({
  page,
  browser,
}) => {
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
});

test("a production server without AUTH_SECRET refuses to start and says why", async () => {
  const child = spawn("npx", ["next", "start", "-p", String(extraServerPort(6))], {
    env: { ...process.env, AUTH_SECRET: "", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  expect(code).not.toBe(0);
  expect(output).toContain("AUTH_SECRET is not set");
});
