/**
 * CI smoke test of the README's run command with no configuration at all:
 *   1. start `npm run dev` with an empty environment (embedded database, generated secret);
 *   2. sign up in a real browser and reach the dashboard;
 *   3. stop the server with SIGTERM, start it again, and sign in with the same account.
 * Prints the time each phase took.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { chromium } from "@playwright/test";

const port = Number(process.env.SMOKE_PORT ?? 3000);
const baseUrl = `http://localhost:${port}`;
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

function startServer(): ChildProcess {
  // Only what a shell needs to find node and npm: no app configuration at all.
  const server = spawn("npm", ["run", "dev"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/root",
      PORT: String(port),
    } as unknown as NodeJS.ProcessEnv, // deliberately without NODE_ENV
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  return server;
}

async function waitForHealth(timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return Date.now() - started;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer on ${baseUrl} within ${timeoutMs} ms`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid!, "SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 20_000))]);
}

const email = `smoke-${randomUUID().slice(0, 8)}@example.test`;
const password = "a long enough smoke-test password";
const browser = await chromium.launch({ executablePath });
// `next dev` compiles each route on its first request: on a busy two-core machine that alone has
// taken 30 s (/sign-in after the restart). The smoke test checks that the app starts and keeps
// its data, not how fast the dev compiler is, so every wait allows for a compile.
const COMPILE_BUDGET_MS = 120_000;
async function newPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(COMPILE_BUDGET_MS);
  return page;
}

let server = startServer();
try {
  console.log(`[smoke] first start: healthy after ${await waitForHealth()} ms`);
  let page = await newPage();
  await page.goto(`${baseUrl}/sign-up`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/onboarding/, { timeout: COMPILE_BUDGET_MS });
  await page.getByRole("link", { name: "Skip for now" }).click();
  await page.waitForURL(/\/dashboard/, { timeout: COMPILE_BUDGET_MS });
  await page.getByText(`Signed in as ${email}`).waitFor();
  console.log("[smoke] signed up and reached the dashboard");
  await page.close();

  await stopServer(server);
  console.log("[smoke] stopped with SIGTERM");
  server = startServer();
  console.log(`[smoke] second start: healthy after ${await waitForHealth()} ms`);

  page = await newPage();
  await page.goto(`${baseUrl}/sign-in`);
  const form = page.locator("form").first();
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(/\/dashboard/, { timeout: COMPILE_BUDGET_MS });
  await page.getByText(`Signed in as ${email}`).waitFor();
  console.log("[smoke] signed in again after the restart: the account survived");
} finally {
  await browser.close();
  await stopServer(server);
}
