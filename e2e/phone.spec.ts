import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser } from "./support/data";
import { seedSharingWorld } from "./support/sharing";

/**
 * The core flow on a 390 × 844 phone: on every page, nothing scrolls sideways and every control
 * is at least 44 × 44 px (WCAG 2.5.5's size, the platforms' guidance).
 *
 * Checked: every visible button, link, input, select, textarea and summary in the header, in
 * <main> and in an open dialog or menu. A checkbox or radio is measured by its <label>, which is
 * what the finger hits; a link stretched over its card with an absolute ::after, by the card.
 *
 * Exempt: inline text links inside running text (computed `display: inline`, with other words
 * on their lines): a link in the middle of a sentence ("Source: FAQs (ARDMS)", "Dashboard /
 * Plan") can't be 44 px tall without breaking the line spacing, and WCAG 2.5.5 itself exempts
 * targets "in a sentence or block of text". A link alone on its line is not exempt.
 */
const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true, timezoneId: "UTC", locale: "en-US" });

const MIN_TARGET = 44;

interface Problem {
  element: string;
  width: number;
  height: number;
}

/** Controls smaller than 44 × 44 px in the header, <main> and any open dialog or menu. */
async function smallTargets(page: Page): Promise<Problem[]> {
  return page.evaluate((min) => {
    const scopes = Array.from(
      document.querySelectorAll<HTMLElement>(
        'body > header, main, [role="dialog"], [role="menu"], [role="listbox"]',
      ),
    );
    const selector = [
      "a[href]",
      "button",
      "summary",
      'input:not([type="hidden"])',
      "select",
      "textarea",
      '[role="button"]',
      '[role="menuitem"]',
      '[role="menuitemradio"]',
      '[role="tab"]',
    ].join(",");
    /**
     * An inline link with other words on its lines: the text of its block's inline content (not
     * of nested blocks, such as a caption under it) is more than the link's own.
     */
    const inRunningText = (link: HTMLElement): boolean => {
      if (getComputedStyle(link).display !== "inline") return false;
      let block = link.parentElement;
      while (block && getComputedStyle(block).display.startsWith("inline")) {
        block = block.parentElement;
      }
      if (!block) return false;
      const inlineText = (node: Node): string => {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
        if (!(node instanceof HTMLElement)) return "";
        const display = getComputedStyle(node).display;
        if (node !== block && !display.startsWith("inline")) return "";
        return Array.from(node.childNodes).map(inlineText).join("");
      };
      const words = (text: string) => text.replace(/\s+/g, " ").trim();
      return words(inlineText(block)).length > words(link.textContent ?? "").length;
    };
    const seen = new Set<Element>();
    const problems: { element: string; width: number; height: number }[] = [];
    for (const scope of scopes) {
      for (const element of Array.from(scope.querySelectorAll<HTMLElement>(selector))) {
        if (seen.has(element)) continue;
        seen.add(element);
        const style = getComputedStyle(element);
        let box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || style.visibility === "hidden") continue;
        // Screen-reader-only elements (1 × 1 px, clipped) are not touch targets.
        if (style.position === "absolute" && box.width <= 1 && box.height <= 1) continue;
        // Exempt: links inside running text.
        if (element.tagName === "A" && inRunningText(element)) continue;
        // A "stretched" link (an absolute ::after over its card) is as big as the card.
        const after = getComputedStyle(element, "::after");
        if (
          element.tagName === "A" &&
          after.content !== "none" &&
          after.position === "absolute" &&
          element.offsetParent
        ) {
          box = element.offsetParent.getBoundingClientRect();
        }
        if (
          element instanceof HTMLInputElement &&
          (element.type === "checkbox" || element.type === "radio")
        ) {
          const label = element.closest("label") ?? element.labels?.[0];
          if (label) box = label.getBoundingClientRect();
        }
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          const name =
            element.getAttribute("aria-label") ??
            (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 50);
          problems.push({
            element: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${name}"`,
            width: Math.round(box.width),
            height: Math.round(box.height),
          });
        }
      }
    }
    return problems;
  }, MIN_TARGET);
}

async function checkPhoneLayout(page: Page, label: string) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  // Soft: one run reports every page's problems, not just the first.
  expect.soft(widths.inner, `${label}: layout viewport`).toBe(PHONE.width);
  expect.soft(widths.scroll, `${label}: horizontal scrolling`).toBeLessThanOrEqual(widths.inner);
  expect.soft(await smallTargets(page), `${label}: touch targets under 44 px`).toEqual([]);
  expect.soft(await squeezedBoxes(page), `${label}: checkboxes or radios squeezed`).toEqual([]);
}

/** Checkboxes and radios that a long label beside them squeezed narrower than they are tall. */
async function squeezedBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLInputElement>(
        'main input[type="checkbox"], main input[type="radio"]',
      ),
    )
      .map((input) => ({ input, box: input.getBoundingClientRect() }))
      .filter(({ box }) => box.height > 0 && box.width < box.height - 0.5)
      .map(
        ({ input, box }) =>
          `${input.name}=${input.value} ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

async function visit(page: Page, path: string, heading: string | RegExp, signedIn = true) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(
    signedIn
      ? nav.getByRole("button", { name: /Account menu/ })
      : nav.getByRole("link", { name: "Sign in" }),
  ).toBeVisible();
  await checkPhoneLayout(page, path);
}

test("signed-out pages fit a phone", async ({ page }) => {
  await visit(page, "/", /Plan your next step/, false);
  await visit(page, "/paths", "Career paths", false);
  await visit(page, "/paths/echocardiographer", "Echocardiographer", false);
  await visit(page, "/credentials/ardms-spi", /Sonography Principles/, false);
  await visit(page, "/sign-in", "Sign in", false);
  await visit(page, "/sign-up", "Create your account", false);
  await visit(page, "/no-such-page-here", "Page not found", false);

  // The theme menu, open.
  await page.getByRole("button", { name: /^Theme/ }).tap();
  await expect(page.getByRole("menu", { name: "Theme" })).toBeVisible();
  await checkPhoneLayout(page, "theme menu");
});

test("the core flow fits a phone: explore, start, choose, track, edit", async ({ page }) => {
  test.setTimeout(60_000);
  const user = await createUser();
  await signInAs(page, user);

  await visit(page, "/dashboard", /Welcome/);
  await page.getByRole("link", { name: "Explore career paths" }).tap();
  await expect(page).toHaveURL(/\/paths$/);
  await visit(page, "/paths", "Career paths");
  await visit(page, "/eligibility", "Can I sit this exam?");
  await visit(page, "/paths/echocardiographer", "Echocardiographer");
  await page.getByRole("link", { name: "Start this path" }).first().tap();
  await expect(page).toHaveURL(/\/paths\/echocardiographer\/start$/);
  await checkPhoneLayout(page, "/paths/echocardiographer/start");

  await page.getByRole("button", { name: "Start this path" }).tap();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();
  await checkPhoneLayout(page, "plan, new");

  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).tap();
  await expect(page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ })).toBeVisible();
  await page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ }).tap();
  const spi = page.getByTestId("milestone-ardms-spi");
  await spi.getByRole("button", { name: /Set to Planned/ }).tap();
  await expect(spi.locator('[data-status="planned"]').first()).toBeVisible();
  await page
    .getByRole("textbox", { name: "Your own milestone" })
    .fill("Shadow the echo lab lead for a week");
  await page.getByRole("button", { name: "Add", exact: true }).tap();
  await expect(page.getByTestId("toasts")).toContainText("Milestone added");
  await checkPhoneLayout(page, "plan, with choices and a custom milestone");

  // The milestone dialog (a bottom sheet on a phone).
  await spi.getByRole("button", { name: /Details for/ }).tap();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await checkPhoneLayout(page, "milestone dialog");
  await dialog.getByLabel("Notes").fill("Review course booked");
  await dialog.getByRole("button", { name: "Save", exact: true }).tap();
  await expect(dialog).toBeHidden();

  await visit(page, "/dashboard", /Welcome/);
  await visit(page, "/onboarding", "Get credit for what you already hold");
  await visit(page, "/settings", "Settings");
  await visit(page, "/upkeep", "Credential upkeep");
  await visit(page, "/settings/notifications", "Reminders");
  await visit(page, "/notifications", "Notifications");

  // The account menu, open.
  await page.getByRole("button", { name: /Account menu/ }).tap();
  await expect(page.getByRole("menu")).toBeVisible();
  await checkPhoneLayout(page, "account menu");
});

test("sharing, teams, a team's readiness view and a shared link fit a phone", async ({ page }) => {
  const user = await createUser({ name: "Maya Manager" });
  const { teamUrl, shareToken } = await seedSharingWorld(user);
  await signInAs(page, user);
  await visit(page, "/sharing", "Sharing");
  await visit(page, "/teams", "Teams");
  await visit(page, teamUrl, "Echo Lab");
  await visit(page, `/share/${shareToken}`, "Sam First's plan, read-only");
});
