import { expect, test } from "./fixtures";
import { signInAs } from "./support/auth";
import { E2E_NOW, isoDaysFromToday } from "./support/clock";
import { createUser, e2eDb, firstLink, waitForMail } from "./support/data";
import { scanRemindersAt } from "./support/reminders";

test.use({ timezoneId: "America/New_York", locale: "en-US" });

test("an exam 14 days away: the reminder arrives by mail in both parts, and its link turns that kind off", async ({
  page,
  request,
  baseURL,
}) => {
  const user = await createUser();
  await e2eDb()`update users set time_zone = 'America/New_York' where id = ${user.id}`;
  // SPI scheduled 14 days after the server's pinned "now" (2026-11-30, 12:00 UTC). Scheduling it
  // in the plan's dialog is plan.spec.ts's journey; this one starts from the stored exam date.
  await e2eDb()`insert into progress (user_id, requirement_slug, status, exam_date, created_at)
                values (${user.id}, 'ardms-spi', 'scheduled', ${isoDaysFromToday(14)}, '2026-11-01T00:00:00Z')`;
  const recorded = async () =>
    (await e2eDb()`select count(*)::int as count from reminders where user_id = ${user.id}`)[0]!
      .count as number;

  // Before 08:00 in New York nothing is due; at 08:00 (13:00 UTC) the 14-day reminder is.
  expect(E2E_NOW).toBe("2026-11-30T12:00:00Z");
  await scanRemindersAt("2026-11-30T12:59:00Z");
  expect(await recorded()).toBe(0);
  await scanRemindersAt("2026-11-30T13:00:00Z");
  expect(await recorded()).toBe(1);
  const raw = await waitForMail(user.email);
  expect(raw).toMatch(/Content-Type: multipart\/alternative/i);
  expect(raw).toMatch(/Content-Type: text\/plain/i);
  expect(raw).toMatch(/Content-Type: text\/html/i);
  expect(raw.replace(/=\r?\n/g, "")).toContain("because your SPI exam is on December 14, 2026");
  // Headers may be folded over several lines: unfold them first.
  const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);
  const oneClick = /^List-Unsubscribe: <([^>]+)>/im.exec(headers)?.[1]?.replace(/\s+/g, "");
  expect(oneClick).toBeTruthy();

  // A GET of the one-click URL (a scanner) changes nothing; another user's id with this token
  // is refused.
  expect((await request.get(oneClick!)).status()).toBe(405);
  const forged = new URL(oneClick!);
  forged.searchParams.set("u", (await createUser()).id);
  expect((await request.post(forged.toString())).status()).toBe(404);

  // In the app: the badge and the notifications page.
  await signInAs(page, user);
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  await page.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(page.getByTestId("notification")).toContainText("SPI exam: 14 days before");
  await expect(page.getByTestId("notification")).toContainText("Mailed");

  // The link in the mail opens a page; its button turns off exam reminders only.
  // The page's link (the header's one-click URL is under /api/unsubscribe).
  await page.goto(firstLink(raw, `${new URL(baseURL!).host}/unsubscribe`));
  await expect(page.getByText(/Stop getting reminders about/)).toContainText("exam dates");
  await page.getByRole("button", { name: "Stop these reminders" }).click();
  await expect(page.getByText("you won't get these reminders any more")).toBeVisible();

  await page.goto("/settings/notifications");
  await expect(page.getByRole("checkbox", { name: /Exam dates/ })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Target dates/ })).toBeChecked();
});

test("an unverified address gets reminders in the app only", async ({ page }) => {
  const user = await createUser({ verified: false });
  await e2eDb()`update users set time_zone = 'UTC' where id = ${user.id}`;
  await e2eDb()`insert into progress (user_id, requirement_slug, status, exam_date, created_at)
                values (${user.id}, 'ardms-spi', 'scheduled', ${isoDaysFromToday(2)}, '2026-11-01T00:00:00Z')`;
  await scanRemindersAt("2026-11-30T08:00:00Z");
  await signInAs(page, user);
  await page.goto("/notifications");
  await expect(page.getByText(/until you confirm your email address/)).toBeVisible();
  await expect(page.getByTestId("notification")).toContainText("Here in the app only");
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
});
