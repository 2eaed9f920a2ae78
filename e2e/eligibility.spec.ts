import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./support/auth";
import { createUser, seedEligibility } from "./support/data";

/** A signed-in user whose world is built straight in the database. */
async function personWith(page: Page, world: Parameters<typeof seedEligibility>[1]) {
  const user = await createUser();
  await seedEligibility(user.id, world);
  await signInAs(page, user);
  return user;
}

async function openAnswer(page: Page, slug: string) {
  const card = page.getByTestId(`eligibility-${slug}`);
  await card.getByText("Why, and what to do").click();
  return card;
}

test("a radiographer with 7 months of general work: not yet for AB, adds the milestone, records the months, eligible now", async ({
  page,
}) => {
  await personWith(page, {});

  // The profile, through the form: a two-year radiography program, 7 months of general work.
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Eligibility profile" });
  await form.getByLabel("Sonography, echo or vascular program").selectOption("none");
  await form
    .getByLabel("Completed a two-year allied-health program in a patient-care field?")
    .selectOption("yes");
  await form.getByLabel("Highest degree").selectOption("associate");
  await form.getByLabel("Subject of that degree").selectOption("radiography");
  const general = form.getByRole("group", { name: "General (abdomen, OB/GYN, small parts)" });
  await general.getByLabel("Months full time").fill("7");
  await form.getByRole("checkbox", { name: "ARRT Radiography, R.T.(R)" }).check();
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toContainText("Your profile is saved");

  await page.goto("/eligibility");
  const ab = await openAnswer(page, "ardms-ab");
  await expect(ab.getByTestId("verdict")).toHaveAttribute("data-outcome", "not_yet");
  await expect(ab.getByTestId("verdict-summary")).toContainText("Prerequisite 1");
  await expect(ab.getByTestId("verdict-summary")).toContainText("5 more months");

  // Add the missing piece as a milestone.
  await ab
    .getByRole("button", { name: /Add .* as a milestone/ })
    .first()
    .click();
  const added = page.getByTestId("added-exp-clinical-12-months");
  await expect(added).toBeVisible();
  await expect(added).toContainText("For Abdomen");

  // Record the months: the link goes to the profile.
  await added.getByRole("link", { name: "Record your months" }).click();
  await expect(page).toHaveURL(/\/settings#profile/);
  const form2 = page.getByRole("form", { name: "Eligibility profile" });
  await form2
    .getByRole("group", { name: "General (abdomen, OB/GYN, small parts)" })
    .getByLabel("Months full time")
    .fill("12");
  await form2.getByRole("button", { name: "Save profile" }).click();
  await expect(form2.getByRole("status")).toContainText("Your profile is saved");

  await page.goto("/eligibility");
  await expect(page.getByTestId("eligibility-ardms-ab").getByTestId("verdict")).toHaveAttribute(
    "data-outcome",
    "eligible",
  );
  await expect(
    page.getByTestId("eligibility-ardms-ab").getByTestId("verdict-summary"),
  ).toContainText("Eligible now via Prerequisite 1");
  await expect(
    page.getByTestId("added-exp-clinical-12-months").locator('[data-status="done"]'),
  ).toBeVisible();
});

test("bad profile input gets a message beside the field, and nothing is saved", async ({
  page,
}) => {
  await personWith(page, {});
  await page.goto("/settings");
  const form = page.getByRole("form", { name: "Eligibility profile" });
  const general = form.getByRole("group", { name: "General (abdomen, OB/GYN, small parts)" });
  await general.getByLabel("Months full time").fill("-3");
  await form.getByRole("button", { name: "Save profile" }).click();
  const field = form
    .getByRole("group", { name: "General (abdomen, OB/GYN, small parts)" })
    .getByLabel("Months full time");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("Months can't be negative.");
  await expect(field).toHaveValue("-3");
});

test("an RCS holder sees ARDMS Prerequisite 5 as the route to AE, its unverified parts marked", async ({
  page,
}) => {
  await personWith(page, {
    held: [{ slug: "cci-rcs", earnedOn: "2025-02-01" }],
    answers: {
      education: {
        programs: [],
        alliedHealthTwoYear: false,
        highestDegree: "none",
        physician: false,
      },
    },
  });
  await page.goto("/eligibility");
  const ae = await openAnswer(page, "ardms-ae");
  await expect(ae.getByTestId("verdict")).toHaveAttribute("data-outcome", "cant_tell");
  const p5 = ae.getByTestId("route-ardms-p5:ardms-ae").first();
  await expect(p5).toContainText("Possibly now via Prerequisite 5");
  await expect(p5.getByTestId("unverified").first()).toContainText("Unverified");
  await expect(ae.getByTestId("route-ardms-p1:ardms-ae")).toHaveCount(0);
});

test("CIIP: the person of case C8 is at 6 of 7 with the ways to the last point; a PACS analyst is eligible at 8", async ({
  page,
  browser,
}) => {
  await personWith(page, {
    held: [
      { slug: "ardms-rdms", earnedOn: "2023-09-01" },
      { slug: "ardms-ab", earnedOn: "2023-09-01" },
    ],
    answers: {
      education: { highestDegree: "associate", degreeField: "sonography", semesterCredits: 64 },
      experience: { imagingProfessionalMonths: 36 },
      informaticsCe: [
        { amount: 12, on: "2026-03-10" },
        { amount: 8, on: "2026-09-22" },
      ],
    },
  });
  await page.goto("/eligibility");
  const ciip = await openAnswer(page, "abii-ciip");
  await expect(ciip.getByTestId("verdict")).toHaveAttribute("data-outcome", "not_yet");
  const points = ciip.getByTestId("points-abii-ciip");
  await expect(points).toContainText("6 of 7 points");
  const ways = points.getByRole("list", { name: "Ways to the rest" });
  await expect(ways).toContainText("12 more months");
  await expect(ways).toContainText("16 more CE hours");

  const analyst = await browser.newPage();
  await personWith(analyst, {
    answers: {
      education: { highestDegree: "bachelor", degreeField: "other", semesterCredits: 124 },
      experience: { imagingProfessionalMonths: 48 },
      informaticsCe: [],
    },
  });
  await analyst.goto("/eligibility");
  const ciip2 = await openAnswer(analyst, "abii-ciip");
  await expect(ciip2.getByTestId("verdict")).toHaveAttribute("data-outcome", "eligible");
  await expect(ciip2.getByTestId("points-abii-ciip")).toContainText("8 of 7 points");
  await analyst.close();
});

test("a CRA candidate sees 'can't tell', and why", async ({ page }) => {
  await personWith(page, {
    answers: {
      education: { highestDegree: "bachelor", degreeField: "health-administration" },
      experience: { leadership: { years: 5, allFiveCraDomains: true } },
      otherCredentials: [{ slug: "arrt-r", earnedOn: "2010-06-01" }],
    },
  });
  await page.goto("/eligibility");
  const cra = page.getByTestId("eligibility-ahra-cra");
  await expect(cra.getByTestId("verdict")).toHaveAttribute("data-outcome", "cant_tell");
  await expect(cra.getByTestId("verdict-summary")).toContainText(
    "AHRA's point values for education and credentials are not recorded",
  );
});

test("closest paths: an RDMS(AB) holder with 3 years sees vascular and breast above imaging manager, each with its reason", async ({
  page,
}) => {
  await personWith(page, {
    held: [
      { slug: "ardms-rdms", earnedOn: "2023-09-01" },
      { slug: "ardms-ab", earnedOn: "2023-09-01" },
    ],
    answers: {
      education: {
        programs: [
          {
            status: "graduated",
            graduationDate: "2023-05-15",
            accredited: true,
            areas: ["abdominal"],
            award: "associate",
          },
        ],
        highestDegree: "associate",
        degreeField: "sonography",
      },
      experience: { clinical: { general: { fullTimeMonths: 36 } }, leadership: { years: 0 } },
      arrtProcedureLogs: [],
    },
  });
  await page.goto("/paths");
  const list = page.getByRole("list", { name: "Closest paths for me" });
  await expect(list).toBeVisible();
  const order = await list
    .getByRole("listitem")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-testid")));
  const at = (slug: string) => order.indexOf(`closest-${slug}`);
  expect(at("vascular-technologist")).toBeGreaterThanOrEqual(0);
  expect(at("vascular-technologist")).toBeLessThan(at("diagnostic-imaging-manager"));
  expect(at("breast-sonographer")).toBeLessThan(at("diagnostic-imaging-manager"));
  for (const slug of [
    "vascular-technologist",
    "breast-sonographer",
    "diagnostic-imaging-manager",
  ]) {
    await expect(page.getByTestId(`closest-${slug}`).getByTestId("closest-reason")).toContainText(
      "You hold RDMS",
    );
  }
  await expect(page.getByTestId("closest-vascular-technologist")).toContainText("vascular work");

  // The same verdicts on a path page, for this user only.
  await page.goto("/paths/vascular-technologist");
  await expect(page.getByRole("heading", { name: "Your eligibility" })).toBeVisible();
  await expect(page.getByTestId("eligibility-ardms-vt").getByTestId("verdict")).toHaveAttribute(
    "data-outcome",
    "not_yet",
  );

  // Starting the path seeds the nearest route's choices.
  await page.goto("/paths/vascular-technologist/start");
  await page.getByRole("button", { name: "Start this path" }).click();
  await expect(page).toHaveURL(/\/plans\//);
  await expect(page.getByTestId("milestone-ardms-vt")).toBeVisible();
  await expect(
    page.getByTestId("milestone-ardms-vt").getByTestId("milestone-eligibility"),
  ).toContainText("Not eligible yet");
});

test("anonymous visitors get the public pages without any verdict", async ({ page }) => {
  // No "maybe signed in" hint: the ranking's island neither loads nor asks the server.
  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/eligibility")) asked.push(request.url());
  });
  await page.goto("/paths");
  await expect(page.getByRole("heading", { level: 1, name: "Career paths" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: "Closest paths for me" })).toHaveCount(0);
  expect(asked).toEqual([]);
  await page.goto("/paths/vascular-technologist");
  await expect(
    page.getByText("to see whether you can sit each exam on this path now"),
  ).toBeVisible();
});
