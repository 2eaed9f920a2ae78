/**
 * Issue 14, end to end: an organization, invitations, the readiness view, sign-off and share
 * links, each step as the person who would do it in a browser. Each test builds its own world
 * (e2e/support/sharing.ts seeds what earlier steps would have left), so every test stays within
 * the default budget and none depends on another's state.
 */
import { expect, test, type Browser, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser, firstLink, waitForMail, type TestUser } from "./support/data";
import {
  seedEchoLab,
  seedInvitation,
  seedOrganization,
  seedShareLink,
  seedSignOff,
  seedSonographer,
} from "./support/sharing";

test.use({ timezoneId: "UTC", locale: "en-US" });

const TWELVE_MONTHS = "12 months of full-time clinical ultrasound work";

async function as(browser: Browser, user: TestUser, baseURL?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

const rowOf = (page: Page, name: string) => page.getByTestId("team-row").filter({ hasText: name });

test("a manager creates Echo Lab, invites two sonographers and cancels a pending invitation", async ({
  page,
}) => {
  const manager = await createUser({ name: "Maya Manager" });
  const [first, second] = [await createUser(), await createUser()];
  await signInAs(page, manager);
  await page.goto("/teams");
  await page.getByLabel("Organization name").fill("Echo Lab");
  await page.getByRole("button", { name: "Create organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Echo Lab" })).toBeVisible();
  for (const invitee of [first, second]) {
    await page.getByLabel("Email address").fill(invitee.email);
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Member" });
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByText(`Invitation sent to ${invitee.email}`)).toBeVisible();
    expect(firstLink(await waitForMail(invitee.email), "/teams/join/")).toMatch(
      /\/teams\/join\/[A-Za-z0-9_-]{40,}$/,
    );
  }
  const pending = page.getByRole("list", { name: "Pending invitations" });
  await expect(pending).toContainText(first.email);
  await expect(pending).toContainText(second.email);
  await page.getByRole("button", { name: `Cancel the invitation to ${second.email}` }).click();
  await expect(pending).not.toContainText(second.email);
  await expect(pending).toContainText(first.email);
});

test("a forwarded invitation opened by a different signed-in account is refused", async ({
  page,
}) => {
  const manager = await createUser({ name: "Maya Manager" });
  const invitee = await createUser();
  const stranger = await createUser({ name: "Fay Forwarded" });
  const organizationId = await seedOrganization("Echo Lab", manager);
  const token = await seedInvitation(organizationId, invitee.email, "member", manager);
  await signInAs(page, stranger);
  await page.goto(`/teams/join/${token}`);
  await expect(page.getByTestId("invitation-refused")).toContainText(
    "sent to another email address",
  );
  await expect(page.getByRole("button", { name: "Accept and join" })).toHaveCount(0);
});

test("one accepts sharing progress and upkeep, the other nothing: the view shows data and 'not shared'", async ({
  browser,
  baseURL,
}) => {
  const manager = await createUser({ name: "Maya Manager" });
  const first = await createUser({ name: "Sam First" });
  const second = await createUser({ name: "Noor Second" });
  await seedSonographer(first);
  await seedSonographer(second);
  const organizationId = await seedOrganization("Echo Lab", manager);
  const invitations = {
    first: await seedInvitation(organizationId, first.email, "member", manager),
    second: await seedInvitation(organizationId, second.email, "member", manager),
  };
  const accept = async (user: TestUser, token: string, plan: string, upkeep: boolean) => {
    const page = await as(browser, user, baseURL);
    await page.goto(`/teams/join/${token}`);
    await page.getByLabel("Plans (progress and dates)").selectOption({ label: plan });
    if (upkeep) await page.getByLabel(/Upkeep status/).check();
    await page.getByRole("button", { name: "Accept and join" }).click();
    await expect(page).toHaveURL(new RegExp(`/teams/${organizationId}\\?joined=1$`));
    await page.context().close();
  };
  await accept(first, invitations.first, "All my plans", true);
  await accept(second, invitations.second, "No plans", false);

  const managerPage = await as(browser, manager, baseURL);
  await managerPage.goto(`/teams/${organizationId}`);
  await expect(rowOf(managerPage, "Sam First")).toContainText("Echocardiographer:");
  await expect(rowOf(managerPage, "Sam First")).toContainText("ARDMS");
  await expect(rowOf(managerPage, "Noor Second")).toContainText("Not shared");
  await expect(rowOf(managerPage, "Noor Second")).not.toContainText("Echocardiographer");
});

test("a member's later write reaches the readiness view through the summary job", async ({
  browser,
  baseURL,
}) => {
  const lab = await seedEchoLab();
  const managerPage = await as(browser, lab.manager, baseURL);
  await managerPage.goto(lab.teamUrl);
  // The seeded summary (e2e/support/sharing.ts) says "On track"; the engines say "Behind".
  await expect(rowOf(managerPage, "Sam First")).toContainText("ARDMS: On track");

  const firstPage = await as(browser, lab.first, baseURL);
  await firstPage.goto(`/plans/${lab.planId}`);
  await firstPage
    .getByTestId("milestone-exp-clinical-12-months")
    .getByRole("button", { name: /Details for/ })
    .click();
  const dialog = firstPage.getByRole("dialog");
  await dialog.getByLabel("Target date").fill("2027-02-20");
  await dialog.getByRole("button", { name: "Save", exact: true }).click();
  await expect(dialog).toBeHidden();

  // The write queued a rebuild; the worker (inline here) runs it within its polling interval.
  await expect(async () => {
    await managerPage.reload();
    await expect(rowOf(managerPage, "Sam First")).toContainText("ARDMS: Behind", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 15_000 });
});

test.describe("sign-off", () => {
  test("a member asks for sign-off, the educator sees the request, the member cancels it", async ({
    browser,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    const firstPage = await as(browser, lab.first, baseURL);
    await firstPage.goto(`/plans/${lab.planId}`);
    await firstPage
      .getByLabel("Milestone ready for sign-off")
      .selectOption({ label: TWELVE_MONTHS });
    await firstPage.getByRole("button", { name: "Ask for sign-off" }).click();
    await expect(firstPage.getByText("Sign-off requested from Echo Lab.")).toBeVisible();

    const educatorPage = await as(browser, lab.educator, baseURL);
    await educatorPage.goto(lab.teamUrl);
    await expect(educatorPage.getByTestId("sign-off-request")).toContainText(TWELVE_MONTHS);

    await firstPage.reload();
    await expect(firstPage.getByTestId("sign-off")).toContainText("sign-off requested");
    await firstPage
      .getByRole("button", { name: `Cancel the sign-off request for ${TWELVE_MONTHS}` })
      .click();
    await expect(firstPage.getByTestId("sign-off")).toHaveCount(0);
    await educatorPage.reload();
    await expect(educatorPage.getByTestId("sign-off-request")).toHaveCount(0);
    await expect(educatorPage.getByText("No requests waiting.")).toBeVisible();
  });

  test("an educator signs off 12 months of clinical experience: it leaves the list and shows in the plan and history", async ({
    browser,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    await seedSignOff({
      member: lab.first,
      organizationId: lab.organizationId,
      requirementSlug: "exp-clinical-12-months",
      title: TWELVE_MONTHS,
    });
    const educatorPage = await as(browser, lab.educator, baseURL);
    await educatorPage.goto(lab.teamUrl);
    const request = educatorPage.getByTestId("sign-off-request");
    await request.getByLabel(/Comment for Sam First/).fill("Seen on the rota");
    await request.getByRole("button", { name: /Sign off: 12 months/ }).click();
    await expect(educatorPage.getByTestId("sign-off-request")).toHaveCount(0);
    await expect(educatorPage.getByTestId("confirmed-sign-off")).toContainText(TWELVE_MONTHS);

    const firstPage = await as(browser, lab.first, baseURL);
    await firstPage.goto(`/plans/${lab.planId}`);
    await expect(firstPage.getByTestId("sign-off")).toContainText(
      'confirmed by Edna Educator on Nov 30, 2026 ("Seen on the rota")',
    );
    await expect(firstPage.getByText(/not a registry.s verification/)).toBeVisible();
    await firstPage
      .getByTestId("milestone-exp-clinical-12-months")
      .getByRole("button", { name: /Details for/ })
      .click();
    await expect(
      firstPage.getByRole("dialog").getByText(/confirmed by Edna Educator: Seen on the rota/),
    ).toBeVisible();
  });

  test("editing a confirmed milestone's dates voids its sign-off, in the history too", async ({
    page,
  }) => {
    const lab = await seedEchoLab();
    await seedSignOff({
      member: lab.first,
      organizationId: lab.organizationId,
      requirementSlug: "exp-clinical-12-months",
      title: TWELVE_MONTHS,
      confirmedBy: lab.educator,
    });
    await signInAs(page, lab.first);
    await page.goto(`/plans/${lab.planId}`);
    await expect(page.getByTestId("sign-off")).toContainText("confirmed by Edna Educator");
    const milestone = page.getByTestId("milestone-exp-clinical-12-months");
    await milestone.getByRole("button", { name: /Details for/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Target date").fill("2027-03-01");
    await dialog.getByRole("button", { name: "Save", exact: true }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(page.getByTestId("sign-off")).toHaveCount(0);
    await milestone.getByRole("button", { name: /Details for/ }).click();
    await expect(page.getByRole("dialog").getByText(/voided: dates changed/)).toBeVisible();
  });

  test("the educator withdraws their sign-off with a reason, recorded in the member's history", async ({
    browser,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    await seedSignOff({
      member: lab.first,
      organizationId: lab.organizationId,
      requirementSlug: "exp-clinical-12-months",
      title: TWELVE_MONTHS,
      confirmedBy: lab.educator,
    });
    const educatorPage = await as(browser, lab.educator, baseURL);
    await educatorPage.goto(lab.teamUrl);
    const confirmed = educatorPage.getByTestId("confirmed-sign-off");
    await confirmed.getByRole("button", { name: /Withdraw sign-off/ }).click();
    await expect(confirmed.getByText("Give a reason.")).toBeVisible();
    await confirmed.getByLabel(/Reason/).fill("Wrong rota month");
    await confirmed.getByRole("button", { name: /Withdraw sign-off/ }).click();
    await expect(educatorPage.getByTestId("confirmed-sign-off")).toHaveCount(0);

    const firstPage = await as(browser, lab.first, baseURL);
    await firstPage.goto(`/plans/${lab.planId}`);
    await expect(firstPage.getByTestId("sign-off")).toHaveCount(0);
    await firstPage
      .getByTestId("milestone-exp-clinical-12-months")
      .getByRole("button", { name: /Details for/ })
      .click();
    await expect(
      firstPage.getByRole("dialog").getByText(/withdrawn by Edna Educator: Wrong rota month/),
    ).toBeVisible();
  });
});

test.describe("share links", () => {
  test("a link made on /sharing opens read-only without sign-in", async ({
    page,
    browser,
    baseURL,
  }) => {
    const owner = await createUser({ name: "Sam First" });
    await seedSonographer(owner);
    await signInAs(page, owner);
    await page.goto("/sharing");
    await page.getByLabel("For whom").fill("My mentor");
    await page.getByLabel("Plans (progress and dates)").selectOption({ label: "All my plans" });
    await page.getByRole("button", { name: "Create link" }).click();
    const shareUrl = await page.getByTestId("new-share-link").inputValue();
    expect(shareUrl).toMatch(/\/share\/[A-Za-z0-9_-]{40,}$/);

    const anonymousPage = await (await browser.newContext({ baseURL })).newPage();
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
    await expect(anonymousPage.getByText(TWELVE_MONTHS)).toBeVisible();
    // Read-only: nothing to press in the page itself (the site header keeps its theme switch).
    await expect(anonymousPage.locator("main").getByRole("button")).toHaveCount(0);
    await expect(anonymousPage.locator("main").locator("form, input, select")).toHaveCount(0);
    // The owner sees it among the live links, with its last use.
    await page.reload();
    await expect(page.getByText("My mentor")).toBeVisible();
  });

  test("a revoked link stops working at once", async ({ page, browser, baseURL, playwright }) => {
    const owner = await createUser({ name: "Sam First" });
    await seedSonographer(owner);
    const token = await seedShareLink(owner, "My mentor");
    const anonymousPage = await (await browser.newContext({ baseURL })).newPage();
    const opened = await anonymousPage.goto(`/share/${token}`);
    expect(opened!.status()).toBe(200);
    await expect(anonymousPage.getByText(TWELVE_MONTHS)).toBeVisible();

    await signInAs(page, owner);
    await page.goto("/sharing");
    await page.getByRole("button", { name: "Revoke the link for My mentor" }).click();
    await expect(page.getByText("Link revoked.")).toBeVisible();
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get(`/share/${token}`)).status()).toBe(404);
    await anonymous.dispose();
    const again = await anonymousPage.reload();
    expect(again!.status()).toBe(404);
    await expect(anonymousPage.getByText(TWELVE_MONTHS)).toHaveCount(0);
  });
});

test.describe("leaving and isolation", () => {
  test("a member leaves: the manager's next load no longer shows them", async ({
    browser,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    const managerPage = await as(browser, lab.manager, baseURL);
    await managerPage.goto(lab.teamUrl);
    await expect(rowOf(managerPage, "Sam First")).toContainText("Echocardiographer:");

    const firstPage = await as(browser, lab.first, baseURL);
    await firstPage.goto(lab.teamUrl);
    firstPage.once("dialog", (prompt) => void prompt.accept());
    await firstPage.getByRole("button", { name: "Leave Echo Lab" }).click();
    await expect(firstPage).toHaveURL(/\/teams\?left=1$/);

    await managerPage.reload();
    await expect(rowOf(managerPage, "Edna Educator")).toBeVisible();
    await expect(rowOf(managerPage, "Sam First")).toHaveCount(0);
    await expect(managerPage.getByText("Echocardiographer:")).toHaveCount(0);
    const csv = await managerPage.request.get(`${lab.teamUrl}/csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).not.toContain("Sam First");
  });

  test("another organization's manager sees nothing of Echo Lab", async ({ browser, baseURL }) => {
    const lab = await seedEchoLab();
    const otherManager = await createUser({ name: "Olga Other" });
    const otherLab = await seedOrganization("Other Lab", otherManager);

    // Another organization's manager: the team page and its CSV are not found, and its rows list nobody of Echo Lab.
    const otherPage = await as(browser, otherManager, baseURL);
    // The page streams (loading.tsx): its "not found" may arrive with a 200, so the content says.
    await otherPage.goto(lab.teamUrl);
    await expect(
      otherPage.getByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeVisible();
    await expect(otherPage.getByText("Sam First")).toHaveCount(0);
    expect((await otherPage.request.get(`${lab.teamUrl}/csv`)).status()).toBe(404);
    await otherPage.goto(`/teams/${otherLab}`);
    await expect(otherPage.getByRole("heading", { level: 1, name: "Other Lab" })).toBeVisible();
    await expect(otherPage.getByText("Sam First")).toHaveCount(0);
  });

  test("the member stops sharing and the view shows 'not shared' at once", async ({
    browser,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    const managerPage = await as(browser, lab.manager, baseURL);
    await managerPage.goto(lab.teamUrl);
    await expect(rowOf(managerPage, "Sam First")).toContainText("Echocardiographer:");

    // The member shares nothing from now on.
    const firstPage = await as(browser, lab.first, baseURL);
    await firstPage.goto(lab.teamUrl);
    const sharing = firstPage.getByRole("region", {
      name: "What you share with this organization",
    });
    await sharing.getByLabel("Plans (progress and dates)").selectOption({ label: "No plans" });
    await sharing.getByLabel(/Upkeep status/).uncheck();
    await sharing.getByRole("button", { name: /Save/ }).click();
    await expect(firstPage.getByText("Sharing saved. It applies at once.")).toBeVisible();

    await managerPage.reload();
    await expect(rowOf(managerPage, "Sam First")).toContainText("Not shared");
    await expect(rowOf(managerPage, "Sam First")).not.toContainText("Echocardiographer");
    await expect(rowOf(managerPage, "Sam First")).not.toContainText("ARDMS");
    const csv = await (await managerPage.request.get(`${lab.teamUrl}/csv`)).text();
    expect(csv).not.toContain("Echocardiographer");
  });
});

test.describe("recovery", () => {
  test("a password reset revokes every share link and lists the memberships for review", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    const token = await seedShareLink(lab.first, "My mentor");
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(lab.first.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByTestId("form-message")).not.toBeEmpty();
    await page.goto(firstLink(await waitForMail(lab.first.email), "/reset-password"));
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByText("Your password has been changed")).toBeVisible();
    await expect(page.getByText("Every share link you made has been revoked.")).toBeVisible();
    const review = page.getByTestId("memberships-review");
    await expect(review.getByRole("link", { name: "Echo Lab" })).toHaveAttribute(
      "href",
      `${lab.teamUrl}#your-sharing-heading`,
    );
    await expect(review).toContainText("All plans, upkeep status");
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get(`/share/${token}`)).status()).toBe(404);
    await anonymous.dispose();
  });

  test("Settings lists the memberships beside 'Sign out everywhere', which revokes every share link", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const lab = await seedEchoLab();
    const token = await seedShareLink(lab.first, "My mentor");
    await signInAs(page, lab.first);
    await page.goto("/settings");
    const review = page.getByTestId("memberships-review");
    await expect(review).toContainText("Echo Lab");
    await expect(review).toContainText("All plans, upkeep status");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
    await expect(page.getByText(/every share link you made was revoked/)).toBeVisible();
    const anonymous = await playwright.request.newContext({ baseURL });
    expect((await anonymous.get(`/share/${token}`)).status()).toBe(404);
    await anonymous.dispose();
  });
});
