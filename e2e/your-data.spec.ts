import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./fixtures";
import { builtActions, callAction } from "./support/actions";
import { signInAs } from "./support/auth";
import { createUser, e2eDb, firstLink, waitForMail, type TestUser } from "./support/data";

test.use({ timezoneId: "UTC", locale: "en-US" });

async function startEchocardiographer(page: Page): Promise<string> {
  await page.goto("/paths/echocardiographer/start");
  await page.getByRole("button", { name: "Start this path" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  return page.url().split("/plans/")[1]!;
}

/** The build's ids of this section's server actions (see e2e/access-control.spec.ts). */
function dataActionIds(): string[] {
  return builtActions()
    .filter((action) => action.filename === "app/(app)/settings/data-actions.ts")
    .map((action) => action.id);
}

async function userExists(user: TestUser): Promise<boolean> {
  const rows = await e2eDb()`select 1 from users where id = ${user.id}`;
  return rows.length === 1;
}

async function downloadText(page: Page, linkName: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  const file = await download.path();
  return {
    filename: download.suggestedFilename(),
    text: await readFile(file, "utf8"),
  };
}

test("a signed-in user downloads their data as JSON and CSV, and nothing of anyone else's", async ({
  page,
}) => {
  const owner = await createUser();
  const other = await createUser();
  const sql = e2eDb();
  // Someone else's plan and notes, which must not appear in the owner's files.
  const [otherPlan] = await sql<{ id: string }[]>`
    insert into plans (user_id, path_slug, is_primary) values (${other.id}, 'pacs-administrator', true)
    returning id`;
  await sql`insert into progress (user_id, requirement_slug, status, notes)
            values (${other.id}, 'ardms-spi', 'planned', ${`secret of ${other.email}`})`;

  await signInAs(page, owner);
  const planId = await startEchocardiographer(page);
  await sql`insert into progress (user_id, requirement_slug, status, completed_date, registry_number, notes)
            values (${owner.id}, 'ardms-spi', 'done', '2024-03-15', 'R-12345', ${'=1+1, "quoted"'})`;
  await sql`insert into custom_milestones (user_id, plan_id, title, status)
            values (${owner.id}, ${planId}, 'Shadow a lead echo tech', 'planned')`;

  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();

  const json = await downloadText(page, "Download everything (JSON)");
  expect(json.filename).toMatch(/^sonography-career-planner-export-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(json.text) as {
    user: { id: string; email: string };
    plans: { id: string; pathSlug: string }[];
    progress: { requirementSlug: string; status: string; notes: string | null }[];
    customMilestones: { title: string }[];
    sessions: { id: string }[];
    auditEvents: { event: string }[];
  };
  expect(data.user).toMatchObject({ id: owner.id, email: owner.email });
  expect(data.plans).toEqual([
    expect.objectContaining({ id: planId, pathSlug: "echocardiographer" }),
  ]);
  expect(data.progress).toEqual([
    expect.objectContaining({
      requirementSlug: "ardms-spi",
      status: "done",
      notes: '=1+1, "quoted"',
    }),
  ]);
  expect(data.customMilestones.map((row) => row.title)).toEqual(["Shadow a lead echo tech"]);
  expect(data.sessions.length).toBeGreaterThan(0);
  expect(data.auditEvents.map((event) => event.event)).toContain("sign_in");
  for (const foreign of [other.id, other.email, otherPlan!.id, "pacs-administrator"]) {
    expect(json.text).not.toContain(foreign);
  }
  expect(json.text).not.toMatch(/password_?hash|\$argon2/i);

  const csv = await downloadText(page, "Download milestones (CSV)");
  expect(csv.filename).toMatch(/^sonography-career-planner-milestones-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toMatch(/^kind,plan_path,requirement_slug,name,status,/);
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^requirement,,ardms-spi,Sonography Principles and Instrumentation \(SPI\),done,,,2024-03-15,R-12345,,,,"'=1\+1, ""quoted""",/,
    ),
  );
  expect(lines).toContainEqual(
    expect.stringMatching(/^custom,echocardiographer,,Shadow a lead echo tech,planned,/),
  );
  expect(csv.text).not.toContain(other.email);

  // Response headers: a file, never cached.
  for (const url of ["/api/export", "/api/export/csv"]) {
    const response = await page.request.get(url);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="/);
  }

  // Each download is in the security log.
  const [exports] = await sql<{ count: number }[]>`
    select count(*)::int as count from audit_events where user_id = ${owner.id} and event = 'export'`;
  expect(exports!.count).toBeGreaterThanOrEqual(4);
});

test("anonymous callers get 401 from the exports and the sign-in page from the deletion link", async ({
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const url of ["/api/export", "/api/export/csv", "/api/export/zip"]) {
    const response = await anonymous.get(url);
    expect(response.status(), url).toBe(401);
    expect(response.headers()["cache-control"]).toBe("no-store");
    // Every route error is `{ error, code }` (lib/server/http.ts errorResponse).
    expect(await response.json()).toEqual({
      error: expect.any(String),
      code: "unauthorized:export",
    });
  }
  const confirm = await anonymous.get("/delete-account/confirm?token=abcdefghijklmnopqrstuvwxyz", {
    maxRedirects: 0,
  });
  expect(confirm.status()).toBe(303);
  expect(confirm.headers()["location"]).toContain("/sign-in?callbackUrl=");
  await anonymous.dispose();
});

test("deleting an account needs the password; afterwards the old session cookie is refused", async ({
  page,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  await startEchocardiographer(page);
  const oldCookies = await page.context().cookies();

  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog).toBeVisible();

  // A wrong password: the message shows beside the field and nothing is deleted.
  await dialog.getByLabel("Your password").fill("not-my-password");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByText("That password isn't right. Nothing was deleted.")).toBeVisible();
  await expect(dialog.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true");
  expect(await userExists(user)).toBe(true);

  // The right one: deleted, signed out, on the public confirmation page.
  await dialog.getByLabel("Your password").fill(user.password);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account-deleted$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Your account has been deleted" }),
  ).toBeVisible();

  const sql = e2eDb();
  expect(await userExists(user)).toBe(false);
  expect(await sql`select 1 from users where email = ${user.email}`).toHaveLength(0);
  expect(await sql`select 1 from user_sessions where user_id = ${user.id}`).toHaveLength(0);
  expect(await sql`select 1 from plans where user_id = ${user.id}`).toHaveLength(0);
  const kept = await sql<{ user_id: string | null; event: string }[]>`
    select user_id, event from audit_events
    where event = 'account_deletion' and user_id is null
      and created_at > now() - interval '5 minutes'`;
  expect(kept.length).toBeGreaterThan(0);

  // The cookie from before the deletion is refused: its session row went with the user.
  await page.context().clearCookies();
  await page.context().addCookies(oldCookies);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await page.request.get("/api/export")).status()).toBe(401);
  // The section's actions too: past the proxy's cookie check, refused by requireUser().
  const ids = dataActionIds();
  expect(ids).toHaveLength(2);
  for (const id of ids) {
    const response = await callAction(
      page.request,
      id,
      { password: user.password },
      { path: "/settings" },
    );
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["x-action-redirect"]).toContain("/sign-in");
  }
});

test("an account without a password deletes itself through a single-use emailed link", async ({
  page,
  browser,
}) => {
  const user = await createUser();
  await signInAs(page, user);
  // A magic-link/OAuth-only account: no password (the session stays valid).
  await e2eDb()`update users set password_hash = null where id = ${user.id}`;

  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete account", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog.getByLabel("Your password")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Email me a confirmation link" }).click();
  await expect(dialog.getByText(/We sent a confirmation link to/)).toBeVisible();
  const link = firstLink(await waitForMail(user.email), "/delete-account/confirm");
  expect(
    await e2eDb()`select 1 from email_tokens where user_id = ${user.id} and purpose = 'delete_account'
    and token_hash <> ${new URL(link).searchParams.get("token")}`,
  ).toHaveLength(1);

  // Opened signed out (a link scanner, another browser): the sign-in page, nothing used up.
  const anonymous = await browser.newContext();
  const anonymousPage = await anonymous.newPage();
  await anonymousPage.goto(link);
  await expect(anonymousPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  await anonymous.close();
  expect(await userExists(user)).toBe(true);

  // Opened by another signed-in user: refused, nothing deleted, the link still works for its owner.
  const intruder = await createUser();
  const intruderContext = await browser.newContext();
  const intruderPage = await intruderContext.newPage();
  await signInAs(intruderPage, intruder);
  await intruderPage.goto(link);
  await expect(intruderPage).toHaveURL(/\/settings\?deletion=invalid/);
  await expect(intruderPage.getByText(/That confirmation link is invalid/)).toBeVisible();
  await intruderContext.close();
  expect(await userExists(user)).toBe(true);
  expect(await userExists(intruder)).toBe(true);

  // Opened by its owner, signed in: deleted.
  await page.goto(link);
  await expect(page).toHaveURL(/\/account-deleted$/);
  expect(await userExists(user)).toBe(false);
  expect(
    (await page.context().cookies()).some((cookie) => cookie.name.includes("session-token")),
  ).toBe(false);
});
