import { expect, test, type Locator, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser } from "./support/data";

/**
 * The core flow with the keyboard alone: Tab and Shift+Tab to move, Enter and Space to act, and
 * typing only to fill a text field. No mouse: not one click.
 */

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 250 } = {}) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`Focus never reached ${target} in ${max} presses`);
}

async function focusIsInside(container: Locator): Promise<boolean> {
  return container.evaluate((element) => element.contains(document.activeElement));
}

test.use({ timezoneId: "UTC", locale: "en-US" });

test("start a path, choose a route, change a status and edit a milestone with the keyboard only", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const user = await createUser();
  await signInAs(page, user);

  // The skip link is the first stop and lands in the main content.
  await page.goto("/paths/echocardiographer");
  await expect(page.getByRole("heading", { level: 1, name: "Echocardiographer" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await focusIsInside(page.locator("main"))).toBe(true);

  // Start the path.
  await tabTo(page, page.getByRole("link", { name: "Start this path" }).first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/paths\/echocardiographer\/start$/);
  await tabTo(page, page.getByRole("button", { name: "Start this path" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();

  // Choose the ARDMS route with Space.
  await tabTo(
    page,
    page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }),
  );
  await page.keyboard.press("Space");
  await expect(page.getByTestId("toasts")).toContainText("Choice saved");
  const spi = page.getByTestId("milestone-ardms-spi");
  await expect(spi).toBeVisible();

  // Change SPI's status with Space; Shift+Tab gets back to it from the next control.
  const advance = spi.getByRole("button", { name: /Set to Planned/ });
  const details = spi.getByRole("button", { name: /Details for/ });
  await tabTo(page, details);
  await page.keyboard.press("Shift+Tab");
  await expect(advance).toBeFocused();
  await page.keyboard.press("Space");
  await expect(spi.locator('[data-status="planned"]').first()).toBeVisible();
  await expect(page.getByTestId("toasts")).toContainText("Status saved");

  // The details dialog: focus moves in when it opens and back to its trigger on Escape.
  await tabTo(page, details);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect.poll(() => focusIsInside(dialog)).toBe(true);
  // Focus is trapped: Tab and Shift+Tab never leave the dialog.
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press("Tab");
    expect(await focusIsInside(dialog)).toBe(true);
  }
  await page.keyboard.press("Shift+Tab");
  expect(await focusIsInside(dialog)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(details).toBeFocused();

  // Edit: open it with Space this time, write a note, save with Enter.
  await page.keyboard.press("Space");
  await expect(dialog).toBeVisible();
  const notes = dialog.getByRole("textbox", { name: "Notes" });
  await tabTo(page, notes);
  await page.keyboard.type("Booked the physics review course");
  await tabTo(page, dialog.getByRole("button", { name: "Save", exact: true }));
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("toasts")).toContainText("Milestone saved");
  await expect(details).toBeFocused();

  // The note was saved.
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("textbox", { name: "Notes" })).toHaveValue(
    "Booked the physics review course",
  );
  await page.keyboard.press("Escape");
  await expect(details).toBeFocused();
});

test("the theme menu opens and closes from the keyboard and hands focus back", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const trigger = page.getByRole("button", { name: /^Theme/ });
  await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Theme" });
  await expect(menu).toBeVisible();
  await expect.poll(() => focusIsInside(menu)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(trigger).toBeFocused();

  // Space opens it on the first choice; Enter picks it and focus returns to the trigger.
  await page.keyboard.press("Space");
  await expect(menu.getByRole("menuitemradio", { name: "Light" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveAccessibleName("Theme: Light");
});

test("prefers-reduced-motion turns transitions and animations off", async ({ page }) => {
  await page.goto("/");
  const button = page.getByRole("link", { name: "Start your plan" });
  const duration = () =>
    button.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));

  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await duration()).toBeGreaterThan(0.05);

  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBeLessThan(0.001);
});
