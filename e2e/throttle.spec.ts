import { randomInt } from "node:crypto";
import { expect, request, test, type APIRequestContext } from "./fixtures";
import { createUser, uniqueEmail } from "./support/data";
import { startExtraServer, type ExtraServer } from "./support/servers";
import { extraServerPort, SMTP_CATCHER_PORT } from "./support/ports";

// Two more instances of the app on the same database, trusting one proxy hop so a test can
// speak from different client addresses through X-Forwarded-For.
let first: ExtraServer;
let second: ExtraServer;

test.describe.configure({ mode: "serial" });
// Three app instances: tagged @slow, so they run after the other specs, one at a time (the
// "slow" project in playwright.config.ts).
test.setTimeout(120_000);

test.beforeAll(async () => {
  const env = {
    TRUSTED_PROXY_HOPS: "1",
    SIGNIN_MAX_FAILURES: "5",
    SIGNIN_WINDOW_MINUTES: "15",
    ACCOUNT_REQUESTS_PER_HOUR: "3",
    // Magic links on (they need a mail server in production): the SMTP catcher.
    SMTP_URL: `smtp://127.0.0.1:${SMTP_CATCHER_PORT}`,
    EMAIL_FROM: "Sonography Career Planner <no-reply@example.test>",
  };
  [first, second] = await Promise.all([
    startExtraServer(extraServerPort(1), env),
    startExtraServer(extraServerPort(2), env),
  ]);
});

test.afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

/**
 * A client address no other run has used: throttle rows outlive a test, so a fixed address would
 * start a repeated run (`--repeat-each`) already throttled.
 */
function freshAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

async function client(baseURL: string, address: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": address } });
}

async function attemptSignIn(api: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/dashboard" },
    maxRedirects: 0,
  });
}

test("5 failures from one address lock that address out on every instance, not the owner elsewhere @slow", async () => {
  const user = await createUser();
  const attacker = freshAddress();
  const attackerOnFirst = await client(first.baseURL, attacker);
  const attackerOnSecond = await client(second.baseURL, attacker);

  // Five failures, spread over both instances: the count lives in Postgres.
  for (let attempt = 0; attempt < 5; attempt++) {
    const api = attempt % 2 === 0 ? attackerOnFirst : attackerOnSecond;
    const response = await attemptSignIn(api, user.email, "wrong-password");
    expect(response.status()).toBe(302);
    expect(response.headers()["location"]).toContain("error=CredentialsSignin");
  }

  // The sixth try is refused on either instance, even with the right password.
  for (const api of [attackerOnFirst, attackerOnSecond]) {
    const refused = await attemptSignIn(api, user.email, user.password);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await refused.json()).error).toMatch(/Too many attempts/);
  }

  // The owner, from another address, still signs in.
  const owner = await client(second.baseURL, freshAddress());
  const ok = await attemptSignIn(owner, user.email, user.password);
  expect(ok.status()).toBe(302);
  expect(ok.headers()["location"]).not.toContain("error=");
  expect(ok.headers()["set-cookie"]).toContain("authjs.session-token");
});

test("without a trusted proxy, a forged X-Forwarded-For does not buy more tries @slow", async ({
  baseURL,
}) => {
  const user = await createUser();
  // The main test server trusts no proxy (TRUSTED_PROXY_HOPS=0): every request is the socket's.
  for (let attempt = 0; attempt < 5; attempt++) {
    const api = await client(baseURL!, `192.0.2.${attempt + 1}`);
    expect((await attemptSignIn(api, user.email, "wrong-password")).status()).toBe(302);
  }
  const api = await client(baseURL!, "192.0.2.99");
  expect((await attemptSignIn(api, user.email, user.password)).status()).toBe(429);
});

test("sign-ups are throttled per address @slow", async ({ browser }) => {
  const address = freshAddress();
  for (let attempt = 1; attempt <= 4; attempt++) {
    const context = await browser.newContext({
      baseURL: first.baseURL,
      extraHTTPHeaders: { "x-forwarded-for": address },
    });
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Email").fill(`throttle-${attempt}-${Date.now()}@example.test`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    if (attempt <= 3) {
      await expect(page).toHaveURL(/\/onboarding/);
    } else {
      await expect(page.getByText(/Too many attempts/)).toBeVisible();
      await expect(page).toHaveURL(/\/sign-up/);
    }
    await context.close();
  }
});

test("magic links are throttled per client address, on every instance @slow", async () => {
  const askFrom = async (api: APIRequestContext, email: string) => {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as {
      csrfToken: string;
    };
    const response = await api.post("/api/auth/signin/nodemailer", {
      form: { email, csrfToken, callbackUrl: "/dashboard" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(400);
    return response.headers()["location"] ?? "";
  };
  const address = freshAddress();
  const onFirst = await client(first.baseURL, address);
  const onSecond = await client(second.baseURL, address);
  // ACCOUNT_REQUESTS_PER_HOUR (3) links from one address, each to a different target...
  for (const api of [onFirst, onSecond, onFirst]) {
    expect(await askFrom(api, uniqueEmail("target"))).not.toContain("error=");
  }
  // ...then that address is refused on either instance; another address is not.
  expect(await askFrom(onSecond, uniqueEmail("target"))).toContain("error=TooManyLinks");
  const elsewhere = await client(first.baseURL, freshAddress());
  expect(await askFrom(elsewhere, uniqueEmail("target"))).not.toContain("error=");
});
