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

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.describe.configure({ timeout: 90_000 });

    test.describe("signed out", () => {
      test.use({ colorScheme: theme });

      test("public pages, the 404 page and the theme menu have no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        for (const template of PUBLIC_PAGES) {
          await visitAndScan(page, template, theme, false);
        }
        // The theme menu, open.
        await page.goto("/");
        await waitForContent(page, PUBLIC_PAGES[0].heading, false);
        await page.getByRole("button", { name: /^Theme/ }).click();
        await expect(page.getByRole("menuitemradio", { name: "Dark" })).toBeVisible();
        await scan(page, `/ with the theme menu open (${theme})`);
      });
    });

    test.describe("signed in", () => {
      test.use({ colorScheme: "light" });

      test("public pages have no WCAG 2.1 AA violations", async ({ page }) => {
        await signedInPage(page, theme);
        for (const template of PUBLIC_PAGES) {
          await visitAndScan(page, template, theme, true);
        }
      });

      test("the eligibility page, with an answer opened, has no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        await signedInPage(page, theme);
        await visitAndScan(
          page,
          { path: "/eligibility", heading: "Can I sit this exam?" },
          theme,
          true,
        );
        await page.getByTestId("eligibility-ardms-ab").getByText("Why, and what to do").click();
        await scan(page, `/eligibility with an answer open (${theme})`);
      });

      test("sharing, teams, a team's readiness view and a shared link have no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        const user = await signedInPage(page, theme);
        const { teamUrl, shareToken } = await seedSharingWorld(user);
        await visitAndScan(page, { path: "/sharing", heading: "Sharing" }, theme, true);
        await visitAndScan(page, { path: "/teams", heading: "Teams" }, theme, true);
        await visitAndScan(page, { path: teamUrl, heading: "Echo Lab" }, theme, true);
        await visitAndScan(
          page,
          { path: `/share/${shareToken}`, heading: "Sam First's plan, read-only" },
          theme,
          true,
        );
      });

      test("dashboard, onboarding, settings, start and plan pages have no WCAG 2.1 AA violations", async ({
        page,
      }) => {
        await signedInPage(page, theme);

        await visitAndScan(page, { path: "/dashboard", heading: /Welcome/ }, theme, true);
        await visitAndScan(
          page,
          { path: "/onboarding", heading: "Get credit for what you already hold" },
          theme,
          true,
        );
        await visitAndScan(page, { path: "/settings", heading: "Settings" }, theme, true);
        await visitAndScan(page, { path: "/upkeep", heading: "Credential upkeep" }, theme, true);
        await visitAndScan(
          page,
          { path: "/eligibility", heading: "Can I sit this exam?" },
          theme,
          true,
        );
        await visitAndScan(
          page,
          { path: "/paths/echocardiographer/start", heading: "Echocardiographer" },
          theme,
          true,
        );

        // A plan: start one, choose a route, then scan the page and its milestone dialog.
        await page.getByRole("button", { name: "Start this path" }).click();
        await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
        await page
          .getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ })
          .click();
        const spi = page.getByTestId("milestone-ardms-spi");
        await expect(spi).toBeVisible();
        await spi.getByRole("button", { name: /Set to Planned/ }).click();
        await expect(spi.locator('[data-status="planned"]').first()).toBeVisible();
        await waitForContent(page, /Echocardiographer/, true);
        await scan(page, `/plans/[id] (${theme})`);

        await spi.getByRole("button", { name: /Details for/ }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await scan(page, `/plans/[id] with the milestone dialog open (${theme})`);
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog")).toBeHidden();

        await visitAndScan(page, { path: "/dashboard", heading: /Welcome/ }, theme, true);

        // Settings with a plan, and its "leave path" dialog (a danger button).
        await visitAndScan(page, { path: "/settings", heading: "Settings" }, theme, true);
        await page.getByRole("button", { name: "Leave path" }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await scan(page, `/settings with the leave dialog open (${theme})`);
      });
    });
  });
}
