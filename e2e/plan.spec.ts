import { expect, test, type Page } from "./fixtures";
import ICAL from "ical.js";
import { signInAs } from "./support/auth";
import { isoDaysFromToday } from "./support/clock";
import { createUser, e2eDb } from "./support/data";

async function startEchocardiographer(page: Page): Promise<string> {
  await page.goto("/paths/echocardiographer/start");
  await page.getByRole("button", { name: "Start this path" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  return page.url().split("/plans/")[1]!;
}

test.use({ timezoneId: "UTC", locale: "en-US" });

test("onboarding credit, a chosen specialty, the five-year deadline, a pass that earns RDCS, and the calendar", async ({
  page,
}) => {
  const user = await createUser();
  await signInAs(page, user);

  // Onboarding: SPI passed on 2024-03-15, no credential held.
  await page.goto("/onboarding");
  await page
    .getByRole("combobox", { name: "What you hold" })
    .selectOption({ label: "Sonography Principles and Instrumentation (SPI)" });
  await page.getByLabel("Earned or passed on").fill("2024-03-15");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("held-ardms-spi")).toContainText("passed Mar 15, 2024");
  await page.getByRole("button", { name: "Done: go to my dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard/);

  await startEchocardiographer(page);
  await expect(page.getByRole("heading", { level: 1, name: /Echocardiographer/ })).toBeVisible();

  // Choose the ARDMS route, then the adult echo specialty.
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  await expect(page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ })).toBeVisible();
  await page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ }).click();
  await expect(
    page.getByTestId("milestone-ardms-spi").locator('[data-status="done"]').first(),
  ).toBeVisible();
  await expect(page.getByTestId("milestone-ardms-ae")).toBeVisible();

  // The five-year rule: 31 December of the fifth year after the SPI pass.
  await expect(page.getByTestId("deadline-ardms-rdcs")).toContainText("Dec 31, 2029");

  // Schedule the AE exam.
  const ae = page.getByTestId("milestone-ardms-ae");
  await ae.getByRole("button", { name: /Details for/ }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Status").selectOption("scheduled");
  await dialog.getByLabel("Exam date").first().fill(isoDaysFromToday(20));
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(ae.locator('[data-status="scheduled"]').first()).toBeVisible();
  await expect(ae.getByText(/Exam in 20 days/)).toBeVisible();

  // Mark it passed (today): RDCS is earned.
  await ae.getByRole("button", { name: /Details for/ }).click();
  const attempt = page.getByRole("dialog");
  await attempt.getByRole("textbox", { name: "Exam date" }).last().fill(isoDaysFromToday(0));
  await attempt.getByRole("button", { name: "Record result" }).click();
  await expect(attempt).toBeHidden();
  await expect(
    page.getByTestId("milestone-ardms-rdcs").locator('[data-status="done"]').first(),
  ).toBeVisible();

  // A reload keeps everything.
  await page.reload();
  await expect(
    page.getByTestId("milestone-ardms-ae").locator('[data-status="done"]').first(),
  ).toBeVisible();
  await expect(
    page.getByTestId("milestone-ardms-rdcs").locator('[data-status="done"]').first(),
  ).toBeVisible();
  await expect(page.getByTestId("deadline-ardms-rdcs")).toHaveCount(0);

  // The calendar feed has the exam date as an all-day event.
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create calendar link" }).click();
  const feedUrl = await page.getByLabel("Calendar link").inputValue();
  const response = await page.request.get(feedUrl);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
  const exam = events.find((event) => event.summary.includes("AE"));
  expect(exam?.startDate.toString()).toBe(isoDaysFromToday(0));
  expect(exam?.startDate.isDate).toBe(true);
});

test("a second user can neither see nor change another's plan", async ({ page, browser }) => {
  const user = await createUser();
  await signInAs(page, user);
  const planId = await startEchocardiographer(page);
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  await page.getByRole("button", { name: /Adult Echocardiography \(AE\)/ }).click();
  await expect(page.getByTestId("milestone-ardms-ae")).toBeVisible();

  const stranger = await createUser();
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signInAs(strangerPage, stranger);
  const foreign = await strangerPage.goto(`/plans/${planId}`);
  expect(foreign?.status()).toBe(404);
  await expect(strangerPage.getByText(/Adult Echocardiography \(AE\)/)).toHaveCount(0);

  // Their own plan, with the request rewritten to name the first user's plan: refused, unchanged.
  await startEchocardiographer(strangerPage);
  const strangerPlanId = strangerPage.url().split("/plans/")[1]!;
  await strangerPage.route("**/plans/**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    await route.continue({
      postData: (request.postData() ?? "").replaceAll(strangerPlanId, planId),
    });
  });
  await strangerPage.getByRole("button", { name: /^Registered Cardiac Sonographer/ }).click();
  await expect(strangerPage.getByTestId("toasts")).toContainText(/couldn't find/);
  await strangerContext.close();

  // The first user's plan kept its route.
  await page.goto(`/plans/${planId}`);
  await expect(page.getByTestId("milestone-ardms-ae")).toBeVisible();
});

test("two tabs: the second, stale save is refused and the first one's data survives", async ({
  browser,
}) => {
  const user = await createUser();
  const context = await browser.newContext();
  const first = await context.newPage();
  await signInAs(first, user);
  const planId = await startEchocardiographer(first);
  await first.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  await expect(first.getByTestId("milestone-ardms-spi")).toBeVisible();
  const second = await context.newPage();
  await second.goto(`/plans/${planId}`);

  // Both tabs show SPI as not started; the first tab saves.
  const spiFirst = first.getByTestId("milestone-ardms-spi");
  await spiFirst.getByRole("button", { name: /Set to Planned/ }).click();
  await expect(spiFirst.locator('[data-status="planned"]').first()).toBeVisible();

  // The second tab still holds the old version: its save is refused, not silently applied.
  const spiSecond = second.getByTestId("milestone-ardms-spi");
  await spiSecond.getByRole("button", { name: /Set to Planned/ }).click();
  await expect(second.getByTestId("toasts")).toContainText("changed elsewhere");

  await first.reload();
  await expect(
    first.getByTestId("milestone-ardms-spi").locator('[data-status="planned"]').first(),
  ).toBeVisible();
  await context.close();
});

test("a milestone's dialog lists its newest ten changes and says where the rest are", async ({
  page,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  await startEchocardiographer(page);
  await page.getByRole("button", { name: /Registered Diagnostic Cardiac Sonographer/ }).click();
  const spi = page.getByTestId("milestone-ardms-spi");
  await expect(spi).toBeVisible();
  // Twelve notes changes, a day apart: "note 12" the newest.
  await e2eDb()`insert into milestone_events (user_id, requirement_slug, field, old_value, new_value, created_at)
                select ${user.id}, 'ardms-spi', 'notes', null, 'note ' || n,
                       timestamptz '2026-01-01 12:00Z' + n * interval '1 day'
                from generate_series(1, 12) n`;
  await page.reload();

  await spi.getByRole("button", { name: /Details for/ }).click();
  const history = page.getByRole("dialog").getByRole("region", { name: "History" });
  const entries = history.getByRole("listitem");
  await expect(entries).toHaveCount(10);
  await expect(entries.first()).toContainText("Jan 13, 2026");
  await expect(entries.last()).toContainText("Jan 4, 2026");
  await expect(history).toContainText("Showing the newest 10 of 12 changes.");
  await history.getByRole("link", { name: "your data download" }).click();
  await expect(page).toHaveURL(/\/settings#your-data$/);
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
});
