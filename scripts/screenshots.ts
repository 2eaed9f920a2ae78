/**
 * Takes screenshots of the main pages at phone and desk widths, light and dark, for a visual
 * check: `npx tsx scripts/screenshots.ts BASE_URL OUT_DIR EMAIL PASSWORD [paths...]`.
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const [baseUrl = "http://localhost:3100", outDir = "/tmp/shots", email, password, ...paths] =
  process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
});
for (const scheme of ["light", "dark"] as const) {
  for (const [label, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desk", { width: 1280, height: 900 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme, timezoneId: "UTC" });
    const page = await context.newPage();
    if (email && password) {
      const csrf = await (await page.request.get(`${baseUrl}/api/auth/csrf`)).json();
      await page.request.post(`${baseUrl}/api/auth/callback/credentials`, {
        form: { email, password, csrfToken: csrf.csrfToken, callbackUrl: "/dashboard" },
      });
    }
    for (const path of paths.length ? paths : ["/"]) {
      await page.goto(`${baseUrl}${path}`);
      await page.waitForLoadState("networkidle");
      const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${label}-${scheme}.png`;
      await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
      console.log(`${outDir}/${name}`);
    }
    await context.close();
  }
}
await browser.close();
