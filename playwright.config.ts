import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

import { E2E_NOW } from "./e2e/support/clock";
import { E2E_PORT as PORT, SMTP_CATCHER_PORT } from "./e2e/support/ports";

// Browser-facing URLs use localhost: Next rewrites 127.0.0.1 to localhost and Auth.js's
// same-origin checks then miss.
const baseURL = `http://localhost:${PORT}`;

/** Playwright's own Chromium if installed, else Debian's (or CHROMIUM_PATH), else stop and say how. */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Not installed.
  }
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    "No Chromium found. Run `npx playwright install chromium`, or install your system's chromium " +
      "package (Debian: `apt-get install chromium`), or set CHROMIUM_PATH.",
  );
}

/** Test-only secret: the suite supplies its own, never a real one. Shared by extra servers. */
export const E2E_AUTH_SECRET = "e2e-test-secret-not-for-production-0123456789";

const gracefulShutdown = { signal: "SIGTERM" as const, timeout: 15_000 };

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run"],
    },
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, grepInvert: /@slow/ },
    // The @slow specs start servers of their own (app instances, a worker, an embedded Postgres
    // they stop and restart): run beside the other specs, they starve them of the two cores CI
    // has. So they run last, one at a time.
    {
      name: "slow",
      use: { ...devices["Desktop Chrome"] },
      grep: /@slow/,
      dependencies: ["chromium"],
      workers: 1,
    },
  ],
  webServer: [
    {
      command: "npx tsx scripts/smtp-catcher.ts",
      port: SMTP_CATCHER_PORT,
      env: { SMTP_CATCHER_PORT: String(SMTP_CATCHER_PORT) },
      reuseExistingServer: false,
      gracefulShutdown,
    },
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown,
      env: {
        PORT: String(PORT),
        AUTH_SECRET: E2E_AUTH_SECRET,
        AUTH_TRUST_HOST: "true",
        APP_URL: baseURL,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_CATCHER_PORT}`,
        EMAIL_FROM: "Sonography Career Planner <no-reply@example.test>",
        NEXT_TELEMETRY_DISABLED: "1",
        // The suite signs up many users from one address; e2e/throttle.spec.ts tests the limits.
        ACCOUNT_REQUESTS_PER_HOUR: "1000",
        // The server's clock, pinned: cycles, countdowns and "today" are the same on any day.
        CLOCK_NOW: E2E_NOW,
      },
    },
  ],
});
