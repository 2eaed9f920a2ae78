/**
 * Credential upkeep end to end, with the server's clock pinned to 2026-11-30 (playwright.config.ts):
 * credentials held (from a plan's exams and from the editor), a CE transcript imported, ARDMS's
 * period with what is missing, an OB/GYN pass that waives 15 in that period only, CCI's first
 * renewal and triennium with its cardiovascular minimum, and nothing of it open to another user.
 */
import AxeBuilder from "@axe-core/playwright";
import ICAL from "ical.js";
import { expect, test, type Page } from "./fixtures";
import { actionIdOf, callAction } from "./support/actions";
import { signInAs } from "./support/auth";
import { createUser, e2eDb } from "./support/data";

test.use({ timezoneId: "UTC", locale: "en-US" });

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  }));
}

// Six activities: 12 ARDMS CMEs inside 2023-06-10 … 2026-12-31; 7.5 CCI CEUs (6.75
// cardiovascular-related) inside the triennium 2025-07-01 … 2028-06-30.
const TRANSCRIPT = [
  "date,title,provider,credits,category",
  "2024-02-10,Fetal echo basics,SDMS,2.5,obstetrics-gynecology",
  "2025-03-05,Abdominal Doppler update,SDMS,2,abdomen",
  "2025-08-14,Valve disease review,ASE,3,cardiovascular",
  "2025-11-02,Carotid duplex pitfalls,SVU,1.75,vascular",
  "2026-02-20,Strain imaging,ASE,2,cardiovascular",
  "2026-06-01,Ergonomics for sonographers,SDMS,0.75,general",
  "",
].join("\r\n");

test("RDMS and RCS holder: transcript, ARDMS period and waiver, CCI cycles", async ({ page }) => {
  test.setTimeout(60_000);
  const owner = await createUser();
  const sql = e2eDb();
  // RDMS earned through the plan's exams: SPI on 2022-11-01, AB on 2023-06-10.
  await sql`insert into exam_attempts (user_id, requirement_slug, attempted_on, result)
            values (${owner.id}, 'ardms-spi', '2022-11-01', 'passed'),
                   (${owner.id}, 'ardms-ab', '2023-06-10', 'passed')`;
  await signInAs(page, owner);

  // RCS, held since 2024-09-20, added in the held-credential editor.
  await page.goto("/settings");
  await expect(page.getByTestId("held-ardms-rdms")).toContainText("earned Jun 10, 2023");
  await page
    .getByRole("combobox", { name: "What you hold" })
    .selectOption({ label: "Registered Cardiac Sonographer (RCS)" });
  await page.getByLabel("Earned or passed on").fill("2024-09-20");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  const rcs = page.getByTestId("held-cci-rcs");
  await expect(rcs).toContainText("earned Sep 20, 2024");
  await expect(rcs).toContainText("Active");
  await expect(rcs).toContainText("Jul 1, 2025 – Jun 30, 2028");

  // The transcript: checked first (nothing saved), then imported.
  await page.goto("/upkeep");
  await expect(page.getByRole("heading", { level: 1, name: "Credential upkeep" })).toBeVisible();
  const file = { name: "transcript.csv", mimeType: "text/csv", buffer: Buffer.from(TRANSCRIPT) };
  await page.getByLabel("Transcript file (CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  const preview = page.getByTestId("transcript-preview");
  await expect(preview).toContainText("6 rows read: 6 to add, 0 duplicates");
  expect(await sql`select 1 from ce_activities where user_id = ${owner.id}`).toHaveLength(0);
  await page.getByRole("button", { name: "Import 6 activities" }).click();
  await expect(page.getByText("Imported 6 activities.")).toBeVisible();
  await expect(page.getByTestId("ce-activity")).toHaveCount(6);

  // The same file again: every row is flagged as a duplicate and nothing can be imported.
  await page.getByLabel("Transcript file (CSV)").setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(preview).toContainText("0 to add, 6 duplicates");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);

  // ARDMS: one period from the first credential to 31 Dec 2026; 12 of 30 earned, 18 missing.
  const ardms = page.getByTestId("cycle-ardms");
  await expect(page.getByTestId("period-ardms")).toHaveText("Jun 10, 2023 – Dec 31, 2026");
  await expect(page.getByTestId("missing-ardms")).toHaveText("18 CME");
  await expect(page.getByTestId("waived-ardms")).toHaveText(/^0 CME/);
  await expect(ardms).toContainText("25 if ARDMS's reported 2026 change applies: unconfirmed");
  await expect(ardms.getByText("Behind")).toBeVisible();

  // An OB/GYN pass on 2025-04-01 (a new specialty inside the period) waives 15 there.
  await page.goto("/settings");
  await page
    .getByRole("combobox", { name: "What you hold" })
    .selectOption({ label: "Obstetrics and Gynecology (OB/GYN)" });
  await page.getByLabel("Earned or passed on").fill("2025-04-01");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("held-ardms-obgyn")).toContainText("passed Apr 1, 2025");
  await page.goto("/upkeep");
  await expect(page.getByTestId("waived-ardms")).toContainText("15 CME");
  await expect(page.getByTestId("waived-ardms")).toContainText("OB/GYN passed Apr 1, 2025");
  await expect(page.getByTestId("missing-ardms")).toHaveText("3 CME");
  await expect(page.getByTestId("pace-ardms")).toContainText("to finish by Dec 31, 2026");

  // CCI: the first renewal (fee and ethics only) ended 2025-06-30; the triennium ends 2028-06-30
  // and asks for 30 cardiovascular-related CEUs of 36.
  await expect(page.getByTestId("previous-cci")).toContainText(
    "Previous period Sep 20, 2024 – Jun 30, 2025",
  );
  await expect(page.getByTestId("period-cci")).toHaveText("Jul 1, 2025 – Jun 30, 2028");
  const cardio = page.getByTestId("category-cci-cardiovascular");
  await expect(cardio).toContainText("Cardiovascular-related CEUs");
  await expect(cardio.getByRole("cell")).toHaveText(["30", "6.75", "23.25"]);
  await expect(page.getByTestId("missing-cci")).toHaveText("28.5 CEU");
  await expect(page.getByTestId("fee-cci")).toContainText("due Jun 30, 2028");
  await expect(page.getByTestId("upkeep-next")).toContainText(
    "Earn 3 more CMEs for ARDMS by Dec 31, 2026.",
  );

  // The timeline draws every cycle on one axis, the waived part apart.
  await expect(page.getByTestId("timeline-ardms")).toContainText(
    "12 of 30 CME, 15 waived, 3 missing",
  );
  await expect(page.getByTestId("timeline-cci-previous")).toContainText("fee and ethics only");

  // The dashboard card says the same.
  await page.goto("/dashboard");
  await expect(page.getByTestId("upkeep-card")).toContainText("3 missing by Dec 31, 2026");
});

/** The journey's end state, straight in the database: RDMS from exams, RCS held, the CE log. */
async function seededHolder() {
  const owner = await createUser();
  const sql = e2eDb();
  await sql`insert into exam_attempts (user_id, requirement_slug, attempted_on, result)
            values (${owner.id}, 'ardms-spi', '2022-11-01', 'passed'),
                   (${owner.id}, 'ardms-ab', '2023-06-10', 'passed'),
                   (${owner.id}, 'ardms-obgyn', '2025-04-01', 'passed')`;
  await sql`insert into held_credentials (user_id, requirement_slug, earned_on)
            values (${owner.id}, 'cci-rcs', '2024-09-20')`;
  for (const line of TRANSCRIPT.trim().split("\r\n").slice(1)) {
    const [date, title, provider, credits, category] = line.split(",");
    await sql`insert into ce_activities (user_id, completed_on, title, provider, credits, category)
              values (${owner.id}, ${date!}, ${title!}, ${provider!}, ${credits!}, ${category!})`;
  }
  return owner;
}

for (const theme of ["light", "dark"] as const) {
  test(`the populated upkeep page passes axe (WCAG 2.1 AA), ${theme} theme`, async ({ page }) => {
    if (theme === "dark") {
      await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    }
    await signInAs(page, await seededHolder());
    await page.goto("/upkeep");
    await expect(page.getByTestId("missing-ardms")).toHaveText("3 CME");
    if (theme === "dark") await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the calendar feed has each cycle's end and its next fee's due date", async ({ page }) => {
  await signInAs(page, await seededHolder());
  await page.goto("/settings");
  await page.getByRole("button", { name: "Create calendar link" }).click();
  const feed = await page.request.get(await page.getByLabel("Calendar link").inputValue());
  const events = new ICAL.Component(ICAL.parse(await feed.text()))
    .getAllSubcomponents("vevent")
    .map((vevent) => new ICAL.Event(vevent))
    .map((event) => `${event.startDate.toString()} ${event.summary}`);
  expect(events).toEqual(
    expect.arrayContaining([
      "2026-12-31 ARDMS cycle ends (RDMS)",
      "2026-12-31 ARDMS fee due: Annual renewal fee (2024/25 cycle) (about $95)",
      "2028-06-30 CCI cycle ends (RCS)",
      "2028-06-30 CCI fee due: Renewal fee (about $165)",
    ]),
  );
});

test("another user gets 'not found' for the first user's activities, which stay as they were", async ({
  page,
}) => {
  const owner = await seededHolder();
  const sql = e2eDb();
  const [activity] = await sql<{ id: string; version: number }[]>`
    select id, version from ce_activities where user_id = ${owner.id} order by completed_on limit 1`;
  const before = await sql`select * from ce_activities where user_id = ${owner.id} order by id`;
  const stranger = await createUser();
  await signInAs(page, stranger);
  for (const [name, input] of [
    ["deleteActivityAction", { activityId: activity!.id }],
    ["restoreActivityAction", { activityId: activity!.id }],
    [
      "updateActivityAction",
      {
        activityId: activity!.id,
        version: activity!.version,
        completedOn: "2025-01-01",
        title: "Hijacked",
        credits: "1",
        category: "general",
      },
    ],
  ] as const) {
    const response = await callAction(page.request, actionIdOf(name), input);
    expect(await response.text(), name).toContain("couldn't find");
  }
  await page.goto("/upkeep");
  await expect(page.getByText("No activities yet.")).toBeVisible();
  await expect(page.getByText("Valve disease review")).toHaveCount(0);
  expect(await sql`select * from ce_activities where user_id = ${owner.id} order by id`).toEqual(
    before,
  );
});

test("logging on a phone: the short form remembers the provider; edit; delete and undo", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const user = await createUser();
  await signInAs(page, user);
  await page.goto("/upkeep");
  await expect(page.getByText("No renewal cycles yet.")).toBeVisible();
  await expect(page.getByText("No activities yet.")).toBeVisible();

  const form = page.locator("form", {
    has: page.getByRole("heading", { name: "Log an activity" }),
  });
  await form.getByLabel("Credits", { exact: true }).fill("1.255");
  await form.getByLabel("Title").fill("Lung ultrasound");
  await form.getByLabel("Provider").fill("SDMS");
  await form.getByRole("button", { name: "Log activity" }).click();
  await expect(
    form.getByText("Enter credits as a number with at most 2 decimal places"),
  ).toBeVisible();
  await form.getByLabel("Credits", { exact: true }).fill("0.75");
  await form.getByRole("button", { name: "Log activity" }).click();
  await expect(page.getByTestId("ce-activity")).toHaveCount(1);
  await expect(page.getByTestId("ce-activity")).toContainText("0.75 cr");
  // The form is empty again, except the provider, which is remembered.
  await expect(form.getByLabel("Title")).toHaveValue("");
  await expect(form.getByLabel("Provider")).toHaveValue("SDMS");
  await page.reload();
  await expect(form.getByLabel("Provider")).toHaveValue("SDMS");

  // No sideways scroll at 390 px.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await page.getByRole("button", { name: "Edit Lung ultrasound" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit activity" });
  await dialog.getByLabel("Credits", { exact: true }).fill("1.25");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("ce-activity")).toContainText("1.25 cr");

  await page.getByRole("button", { name: "Delete Lung ultrasound" }).click();
  await expect(page.getByTestId("ce-activity")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("ce-activity")).toHaveCount(1);
  await expect(page.getByText("Restored “Lung ultrasound”.")).toBeVisible();
});

test("a long CE log: the newest ten on /upkeep, all of it a page at a time on /upkeep/log", async ({
  page,
}) => {
  const owner = await createUser();
  // 55 activities, one a day: "Course 55" the newest (2026-11-25), "Course 1" the oldest.
  await e2eDb()`insert into ce_activities (user_id, completed_on, title, provider, credits, category)
                select ${owner.id}, date '2026-11-25' - (55 - n), 'Course ' || n, 'SDMS', 1, 'general'
                from generate_series(1, 55) n`;
  await signInAs(page, owner);
  const rows = page.getByTestId("ce-activity");

  await page.goto("/upkeep");
  await expect(page.getByRole("heading", { name: "Your CE log (55)" })).toBeVisible();
  await expect(rows).toHaveCount(10);
  await expect(rows.first()).toContainText("Course 55");
  await expect(rows.last()).toContainText("Course 46");
  await expect(
    page.getByText("The 10 most recent. 45 older activities are in the whole log."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "See all 55 activities" })).toHaveAttribute(
    "href",
    "/upkeep/log",
  );

  await page.getByRole("link", { name: "See the whole log" }).click();
  await expect(page).toHaveURL(/\/upkeep\/log$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your CE log (55)" })).toBeVisible();
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText("Course 55");
  await expect(rows.last()).toContainText("Course 6");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/upkeep\/log\?page=2$/);
  await expect(pages).toContainText("Page 2 of 2");
  await expect(rows).toHaveCount(5);
  await expect(rows.first()).toContainText("Course 5");
  await expect(rows.last()).toContainText("Course 1");

  // Edited and deleted here as on /upkeep, and this page shows the change.
  await page.getByRole("button", { name: "Edit Course 3", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Edit activity" });
  await dialog.getByLabel("Credits", { exact: true }).fill("4");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(rows.filter({ hasText: "Course 3" })).toContainText("4 cr");
  await page.getByRole("button", { name: "Delete Course 1", exact: true }).click();
  await expect(rows).toHaveCount(4);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(rows).toHaveCount(5);

  // A page past the end shows the last page; Previous goes back to the first.
  await page.goto("/upkeep/log?page=9");
  await expect(pages).toContainText("Page 2 of 2");
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(page).toHaveURL(/\/upkeep\/log\?page=1$/);
  await expect(rows).toHaveCount(50);
});

test("the transcript route: sign-in required, same origin only, over 1 MB refused before reading", async ({
  page,
  playwright,
  baseURL,
}) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.post("/api/upkeep/transcript?step=preview", { data: TRANSCRIPT });
  expect(refused.status()).toBe(401);
  // The page itself: proxy.ts sends an anonymous visitor to sign in, under the nonce policy.
  const pageResponse = await anonymous.get("/upkeep", { maxRedirects: 0 });
  expect(pageResponse.headers()["location"]).toContain("/sign-in?callbackUrl=%2Fupkeep");
  expect(pageResponse.headers()["content-security-policy"]).toContain("nonce-");
  await anonymous.dispose();

  const user = await createUser();
  await signInAs(page, user);
  const big = await page.request.post("/api/upkeep/transcript?step=preview", {
    data: Buffer.alloc(1_048_577, "a"),
    headers: { "Content-Type": "text/csv" },
  });
  expect(big.status()).toBe(413);
  expect(await big.json()).toEqual(
    expect.objectContaining({ error: expect.stringContaining("1 MB") }),
  );

  const foreign = await page.request.post("/api/upkeep/transcript?step=save", {
    data: TRANSCRIPT,
    headers: { Origin: "https://evil.example", "Content-Type": "text/csv" },
  });
  expect(foreign.status()).toBe(403);

  // A file with a problem saves nothing, even its good rows.
  const broken = `${TRANSCRIPT}2025-13-01,Bad date,SDMS,1,general\r\n`;
  const preview = await page.request.post("/api/upkeep/transcript?step=preview", { data: broken });
  const body = (await preview.json()) as {
    toAdd: number;
    problems: { row: number; field: string }[];
  };
  expect(body.toAdd).toBe(6);
  expect(body.problems).toEqual([expect.objectContaining({ row: 8, field: "date" })]);
  const save = await page.request.post("/api/upkeep/transcript?step=save", { data: broken });
  expect(save.status()).toBe(422);
  expect(await e2eDb()`select 1 from ce_activities where user_id = ${user.id}`).toHaveLength(0);
});

test("a JSON export imported into another account: a summary, then nothing new the second time", async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const source = await createUser();
  const sql = e2eDb();
  await sql`insert into held_credentials (user_id, requirement_slug, earned_on)
            values (${source.id}, 'cci-rcs', '2024-09-20')`;
  await sql`insert into ce_activities (user_id, completed_on, title, provider, credits, category)
            values (${source.id}, '2025-08-14', 'Valve disease review', 'ASE', 3, 'cardiovascular')`;
  await signInAs(page, source);
  const exported = await (await page.request.get("/api/export")).text();

  const target = await createUser();
  const context = await browser.newContext();
  const targetPage = await context.newPage();
  await signInAs(targetPage, target);
  await targetPage.goto("/settings");
  const file = { name: "export.json", mimeType: "application/json", buffer: Buffer.from(exported) };
  await targetPage.getByLabel("Export file (JSON)").setInputFiles(file);
  await targetPage.getByRole("button", { name: "Import", exact: true }).click();
  await expect(targetPage.getByTestId("import-summary")).toContainText(
    "Imported: 1 credentials held, 1 CE activities.",
  );
  await expect(targetPage.getByTestId("import-summary")).toContainText("linkedAccounts");
  await expect(targetPage.getByTestId("held-cci-rcs")).toContainText("earned Sep 20, 2024");
  await targetPage.getByLabel("Export file (JSON)").setInputFiles(file);
  await targetPage.getByRole("button", { name: "Import", exact: true }).click();
  await expect(targetPage.getByTestId("import-summary")).toContainText("Nothing new to import");
  await context.close();

  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post("/api/import", { data: exported })).status()).toBe(401);
  await anonymous.dispose();
  const big = await page.request.post("/api/import", {
    data: Buffer.alloc(5 * 1024 * 1024 + 1, " "),
    headers: { "Content-Type": "application/json" },
  });
  expect(big.status()).toBe(413);
  const wrong = await page.request.post("/api/import", { data: { format: "something else" } });
  expect(wrong.status()).toBe(422);
});
