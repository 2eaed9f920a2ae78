import { expect, test, type Locator } from "./fixtures";
import { e2eDb } from "./support/data";

/** The row headers (path names) of a table's body, in order. */
async function pathNames(table: Locator): Promise<string[]> {
  return (await table.getByRole("rowheader").allTextContents()).map((name) => name.trim());
}

test("a visitor compares paths, then explores the echocardiographer path and a credential", async ({
  page,
}) => {
  await page.goto("/paths");
  await expect(page.getByRole("heading", { level: 1, name: "Career paths" })).toBeVisible();

  // Every path as a card and as a table row.
  const cards = page.getByRole("region", { name: "All paths" }).getByRole("listitem");
  expect(await cards.count()).toBeGreaterThanOrEqual(12);
  const table = page.getByRole("table", { name: /Career paths compared/ });
  expect((await pathNames(table)).length).toBeGreaterThanOrEqual(12);

  // The article's figures, exactly, once that dataset is chosen.
  await page.getByRole("radio", { name: "Study.com article (2018)" }).check();
  await expect(page.getByRole("radio", { name: "Study.com article (2018)" })).toBeChecked();
  await expect(
    page.getByText(/Source: Study\.com, Career Advancement in Sonography/).first(),
  ).toBeVisible();
  const articleFigures = [
    ["Echocardiographer", "$62,027", "23%"],
    ["PACS Administrator", "$72,218", "13%"],
    ["Clinical Educator", "$73,896", "26%"],
    ["Diagnostic Imaging Manager", "$79,953", "20%"],
  ] as const;
  for (const [name, salary, growth] of articleFigures) {
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name, exact: true }) });
    await expect(row.getByRole("cell").nth(1)).toContainText(salary);
    await expect(row.getByRole("cell").nth(2)).toContainText(growth);
  }

  // Sort by salary: highest first, then lowest first; rows without figures stay last.
  const salaryHeader = table.getByRole("columnheader", { name: /Median salary/ });
  await table.getByRole("button", { name: "Median salary" }).click();
  await expect(salaryHeader).toHaveAttribute("aria-sort", "descending");
  await expect
    .poll(async () => (await pathNames(table)).slice(0, 4))
    .toEqual([
      "Diagnostic Imaging Manager",
      "Clinical Educator",
      "PACS Administrator",
      "Echocardiographer",
    ]);
  await table.getByRole("button", { name: "Median salary" }).click();
  await expect(salaryHeader).toHaveAttribute("aria-sort", "ascending");
  await expect
    .poll(async () => (await pathNames(table)).slice(0, 4))
    .toEqual([
      "Echocardiographer",
      "PACS Administrator",
      "Clinical Educator",
      "Diagnostic Imaging Manager",
    ]);

  // The chart follows the dataset: its data table lists the four article paths.
  const chart = page.getByRole("figure", { name: /Median salary against projected growth/ });
  await chart.getByText("Chart data as a table").click();
  await expect(chart.getByRole("table").getByRole("rowheader")).toHaveCount(4);

  // Filter by kind.
  const technology = page.getByRole("button", { name: "Technology" });
  await technology.click();
  await expect(technology).toHaveAttribute("aria-pressed", "true");
  await expect
    .poll(() => pathNames(table))
    .toEqual(["PACS Administrator", "Clinical Applications Specialist"]);
  await page.getByRole("button", { name: "All kinds" }).click();
  expect((await pathNames(table)).length).toBeGreaterThanOrEqual(12);

  // Open Echocardiographer.
  await table.getByRole("link", { name: "Echocardiographer", exact: true }).click();
  await expect(page).toHaveURL(/\/paths\/echocardiographer$/);
  await expect(page.getByRole("heading", { level: 1, name: "Echocardiographer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start this path" }).first()).toHaveAttribute(
    "href",
    "/paths/echocardiographer/start",
  );

  // The credential step: one of RDCS (SPI + one of AE/PE/FE) or CCI RCS.
  const step = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Earn an echocardiography credential" }) });
  await expect(step.getByText("Required", { exact: true })).toBeVisible();
  const choice = step.getByRole("list", { name: "One of", exact: true });
  await expect(
    choice.getByRole("link", { name: "Registered Diagnostic Cardiac Sonographer (RDCS)" }),
  ).toBeVisible();
  await expect(
    choice.getByRole("link", { name: "Registered Cardiac Sonographer (RCS)" }),
  ).toBeVisible();
  await expect(step.getByText(/^CCI · Credential/)).toBeVisible();
  await expect(step.getByText("RDCS is earned by:")).toBeVisible();
  const rdcsExams = step.getByRole("list", { name: "All of: SPI and a specialty" });
  await expect(
    rdcsExams.getByRole("link", { name: "Sonography Principles and Instrumentation (SPI)" }),
  ).toBeVisible();
  const specialties = step.getByRole("list", { name: "One of: At least one specialty" });
  for (const exam of [
    "Adult Echocardiography (AE)",
    "Pediatric Echocardiography (PE)",
    "Fetal Echocardiography (FE)",
  ]) {
    await expect(specialties.getByRole("link", { name: exam })).toBeVisible();
  }

  // The five-year rule, in plain words with an example.
  const rule = page.getByRole("region", { name: "ARDMS five-year rule" });
  await expect(rule.getByRole("heading", { name: "ARDMS five-year rule" })).toBeVisible();
  await expect(rule.getByText(/you have until 31 December 2030/)).toBeVisible();

  // Sources, as links.
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: "Five-Year Rule" })).toHaveAttribute(
    "href",
    /ardms\.org/,
  );
  await expect(page.getByRole("link", { name: /Report a correction about/ }).first()).toBeVisible();

  // Follow a credential link.
  await rdcsExams
    .getByRole("link", { name: "Sonography Principles and Instrumentation (SPI)" })
    .click();
  await expect(page).toHaveURL(/\/credentials\/ardms-spi$/);
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "Sonography Principles and Instrumentation (SPI)",
    }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "What it takes" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Paths that use it" }).getByRole("link", {
      name: /Echocardiographer/,
    }),
  ).toBeVisible();
  await expect(page.getByText("This planner is not the registry.")).toBeVisible();
});

test("a retired credential says so plainly", async ({ page }) => {
  await page.goto("/credentials/ardms-ne");
  await expect(page.getByRole("heading", { level: 1, name: "Neurosonology (NE)" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Retired: no longer offered.");
});

test("a visitor reports a correction on a fact, and it is stored", async ({ page }) => {
  await page.goto("/credentials/ardms-spi");
  await page
    .getByRole("link", { name: /Report a correction/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/corrections\/new\?subject=ardms-spi/);
  await page.getByLabel("What should it say?").fill("too short");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText(/at least 10 characters/)).toBeVisible();
  const message = `The SPI fee changed this year, see the ARDMS fee page. ${Date.now()}`;
  await page.getByLabel("What should it say?").fill(message);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText(/Thank you/)).toBeVisible();
  const rows =
    await e2eDb()`select subject_slug from correction_reports where message = ${message}`;
  expect(rows.map((row) => row.subject_slug)).toEqual(["ardms-spi"]);
});

test("a link fetches its page when the visitor points at it or tabs to it, not while the page is read", async ({
  page,
}) => {
  // App Router's requests for a route's data (RSC), prefetches included, carry the `rsc` header.
  const routeRequests: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["rsc"] === "1") routeRequests.push(new URL(request.url()).pathname);
  });
  const routeRequest = (pathname: string) =>
    page.waitForRequest(
      (request) => request.headers()["rsc"] === "1" && new URL(request.url()).pathname === pathname,
    );
  const header = page.getByRole("banner");

  await page.goto("/");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(routeRequests).toEqual([]);

  // Pointing at a link fetches its page; the click then lands there.
  const pathsFetched = routeRequest("/paths");
  await header.getByRole("link", { name: "Paths" }).hover();
  await pathsFetched;
  await header.getByRole("link", { name: "Paths" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Career paths" })).toBeVisible();

  // So does reaching one with the keyboard.
  const signInFetched = routeRequest("/sign-in");
  await header.getByRole("link", { name: "Sign in" }).focus();
  await signInFetched;
});
