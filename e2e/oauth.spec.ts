/**
 * OAuth sign-in against a loopback OpenID Connect provider (Auth.js runs its real callback code):
 * findings 1 and 4 of the security review, linking and unlinking in Settings, and hostile input.
 * Google is the provider that vouches for an email (email_verified); Microsoft Entra ID does not.
 */
import { randomUUID } from "node:crypto";
import { expect, test, type Page, type Response } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser, e2eDb, uniqueEmail, type TestUser } from "./support/data";
import { oauthSignIn, signedInAs, startOAuthWorld, type OAuthWorld } from "./support/oauth";

let world: OAuthWorld;

// One app instance with its providers pointed at the loopback provider, shared by the file, on
// ports of its own: tagged @slow, so the "slow" project runs it one file at a time.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // Starting another `next start` takes a while on a busy machine (the hook's time, not a test's:
  // every test keeps the 30 s budget).
  test.setTimeout(120_000);
  world = await startOAuthWorld();
});

test.afterAll(async () => {
  await world?.app.stop();
  await world?.oidc.stop();
});

function sub(label: string): string {
  return `${label}-${randomUUID()}`;
}

async function linkedProviders(userId: string): Promise<string[]> {
  const rows = await e2eDb()<{ provider: string }[]>`
    select provider from accounts where user_id = ${userId} order by provider`;
  return rows.map((row) => row.provider);
}

async function liveSessions(userId: string): Promise<number> {
  const rows = await e2eDb()<{ count: number }[]>`
    select count(*)::int as count from user_sessions where user_id = ${userId} and revoked_at is null`;
  return rows[0]!.count;
}

/** Fails the test on any 5xx from the app while `page` is used. */
function watchForServerErrors(page: Page): Response[] {
  const failures: Response[] = [];
  page.on("response", (response) => {
    if (response.url().startsWith(world.app.baseURL) && response.status() >= 500) {
      failures.push(response);
    }
  });
  return failures;
}

test.describe("finding 1: a revoked session cannot link or sign in", { tag: "@slow" }, () => {
  test("a revoked session cookie neither links an OAuth account nor mints a session", async ({
    page,
    browser,
  }) => {
    const victim = await createUser();
    await signInAs(page, victim);
    const stolen = await page.context().cookies();
    // The victim signs out everywhere: every session row ends.
    await e2eDb()`update user_sessions set revoked_at = now() where user_id = ${victim.id}`;

    const attacker = await browser.newContext();
    await attacker.addCookies(stolen);
    const attackerPage = await attacker.newPage();
    const identity = { sub: sub("attacker"), email: uniqueEmail("attacker"), email_verified: true };
    await oauthSignIn(world, attackerPage, "microsoft-entra-id", identity);
    expect(await linkedProviders(victim.id)).toEqual([]);
    expect(await liveSessions(victim.id)).toBe(0);
    expect(await signedInAs(attackerPage)).not.toBe(victim.id);
    await attacker.close();

    // Later, the same OAuth identity with no cookie at all: never the victim's account.
    const fresh = await browser.newContext();
    const freshPage = await fresh.newPage();
    await oauthSignIn(world, freshPage, "microsoft-entra-id", identity);
    expect(await signedInAs(freshPage)).not.toBe(victim.id);
    expect(await liveSessions(victim.id)).toBe(0);
    await fresh.close();
  });

  test("an OAuth sign-in from a live session links nothing outside Settings", async ({ page }) => {
    const user = await createUser();
    await signInAs(page, user);
    const identity = { sub: sub("other"), email: uniqueEmail("other"), email_verified: true };
    await oauthSignIn(world, page, "microsoft-entra-id", identity);
    expect(await linkedProviders(user.id)).toEqual([]);
  });

  test("Google links an existing account only for its provider-verified email", async ({
    browser,
  }) => {
    const user = await createUser();
    const unverified = await browser.newContext();
    const unverifiedPage = await unverified.newPage();
    const landed = await oauthSignIn(world, unverifiedPage, "google", {
      sub: sub("g"),
      email: user.email,
      email_verified: false,
    });
    expect(landed.pathname).toBe("/sign-in");
    expect(await signedInAs(unverifiedPage)).toBeUndefined();
    expect(await linkedProviders(user.id)).toEqual([]);
    await unverified.close();

    const verified = await browser.newContext();
    const verifiedPage = await verified.newPage();
    await oauthSignIn(world, verifiedPage, "google", {
      sub: sub("g"),
      email: user.email.toUpperCase(),
      email_verified: true,
    });
    expect(await signedInAs(verifiedPage)).toBe(user.id);
    expect(await linkedProviders(user.id)).toEqual(["google"]);
    await verified.close();
  });
});

test.describe("linking and unlinking in Settings", { tag: "@slow" }, () => {
  async function reauthenticate(page: Page, user: TestUser) {
    await page.goto(`${world.app.baseURL}/settings`);
    const methods = page.getByRole("region", { name: "Sign-in methods" });
    await methods.getByLabel("Your password").fill(user.password);
    await methods.getByRole("button", { name: "Confirm it's you" }).click();
    await expect(methods.getByRole("button", { name: "Link Microsoft" })).toBeVisible();
  }

  test("a provider is linked only after re-authenticating, listed, and unlinked", async ({
    page,
    browser,
  }) => {
    const user = await createUser();
    await signInAs(page, user);
    await page.goto(`${world.app.baseURL}/settings`);
    const methods = page.getByRole("region", { name: "Sign-in methods" });
    await expect(methods.getByRole("button", { name: "Link Microsoft" })).toHaveCount(0);

    // A wrong password links nothing.
    await methods.getByLabel("Your password").fill("not the password");
    await methods.getByRole("button", { name: "Confirm it's you" }).click();
    await expect(methods.getByText("That isn't your current password.")).toBeVisible();
    await expect(methods.getByRole("button", { name: "Link Microsoft" })).toHaveCount(0);

    await reauthenticate(page, user);
    const identity = { sub: sub("entra"), email: uniqueEmail("work"), email_verified: true };
    const landed = await oauthSignIn(world, page, "microsoft-entra-id", identity, {
      from: "/settings",
      button: "Link Microsoft",
    });
    expect(landed.pathname).toBe("/settings");
    expect(await linkedProviders(user.id)).toEqual(["microsoft-entra-id"]);
    await expect(methods.getByText("Microsoft", { exact: true })).toBeVisible();

    // The linked identity now signs in to this account, with no cookie.
    const laptop = await browser.newContext();
    const laptopPage = await laptop.newPage();
    await oauthSignIn(world, laptopPage, "microsoft-entra-id", identity);
    expect(await signedInAs(laptopPage)).toBe(user.id);
    await laptop.close();

    await page.goto(`${world.app.baseURL}/settings`);
    await methods.getByRole("button", { name: "Unlink Microsoft" }).click();
    await expect(methods.getByText("Microsoft unlinked.")).toBeVisible();
    expect(await linkedProviders(user.id)).toEqual([]);
  });

  test("the last way to sign in is never unlinked", async ({ page }) => {
    const identity = { sub: sub("only"), email: uniqueEmail("only"), email_verified: true };
    await oauthSignIn(world, page, "google", identity);
    const userId = await signedInAs(page);
    expect(userId).toBeDefined();
    await page.goto(`${world.app.baseURL}/settings`);
    const methods = page.getByRole("region", { name: "Sign-in methods" });
    await expect(methods.getByText("Google", { exact: true })).toBeVisible();
    await expect(methods.getByRole("button", { name: "Unlink Google" })).toHaveCount(0);
    await expect(methods.getByText(/only way to sign in/)).toBeVisible();
    expect(await linkedProviders(userId!)).toEqual(["google"]);
  });

  test("sign out everywhere and password reset show linked providers and unlink them", async ({
    page,
  }) => {
    const user = await createUser();
    await e2eDb()`insert into accounts (user_id, type, provider, provider_account_id)
                  values (${user.id}, 'oauth', 'github', ${sub("gh")}),
                         (${user.id}, 'oidc', 'microsoft-entra-id', ${sub("ms")})`;
    await signInAs(page, user);
    await page.goto(`${world.app.baseURL}/settings`);
    const everywhere = page.getByRole("region", { name: "Your devices" });
    await expect(everywhere.getByText("GitHub", { exact: true })).toBeVisible();
    await everywhere.getByRole("button", { name: "Unlink GitHub" }).click();
    await expect(page.getByText("GitHub unlinked.").first()).toBeVisible();
    expect(await linkedProviders(user.id)).toEqual(["microsoft-entra-id"]);

    // Password reset: the form lists what is linked and unlinks what the owner ticks.
    await page.context().clearCookies();
    await page.goto(`${world.app.baseURL}/forgot-password`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    const { firstLink, waitForMail } = await import("./support/data");
    const link = firstLink(await waitForMail(user.email), "/reset-password");
    await page.goto(link.replace(/^http:\/\/localhost:\d+/, world.app.baseURL));
    await page.getByLabel("Also unlink Microsoft").check();
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("Your password has been changed")).toBeVisible();
    expect(await linkedProviders(user.id)).toEqual([]);
  });
});

test.describe(
  "finding 4: only the email link or a vouching provider verifies or claims",
  { tag: "@slow" },
  () => {
    test("a provider that does not vouch for the email never verifies the account", async ({
      browser,
    }) => {
      const identity = { sub: sub("ms"), email: uniqueEmail("entra"), email_verified: true };
      for (let signIn = 0; signIn < 2; signIn += 1) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await oauthSignIn(world, page, "microsoft-entra-id", identity);
        expect(await signedInAs(page)).toBeDefined();
        await context.close();
      }
      const [row] = await e2eDb()<{ email_verified: Date | null }[]>`
      select email_verified from users where email = ${identity.email}`;
      expect(row!.email_verified).toBeNull();
    });

    test("a provider that does not vouch cannot claim an unverified account", async ({ page }) => {
      const squatted = await createUser({ verified: false });
      await oauthSignIn(world, page, "microsoft-entra-id", {
        sub: sub("ms"),
        email: squatted.email,
        email_verified: true,
      });
      expect(await signedInAs(page)).toBeUndefined();
      const [row] = await e2eDb()<{ email_verified: Date | null; password_hash: string | null }[]>`
      select email_verified, password_hash from users where id = ${squatted.id}`;
      expect(row!.email_verified).toBeNull();
      expect(row!.password_hash).not.toBeNull();
      expect(await linkedProviders(squatted.id)).toEqual([]);
    });

    test("Google's claim of a squatted account ends everything the squatter set up", async ({
      page,
      browser,
    }) => {
      const squatter = await createUser({ verified: false });
      const squatterContext = await browser.newContext();
      const squatterPage = await squatterContext.newPage();
      await signInAs(squatterPage, squatter);
      const sql = e2eDb();
      await sql`insert into calendar_feeds (user_id, token_hash) values (${squatter.id}, ${`feed-${squatter.id}`})`;
      await sql`insert into accounts (user_id, type, provider, provider_account_id)
              values (${squatter.id}, 'oauth', 'github', ${sub("gh")})`;
      await sql`insert into email_tokens (token_hash, user_id, purpose, email, expires_at)
              values (${`t-${squatter.id}`}, ${squatter.id}, 'reset_password', ${squatter.email},
                      now() + interval '1 day')`;

      await oauthSignIn(world, page, "google", {
        sub: sub("owner"),
        email: squatter.email,
        email_verified: true,
      });
      expect(await signedInAs(page)).toBe(squatter.id);
      const [user] = await sql<{ email_verified: Date | null; password_hash: string | null }[]>`
      select email_verified, password_hash from users where id = ${squatter.id}`;
      expect(user!.email_verified).not.toBeNull();
      expect(user!.password_hash).toBeNull();
      expect(await signedInAs(squatterPage)).toBeUndefined();
      expect(await sql`select 1 from calendar_feeds where user_id = ${squatter.id}`).toHaveLength(
        0,
      );
      expect(await linkedProviders(squatter.id)).toEqual(["google"]);
      expect(
        await sql`select 1 from email_tokens where user_id = ${squatter.id} and used_at is null`,
      ).toHaveLength(0);
      await squatterContext.close();
    });
  },
);

test.describe("hostile input to the OAuth flow", { tag: "@slow" }, () => {
  test("bad, replayed and forged callbacks: never a 5xx, never a session", async ({ browser }) => {
    const identity = { sub: sub("h"), email: uniqueEmail("hostile"), email_verified: true };
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForServerErrors(page);
    // Stop the flow at the provider's redirect back to the app, keeping the callback URL (a
    // route sees only the first URL of a redirect chain: the provider's authorize step).
    let callbackUrl = "";
    await page.route(`${world.oidc.issuer}/authorize**`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      callbackUrl = response.headers()["location"] ?? "";
      await route.abort();
    });
    await context.addCookies([world.oidc.identityCookie(identity)]);
    await page.goto(`${world.app.baseURL}/sign-in`);
    await page.getByRole("button", { name: "Continue with Google" }).click();
    await expect.poll(() => callbackUrl).not.toBe("");
    await page.unroute(`${world.oidc.issuer}/authorize**`);
    const checks = await context.cookies();

    // A tampered state.
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set("state", `${tampered.searchParams.get("state")}x`);
    const badState = await page.request.get(tampered.toString(), { maxRedirects: 0 });
    expect(badState.status()).toBeLessThan(500);
    expect(await signedInAs(page)).toBeUndefined();

    // A missing code, an unknown provider, a made-up code.
    for (const url of [
      callbackUrl.replace(/code=[^&]+&?/, ""),
      `${world.app.baseURL}/api/auth/callback/nope?code=x&state=y`,
      callbackUrl.replace(/code=[^&]+/, "code=made-up"),
    ]) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBeLessThan(500);
    }

    // The genuine callback, replayed with the same checks cookies: the code works once.
    const first = await browser.newContext();
    await first.addCookies(checks);
    const firstPage = await first.newPage();
    const genuine = await firstPage.request.get(callbackUrl, { maxRedirects: 0 });
    expect(genuine.status()).toBeLessThan(500);
    const replay = await browser.newContext();
    await replay.addCookies(checks);
    const replayPage = await replay.newPage();
    const replayed = await replayPage.request.get(callbackUrl, { maxRedirects: 0 });
    expect(replayed.status()).toBeLessThan(500);
    expect(await signedInAs(replayPage)).toBeUndefined();
    expect(errors).toEqual([]);
    await Promise.all([context.close(), first.close(), replay.close()]);
  });

  // Two tests of four cases each, so that each stays well inside the time budget.
  const hostileClaims = (
    victimEmail: string,
  ): { label: string; provider: "google" | "microsoft-entra-id"; identity: object }[] => [
    {
      label: "an ID token from another issuer",
      provider: "google",
      identity: { email: victimEmail, quirks: { idTokenIssuer: "https://evil.example" } },
    },
    {
      label: "an ID token for another client",
      provider: "google",
      identity: { email: victimEmail, quirks: { idTokenAudience: "someone-else" } },
    },
    {
      label: "email_verified false",
      provider: "google",
      identity: { email: victimEmail, email_verified: false },
    },
    {
      label: "email_verified as a string",
      provider: "google",
      identity: { email: victimEmail, quirks: { extraClaims: { email_verified: "true" } } },
    },
    {
      label: "the victim's email in other letter case, at a provider that does not vouch",
      provider: "microsoft-entra-id",
      identity: { email: victimEmail.toUpperCase(), email_verified: true },
    },
    { label: "no email at all", provider: "google", identity: { email_verified: true } },
    {
      label: "huge claims",
      provider: "google",
      identity: {
        email: `${"a".repeat(300)}@example.test`,
        email_verified: true,
        name: "n".repeat(100_000),
        quirks: { extraClaims: { picture: "p".repeat(50_000) } },
      },
    },
    {
      label: "unicode edge cases",
      provider: "microsoft-entra-id",
      identity: {
        email: `ünï-${randomUUID().slice(0, 6)}@exämple.test`,
        name: "\u0000\u202Eevil\uD83E\uDD84\uFEFF",
        email_verified: true,
      },
    },
  ];

  for (const [part, range] of [
    ["ID tokens and email_verified", [0, 4]],
    ["emails, sizes and Unicode", [4, 8]],
  ] as const) {
    test(`hostile claims (${part}): never a 5xx, never a session for the wrong account`, async ({
      browser,
    }) => {
      const victim = await createUser();
      const cases = hostileClaims(victim.email).slice(...range);
      expect(cases).toHaveLength(4);
      for (const { label, provider, identity } of cases) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = watchForServerErrors(page);
        await oauthSignIn(world, page, provider, {
          sub: sub("h"),
          email_verified: true,
          ...identity,
        } as never);
        expect(
          errors.map((response) => response.url()),
          label,
        ).toEqual([]);
        const userId = await signedInAs(page);
        expect(userId, label).not.toBe(victim.id);
        if (userId) {
          const [row] = await e2eDb()<{ name: string | null; email: string }[]>`
          select name, email from users where id = ${userId}`;
          expect((row!.name ?? "").length, label).toBeLessThanOrEqual(100);
          expect(row!.name ?? "", label).not.toContain("\u0000");
          expect(row!.email, label).toBe(row!.email.toLowerCase());
        }
        await context.close();
      }
      expect(await linkedProviders(victim.id)).toEqual([]);
      expect(await liveSessions(victim.id)).toBe(0);
    });
  }
});
