import { expect, test } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser, firstLink, uniqueEmail, waitForMail } from "./support/data";

/**
 * Finding 8: magic links are throttled (per target address, on our form and on Auth.js's own
 * /api/auth/signin/nodemailer), and the emailed link opens a page whose "Sign in" button (a POST)
 * signs in: a mail scanner's GET of the link does nothing, so it cannot wipe the password of an
 * unverified account either.
 */

async function askForLink(page: import("@playwright/test").Page, email: string) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/signin/nodemailer", {
    form: { email, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
  return response.headers()["location"] ?? "";
}

test("a scanner's GET of the emailed link signs nobody in and clears no password", async ({
  page,
  browser,
}) => {
  const squatter = await createUser({ verified: false });
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).nth(1).fill(squatter.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const mail = await waitForMail(squatter.email);
  const link = firstLink(mail, "token=");

  // A mail scanner fetches the link (and follows redirects) with no cookies of the owner's.
  const scanner = await browser.newContext();
  const scanned = await scanner.request.get(link);
  expect(scanned.status()).toBeLessThan(500);
  await scanner.close();
  // The unverified account's password still works: nothing was claimed.
  const squatterContext = await browser.newContext();
  await signInAs(await squatterContext.newPage(), squatter);
  await squatterContext.close();

  // The owner opens the link and presses the button: signed in.
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
});

test("magic links are throttled per address on Auth.js's own sign-in route", async ({ page }) => {
  const email = uniqueEmail("magic-throttle");
  const locations: string[] = [];
  for (let attempt = 0; attempt < 6; attempt++) locations.push(await askForLink(page, email));
  expect(locations.slice(0, 5).every((location) => !location.includes("error="))).toBe(true);
  expect(locations[5]).toMatch(/error=RateLimited/);
});
