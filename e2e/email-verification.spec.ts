/**
 * Finding 2 of the security review: opening the "confirm your email" link (a mail scanner, or the
 * address's real owner) must not verify a squatter's account. Verification is a POST from a page,
 * in a browser signed in to that account, and it is a claim: calendar feeds, links of providers
 * that do not vouch for the address and unused emailed links go.
 */
import { createHash, randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { signInAs } from "./support/auth";
import { E2E_NOW } from "./support/clock";
import { createUser, e2eDb, type TestUser } from "./support/data";

async function emailToken(user: TestUser, purpose: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const hash = createHash("sha256").update(token).digest("hex");
  const expires = new Date(Date.parse(E2E_NOW) + 48 * 3600_000);
  await e2eDb()`insert into email_tokens (token_hash, user_id, purpose, email, expires_at)
                values (${hash}, ${user.id}, ${purpose}, ${user.email}, ${expires})`;
  return token;
}

async function verifiedAt(user: TestUser): Promise<Date | null> {
  const [row] = await e2eDb()<{ email_verified: Date | null }[]>`
    select email_verified from users where id = ${user.id}`;
  return row!.email_verified;
}

test("opening the verification link verifies nothing; the signed-in owner's POST does", async ({
  page,
  browser,
  request,
}) => {
  // Someone registered this address; the confirmation mail went to the address's owner.
  const squatter = await createUser({ verified: false });
  const token = await emailToken(squatter, "verify_email");
  const link = `/verify-email?token=${token}`;

  // A mail scanner (or the owner, who is not signed in to the squatter's account) opens it.
  const scanned = await request.get(link);
  expect(scanned.status()).toBeLessThan(500);
  expect(await verifiedAt(squatter)).toBeNull();

  // Another signed-in user presses the button: still nothing.
  const other = await createUser();
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signInAs(otherPage, other);
  await otherPage.goto(link);
  await otherPage.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(otherPage.getByText(/link has expired|another account/i)).toBeVisible();
  expect(await verifiedAt(squatter)).toBeNull();
  await otherContext.close();

  // The account's own browser: the page has a button; pressing it verifies.
  await signInAs(page, squatter);
  await page.goto(link);
  await expect(page.getByRole("button", { name: "Confirm my email address" })).toBeVisible();
  expect(await verifiedAt(squatter)).toBeNull();
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/dashboard\?verified=1/);
  expect(await verifiedAt(squatter)).not.toBeNull();
});

test("verifying is a claim: feeds, non-vouching links and unused emailed links go", async ({
  page,
}) => {
  const user = await createUser({ verified: false });
  const sql = e2eDb();
  await sql`insert into calendar_feeds (user_id, token_hash) values (${user.id}, ${`feed-${user.id}`})`;
  await sql`insert into accounts (user_id, type, provider, provider_account_id)
            values (${user.id}, 'oauth', 'github', ${`gh-${user.id}`}),
                   (${user.id}, 'oidc', 'google', ${`g-${user.id}`})`;
  const token = await emailToken(user, "verify_email");
  await emailToken(user, "reset_password");

  await signInAs(page, user);
  await page.goto(`/verify-email?token=${token}`);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page).toHaveURL(/\/dashboard\?verified=1/);

  expect(await sql`select 1 from calendar_feeds where user_id = ${user.id}`).toHaveLength(0);
  const providers = await sql<{ provider: string }[]>`
    select provider from accounts where user_id = ${user.id}`;
  expect(providers.map((row) => row.provider)).toEqual(["google"]);
  expect(
    await sql`select 1 from email_tokens where user_id = ${user.id} and used_at is null`,
  ).toHaveLength(0);
  // The owner's own browser stays signed in.
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings/);
});
