import { expect, test, type Page, type Route } from "./fixtures";
import { THEME_SCRIPT } from "../lib/theme";
import { signInAs } from "./support/auth";
import { createUser, e2eDb } from "./support/data";

test.use({ timezoneId: "UTC", locale: "en-US" });

const LIGHT_BG = "rgb(247, 249, 251)";
const DARK_BG = "rgb(13, 20, 28)";

async function startEchocardiographer(page: Page): Promise<string> {
  await page.goto("/paths/echocardiographer/start");
  await page.getByRole("button", { name: "Start this path" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();
  return page.url().split("/plans/")[1]!;
}

/** Holds matching requests until released: a slow network, on demand. */
function holdRequests(page: Page, url: string | RegExp, matches: (route: Route) => boolean) {
  const held: Route[] = [];
  let holding = true;
  const ready = page.route(url, async (route) => {
    if (holding && matches(route)) held.push(route);
    else await route.fallback();
  });
  return {
    ready,
    count: () => held.length,
    async release() {
      holding = false;
      await page.unroute(url);
      await Promise.all(held.splice(0).map((route) => route.fallback()));
    },
  };
}

/**
 * Slow data, on demand: holds an exclusive lock on a table the page's loader reads, so the server
 * streams the route's loading state at once and then waits for the data. Other tests reading the
 * table wait too, for the moment the lock is held.
 */
function holdTable(table: "progress") {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const ready = new Promise<void>((resolve) => (locked = resolve));
  const done = e2eDb().begin(async (sql) => {
    await sql.unsafe(`lock table ${table} in access exclusive mode`);
    locked();
    await released;
  });
  return {
    ready,
    async release() {
      release();
      await done;
    },
  };
}

function bodyBackground(page: Page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test("the dashboard and a plan show loading skeletons while their data is on its way", async ({
  page,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  // Without prefetches, every navigation takes the loading state from the server's stream. With
  // them, whether the router already holds a prefetched loading state, or a prefetch that itself
  // waits on the held data, depends on timing: that race made this test flaky.
  await page.route("**/*", (route) =>
    route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback(),
  );
  const planId = await startEchocardiographer(page);
  const skeleton = page.getByTestId("loading-skeleton");

  // Plan → dashboard, with the dashboard's data held back.
  const dashboardData = holdTable("progress");
  await dashboardData.ready;
  await page
    .getByRole("navigation", { name: "Your planner" })
    .getByRole("link", { name: "Dashboard", exact: true })
    .click();
  await expect(skeleton).toBeVisible();
  await expect(skeleton).toHaveAttribute("role", "status");
  await expect(skeleton).toContainText("Loading your dashboard");
  expect(await skeleton.locator("[data-skeleton]").count()).toBeGreaterThan(3);
  await dashboardData.release();
  await expect(page.getByRole("heading", { level: 1, name: /Welcome/ })).toBeVisible();
  await expect(skeleton).toHaveCount(0);

  // Dashboard → plan, with the plan's data held back.
  const planData = holdTable("progress");
  await planData.ready;
  await page.getByRole("link", { name: /Echocardiographer: \d+% complete/ }).click();
  await expect(skeleton).toBeVisible();
  await expect(skeleton).toContainText("Loading your plan");
  await planData.release();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`));
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();
  await expect(skeleton).toHaveCount(0);
});

test("an empty dashboard offers the next step", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await page.goto("/dashboard");
  await expect(page.getByText("You haven't chosen a path yet.")).toBeVisible();
  await page.getByRole("link", { name: "Explore career paths" }).click();
  await expect(page).toHaveURL(/\/paths$/);
  await expect(page.getByRole("heading", { level: 1, name: "Career paths" })).toBeVisible();
});

test("saving shows a toast, and a submit button shows its pending state while it saves", async ({
  page,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  const planId = await startEchocardiographer(page);
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();

  // A status change: a toast says it was saved.
  const toasts = page.getByTestId("toasts");
  const spi = page.getByTestId("milestone-ardms-spi");
  await spi.getByRole("button", { name: /Set to Planned/ }).click();
  await expect(toasts.getByRole("status").filter({ hasText: "Status saved." })).toBeVisible();

  // A slow save: the button says so, is busy and can't be pressed twice.
  const saves = holdRequests(
    page,
    new RegExp(`/plans/${planId}(\\?|$)`),
    (route) => route.request().method() === "POST",
  );
  await saves.ready;
  await page.getByRole("textbox", { name: "Your own milestone" }).fill("Shadow the echo lab lead");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const pending = page.getByRole("button", { name: "Adding…" });
  await expect(pending).toBeVisible();
  await expect(pending).toHaveAttribute("aria-busy", "true");
  await expect(pending).toBeDisabled();
  await expect.poll(() => saves.count()).toBe(1);
  await saves.release();
  await expect(page.getByRole("button", { name: "Add", exact: true })).toBeEnabled();
  await expect(toasts).toContainText("Milestone added.");
  await expect(
    page.getByRole("region", { name: "Your own milestones" }).getByText("Shadow the echo lab lead"),
  ).toBeVisible();
});

test("a missing page answers 404 in the app's style, with a way home and to the paths", async ({
  page,
}) => {
  const response = await page.goto("/no-such-page-here");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute(
    "href",
    "/",
  );
  await page.getByRole("link", { name: "Explore career paths" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Career paths" })).toBeVisible();

  // Someone else's plan (or none) is the same page.
  const user = await createUser();
  await signInAs(page, user);
  const missingPlan = await page.goto("/plans/00000000-0000-4000-8000-000000000000");
  expect(missingPlan?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});

test("an unexpected failure shows the error page, and Try again recovers", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  const planId = await startEchocardiographer(page);

  // The server fails the next save outright.
  const planUrl = new RegExp(`/plans/${planId}(\\?|$)`);
  await page.route(planUrl, (route) =>
    route.request().method() === "POST"
      ? route.fulfill({ status: 500, contentType: "text/plain", body: "Internal Server Error" })
      : route.fallback(),
  );
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Something went wrong" });
  await expect(alert).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Something went wrong" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await page.unroute(planUrl);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();
  await expect(alert).toHaveCount(0);
});

test("favicon, apple icon and web manifest are served", async ({ page }) => {
  await page.goto("/");
  const icon = page.locator('head link[rel="icon"][type="image/svg+xml"]');
  await expect(icon).toHaveCount(1);
  const iconHref = (await icon.getAttribute("href"))!;
  expect(iconHref).toMatch(/^\/icon\.svg/);
  const iconResponse = await page.request.get(iconHref);
  expect(iconResponse.status()).toBe(200);
  expect(iconResponse.headers()["content-type"]).toContain("image/svg+xml");
  expect(await iconResponse.text()).toContain("<circle");
  expect((await page.request.get("/icon.svg")).status()).toBe(200);

  const apple = page.locator('head link[rel="apple-touch-icon"]');
  await expect(apple).toHaveCount(1);
  const appleResponse = await page.request.get((await apple.getAttribute("href"))!);
  expect(appleResponse.status()).toBe(200);
  expect(appleResponse.headers()["content-type"]).toContain("image/png");

  const manifestLink = page.locator('head link[rel="manifest"]');
  await expect(manifestLink).toHaveCount(1);
  const manifest = await (
    await page.request.get((await manifestLink.getAttribute("href"))!)
  ).json();
  expect(manifest).toMatchObject({ name: "Sonography Career Planner", display: "standalone" });
  for (const { src } of manifest.icons as { src: string }[]) {
    expect((await page.request.get(src)).status(), src).toBe(200);
  }
});

test("a plan of 20+ milestones prints on at most two A4 pages, black on white, no controls", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Dark theme on screen: print must still be black on white.
  await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  const user = await createUser();
  await signInAs(page, user);
  await startEchocardiographer(page);
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  await expect(page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ })).toBeVisible();
  await page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ }).click();
  await expect(page.getByTestId("milestone-ardms-ae")).toBeVisible();
  // The education and experience choices too: every step has its milestone.
  for (const option of [
    "Two-year allied health program",
    "12 months of full-time clinical ultrasound work",
  ]) {
    const button = page.getByRole("button", { name: option, exact: true });
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
  }

  const rows = page.locator('[data-testid^="milestone-"]');
  let count = await rows.count();
  for (let index = 1; count < 20; index++) {
    await page
      .getByRole("textbox", { name: "Your own milestone" })
      .fill(`Custom milestone number ${index}`);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(
      page
        .getByRole("region", { name: "Your own milestones" })
        .getByText(`Custom milestone number ${index}`, { exact: true }),
    ).toBeVisible();
    count = await rows.count();
  }
  expect(count).toBeGreaterThanOrEqual(20);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.getByRole("button", { name: /Details for/ }).first()).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Your own milestone" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();
  expect(await bodyBackground(page)).toBe("rgb(255, 255, 255)");
  expect(await page.locator("h1").evaluate((element) => getComputedStyle(element).color)).toBe(
    "rgb(0, 0, 0)",
  );

  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await test.info().attach("plan.pdf", { body: pdf, contentType: "application/pdf" });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test.describe("theme switch", () => {
  test.use({ colorScheme: "light" });

  test("dark, light or system is applied before paint and survives a reload", async ({ page }) => {
    // In document order: was data-theme set before <body> was created (so before any paint)?
    await page.addInitScript(() => {
      const log: string[] = [];
      (window as unknown as { themeLog: string[] }).themeLog = log;
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === "attributes") log.push("theme");
          for (const node of Array.from(record.addedNodes)) {
            if (node.nodeName === "BODY") log.push("body");
          }
        }
      }).observe(document, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ["data-theme"],
      });
    });
    /** The theme on <html> now, if it was set before <body> existed; "late" if after. */
    const themeAtBody = () =>
      page.evaluate(() => {
        const log = (window as unknown as { themeLog: string[] }).themeLog;
        const theme = log.indexOf("theme");
        if (theme === -1) return null;
        return theme < log.indexOf("body")
          ? document.documentElement.getAttribute("data-theme")
          : "late";
      });

    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    const trigger = page.getByRole("button", { name: /^Theme/ });
    await expect(trigger).toHaveAccessibleName("Theme: System");

    // Dark: applied at once, stored in localStorage and a cookie.
    await trigger.click();
    await page.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect.poll(() => bodyBackground(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");
    const cookie = (await page.context().cookies()).find((c) => c.name === "theme");
    expect(cookie?.value).toBe("dark");

    // A reload (and another page) start dark: set before <body> exists.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await themeAtBody()).toBe("dark");
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await expect(trigger).toHaveAccessibleName("Theme: Dark");
    await page.goto("/paths");
    expect(await themeAtBody()).toBe("dark");

    // The cookie alone is enough (storage cleared, e.g. by a privacy setting).
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    expect(await themeAtBody()).toBe("dark");

    // Light wins over a dark device.
    await page.emulateMedia({ colorScheme: "dark" });
    await trigger.click();
    await page.getByRole("menuitemradio", { name: "Light" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect.poll(() => bodyBackground(page)).toBe(LIGHT_BG);
    await page.reload();
    expect(await themeAtBody()).toBe("light");
    expect(await bodyBackground(page)).toBe(LIGHT_BG);

    // System follows the device, before and after a reload.
    await trigger.click();
    await page.getByRole("menuitemradio", { name: "System" }).click();
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
    await expect.poll(() => bodyBackground(page)).toBe(DARK_BG);
    await page.reload();
    expect(await themeAtBody()).toBeNull();
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("system");
  });

  test("the pre-paint script is inline in <head>, exactly the text the CSP hash covers", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const head = html.slice(0, html.indexOf("<body"));
    expect(head).toContain(`<script>${THEME_SCRIPT}</script>`);
  });
});
