import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser } from "./support/data";
import { seedSharingWorld } from "./support/sharing";

/**
 * axe at WCAG 2.1 AA on every route template: signed out and signed in, light and dark. Dark
 * comes two ways: from the device (signed out, `colorScheme: "dark"`) and from the theme switch's
 * stored choice (signed in, on a light device), so both stylesheet paths are checked.
 */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Rules switched off, each with its reason. Keep this list short; it is empty on purpose. */
const DISABLED_RULES: { id: string; reason: string }[] = [];

const PUBLIC_PAGES = [
  { path: "/", heading: /Plan your next step/ },
  { path: "/paths", heading: "Career paths" },
  { path: "/paths/echocardiographer", heading: "Echocardiographer" },
  { path: "/credentials/ardms-spi", heading: /Sonography Principles/ },
  { path: "/sign-in", heading: "Sign in" },
  { path: "/sign-up", heading: "Create your account" },
  { path: "/no-such-page-here", heading: "Page not found" },
] as const;

type Theme = "light" | "dark";

/** Waits until the page's main content and the header's session-dependent part have rendered. */
async function waitForContent(page: Page, heading: string | RegExp, signedIn: boolean) {
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(
    signedIn
      ? nav.getByRole("button", { name: /Account menu/ })
      : nav.getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
}

/** The theme actually painted: the body's background is the dark or the light token. */
async function expectTheme(page: Page, theme: Theme) {
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background, `body background in the ${theme} theme`).toBe(
    theme === "dark" ? "rgb(13, 20, 28)" : "rgb(247, 249, 251)",
  );
}

async function scan(page: Page, label: string) {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .disableRules(DISABLED_RULES.map((rule) => rule.id))
    .analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.slice(0, 5).map((node) => ({
      target: node.target.join(" "),
      summary: node.failureSummary,
    })),
  }));
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

async function visitAndScan(
  page: Page,
  { path, heading }: { path: string; heading: string | RegExp },
  theme: Theme,
  signedIn: boolean,
) {
  await page.goto(path);
  await waitForContent(page, heading, signedIn);
  await expectTheme(page, theme);
  await scan(page, `${path} (${signedIn ? "signed in" : "signed out"}, ${theme})`);
}

/** Signed in; for dark, the theme switch's remembered choice on a light device. */
async function signedInPage(page: Page, theme: Theme) {
  if (theme === "dark") {
    await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  }
  const user = await createUser();
  await signInAs(page, user);
  return user;
}

/** Signed-in pages scanned as a new user sees them, one test each so no test does several heavy scans. */
const APP_PAGES = [
  { path: "/dashboard", heading: /Welcome/ },
  { path: "/onboarding", heading: "Get credit for what you already hold" },
  { path: "/settings", heading: "Settings" },
  { path: "/upkeep", heading: "Credential upkeep" },
  { path: "/upkeep/log", heading: "Your CE log (0)" },
  { path: "/eligibility", heading: "Can I sit this exam?" },
  { path: "/paths/echocardiographer/start", heading: "Echocardiographer" },
] as const;

/** Issue 14's pages, each over one seeded sharing world (the viewer owns Echo Lab). */
const SHARING_PAGES = [
  { name: "/sharing", path: () => "/sharing", heading: "Sharing" },
  { name: "/teams", path: () => "/teams", heading: "Teams" },
  { name: "/teams/[id]", path: (w: SharingWorld) => w.teamUrl, heading: "Echo Lab" },
  {
    name: "/share/[token]",
    path: (w: SharingWorld) => `/share/${w.shareToken}`,
    heading: "Sam First's plan, read-only",
  },
] as const;
type SharingWorld = Awaited<ReturnType<typeof seedSharingWorld>>;

/** Starts the echocardiographer path, chooses RDCS and plans SPI: a plan with a status to show. */
async function startPlan(page: Page) {
  await page.goto("/paths/echocardiographer/start");
  await page.getByRole("button", { name: "Start this path" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  const spi = page.getByTestId("milestone-ardms-spi");
  await expect(spi).toBeVisible();
  await spi.getByRole("button", { name: /Set to Planned/ }).click();
  await expect(spi.locator('[data-status="planned"]').first()).toBeVisible();
  return spi;
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.describe("signed out", () => {
      test.use({ colorScheme: theme });

      for (const template of PUBLIC_PAGES) {
        test(`${template.path} has no WCAG 2.1 AA violations`, async ({ page }) => {
          await visitAndScan(page, template, theme, false);
        });
      }

      test("the open theme menu has no WCAG 2.1 AA violations", async ({ page }) => {
        await page.goto("/");
        await waitForContent(page, PUBLIC_PAGES[0].heading, false);
        await page.getByRole("button", { name: /^Theme/ }).click();
        await expect(page.getByRole("menuitemradio", { name: "Dark" })).toBeVisible();
        await scan(page, `/ with the theme menu open (${theme})`);
      });
    });

    test.describe("signed in", () => {
      test.use({ colorScheme: "light" });

      for (const template of [...PUBLIC_PAGES, ...APP_PAGES]) {
        test(`${template.path} has no WCAG 2.1 AA violations`, async ({ page }) => {
          await signedInPage(page, theme);
          await visitAndScan(page, template, theme, true);
        });
      }

      for (const template of SHARING_PAGES) {
        test(`${template.name} (sharing, seeded) has no WCAG 2.1 AA violations`, async ({
          page,
        }) => {
          const world = await seedSharingWorld(await signedInPage(page, theme));
          await visitAndScan(
            page,
            { path: template.path(world), heading: template.heading },
            theme,
            true,
          );
        });
      }

      test("the eligibility page, with an answer opened, has no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        await signedInPage(page, theme);
        await page.goto("/eligibility");
        await waitForContent(page, "Can I sit this exam?", true);
        await page.getByTestId("eligibility-ardms-ab").getByText("Why, and what to do").click();
        await scan(page, `/eligibility with an answer open (${theme})`);
      });

      test("a plan page and its milestone dialog have no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        await signedInPage(page, theme);
        const spi = await startPlan(page);
        await waitForContent(page, /Echocardiographer/, true);
        await expectTheme(page, theme);
        await scan(page, `/plans/[id] (${theme})`);

        await spi.getByRole("button", { name: /Details for/ }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await scan(page, `/plans/[id] with the milestone dialog open (${theme})`);
      });

      test("the dashboard and settings with a plan, and the leave dialog, have no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        await signedInPage(page, theme);
        await startPlan(page);
        await visitAndScan(page, { path: "/dashboard", heading: /Welcome/ }, theme, true);
        await visitAndScan(page, { path: "/settings", heading: "Settings" }, theme, true);
        await page.getByRole("button", { name: "Leave path" }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await scan(page, `/settings with the leave dialog open (${theme})`);
      });
    });
  });
}
