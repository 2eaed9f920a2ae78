/**
 * Issue 14, end to end: an organization, invitations, the readiness view, sign-off and share
 * links, each as the person who would do it in a browser.
 */
import { expect, test, type Browser, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import {
  createUser,
  e2eDb,
  firstLink,
  seedCeActivity,
  seedHeldCredential,
  waitForMail,
  type TestUser,
} from "./support/data";

test.use({ timezoneId: "UTC", locale: "en-US" });

async function as(browser: Browser, user: TestUser, baseURL?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

async function invite(page: Page, email: string, role: string): Promise<string> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${email}`)).toBeVisible();
  return firstLink(await waitForMail(email), "/teams/join/");
}

async function accept(page: Page, link: string, choices: { plan: string; upkeep: boolean }) {
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Plans (progress and dates)").selectOption({ label: choices.plan });
  if (choices.upkeep) await page.getByLabel(/Upkeep status/).check();
  await page.getByRole("button", { name: "Accept and join" }).click();
  await expect(page).toHaveURL(/\/teams\/[0-9a-f-]{36}\?joined=1$/);
}

/** A sonographer with an echo plan (12 months of clinical experience chosen) and a held RDMS. */
async function seedSonographer(user: TestUser): Promise<string> {
  const sql = e2eDb();
  const [plan] = await sql<{ id: string }[]>`
    insert into plans (user_id, path_slug, is_primary, picks)
    values (${user.id}, 'echocardiographer', true,
            ${sql.json({ "echocardiographer-eligibility": "exp-clinical-12-months" })})
    returning id`;
  await sql`insert into progress (user_id, requirement_slug, status, target_date)
            values (${user.id}, 'exp-clinical-12-months', 'in_progress', '2027-01-15')`;
  await seedHeldCredential(user, "ardms-rdms", "2024-02-10");
  await seedCeActivity(user, {
    completedOn: "2025-05-01",
    title: "Fetal echo update",
    provider: "SDMS",
    credits: "4",
    category: "general",
  });
  return plan!.id;
}

/**
 * The scenario is one story told in steps (serial): each step continues from the last one's
 * state, so a step's timeout covers only its own part on a loaded machine.
 */
test.describe.serial("Echo Lab", () => {
  test.describe.configure({ timeout: 120_000 });
  let manager: TestUser, first: TestUser, second: TestUser, educator: TestUser, stranger: TestUser;
  let planId: string;
  let teamUrl: string;
  let managerPage: Page, firstPage: Page, secondPage: Page, educatorPage: Page;
  const links: Record<string, string> = {};

  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    manager = await createUser({ name: "Maya Manager" });
    first = await createUser({ name: "Sam First" });
    second = await createUser({ name: "Noor Second" });
    educator = await createUser({ name: "Edna Educator" });
    stranger = await createUser({ name: "Fay Forwarded" });
    planId = await seedSonographer(first);
    managerPage = await as(browser, manager, baseURL);
    firstPage = await as(browser, first, baseURL);
    secondPage = await as(browser, second, baseURL);
    educatorPage = await as(browser, educator, baseURL);
  });

  test("a manager creates Echo Lab and invites two sonographers (and an educator)", async () => {
    await managerPage.goto("/teams");
    await managerPage.getByLabel("Organization name").fill("Echo Lab");
    await managerPage.getByRole("button", { name: "Create organization" }).click();
    await expect(managerPage.getByRole("heading", { level: 1, name: "Echo Lab" })).toBeVisible();
    teamUrl = new URL(managerPage.url()).pathname;
    links.first = await invite(managerPage, first.email, "Member");
    links.second = await invite(managerPage, second.email, "Member");
    links.educator = await invite(managerPage, educator.email, "Educator");
    await expect(managerPage.getByRole("list", { name: "Pending invitations" })).toContainText(
      second.email,
    );
  });

  test("a forwarded invitation opened by a different signed-in account is refused", async ({
    browser,
    baseURL,
  }) => {
    const strangerPage = await as(browser, stranger, baseURL);
    await strangerPage.goto(new URL(links.second!).pathname);
    await expect(strangerPage.getByTestId("invitation-refused")).toContainText(
      "sent to another email address",
    );
    await expect(strangerPage.getByRole("button", { name: "Accept and join" })).toHaveCount(0);
  });

  test("one shares progress and upkeep, the other nothing; the view shows data and 'not shared'", async () => {
    await accept(firstPage, links.first!, { plan: "All my plans", upkeep: true });
    await accept(secondPage, links.second!, { plan: "No plans", upkeep: false });
    await accept(educatorPage, links.educator!, { plan: "No plans", upkeep: false });
    await managerPage.goto(teamUrl);
    const firstRow = managerPage.getByTestId("team-row").filter({ hasText: "Sam First" });
    const secondRow = managerPage.getByTestId("team-row").filter({ hasText: "Noor Second" });
    await expect(firstRow).toContainText("Echocardiographer:");
    await expect(firstRow).toContainText("ARDMS");
    await expect(secondRow).toContainText("Not shared");
    await expect(secondRow).not.toContainText("Echocardiographer");
  });

  test("an educator signs off 12 months of clinical experience; editing its dates voids it", async () => {
    // Sign-off: the member asks, the educator confirms, the plan and history show it.
    await firstPage.goto(`/plans/${planId}`);
    await firstPage
      .getByLabel("Milestone ready for sign-off")
      .selectOption({ label: "12 months of full-time clinical ultrasound work" });
    await firstPage.getByRole("button", { name: "Ask for sign-off" }).click();
    await expect(firstPage.getByText("Sign-off requested from Echo Lab.")).toBeVisible();
    await educatorPage.goto(teamUrl);
    await educatorPage
      .getByTestId("sign-off-request")
      .getByLabel(/Comment for Sam First/)
      .fill("Seen on the rota");
    await educatorPage.getByRole("button", { name: /Sign off: 12 months/ }).click();
    // Confirmed: the request leaves the educator's list.
    await expect(educatorPage.getByTestId("sign-off-request")).toHaveCount(0);

    await firstPage.goto(`/plans/${planId}`);
    await expect(firstPage.getByTestId("sign-off")).toContainText("confirmed by Edna Educator");
    const milestone = firstPage.getByTestId("milestone-exp-clinical-12-months");
    await milestone.getByRole("button", { name: /Details for/ }).click();
    const dialog = firstPage.getByRole("dialog");
    await expect(dialog.getByText(/confirmed by Edna Educator/)).toBeVisible();
    // Editing its dates voids it, and the history says so.
    await dialog.getByLabel("Target date").fill("2027-03-01");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dialog).toBeHidden();
    await firstPage.reload();
    await expect(firstPage.getByTestId("sign-off")).toHaveCount(0);
    await firstPage
      .getByTestId("milestone-exp-clinical-12-months")
      .getByRole("button", { name: /Details for/ })
      .click();
    await expect(firstPage.getByRole("dialog").getByText(/voided: dates changed/)).toBeVisible();
    await firstPage.keyboard.press("Escape");
  });

  test("a shared link opens read-only without sign-in, then stops working when revoked", async ({
    browser,
    playwright,
    baseURL,
  }) => {
    // A shared link opens read-only without sign-in, then stops working when revoked.
    await firstPage.goto("/sharing");
    await firstPage.getByLabel("For whom").fill("My mentor");
    await firstPage
      .getByLabel("Plans (progress and dates)")
      .selectOption({ label: "All my plans" });
    await firstPage.getByRole("button", { name: "Create link" }).click();
    const shareUrl = await firstPage.getByTestId("new-share-link").inputValue();
    expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{40,}$/);
    const anonymous = await playwright.request.newContext({ baseURL });
    const anonymousPage = await (await browser.newContext()).newPage();
    const opened = await anonymousPage.goto(new URL(shareUrl).pathname);
    expect(opened!.status()).toBe(200);
    expect(opened!.headers()["cache-control"]).toContain("no-store");
    expect(opened!.headers()["referrer-policy"]).toBe("no-referrer");
    await expect(anonymousPage.locator('meta[name="robots"]')).toHaveAttribute(
      "content",
      /noindex/,
    );
    await expect(anonymousPage.getByRole("heading", { level: 1 })).toContainText(
      "Sam First's plan, read-only",
    );
    await expect(anonymousPage.getByTestId("share-notice")).toContainText("only a label");
    await expect(
      anonymousPage.getByText("12 months of full-time clinical ultrasound work"),
    ).toBeVisible();
    await expect(anonymousPage.getByRole("button")).toHaveCount(0);
    await firstPage.reload();
    await firstPage.getByRole("button", { name: "Revoke the link for My mentor" }).click();
    await expect(firstPage.getByText("Link revoked.")).toBeVisible();
    expect((await anonymous.get(new URL(shareUrl).pathname)).status()).toBe(404);
    await anonymous.dispose();
  });

  test("the first leaves: the next load of the view no longer shows their data", async () => {
    // The first leaves: on the next load the view no longer shows their data.
    await firstPage.goto(teamUrl);
    firstPage.once("dialog", (prompt) => void prompt.accept());
    await firstPage.getByRole("button", { name: "Leave Echo Lab" }).click();
    await expect(firstPage).toHaveURL(/\/teams\?left=1$/);
    await managerPage.reload();
    await expect(
      managerPage.getByTestId("team-row").filter({ hasText: "Noor Second" }),
    ).toBeVisible();
    await expect(managerPage.getByTestId("team-row").filter({ hasText: "Sam First" })).toHaveCount(
      0,
    );
    await expect(managerPage.getByText("Echocardiographer:")).toHaveCount(0);
  });
});
