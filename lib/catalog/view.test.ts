import { describe, expect, it } from "vitest";

import { catalog, getPath } from "@/lib/catalog";
import type {
  Catalog,
  CatalogPath,
  CatalogRequirement,
  RequirementNode,
} from "@/lib/catalog/types";
import {
  buildComparisonRows,
  chartPoints,
  correctionHref,
  estimateNodeMonths,
  estimatePath,
  filterRowsByCategory,
  formatCredits,
  formatEstimate,
  formatExperience,
  formatFee,
  formatMonths,
  formatPercent,
  formatUsd,
  issuersForPath,
  issuersForRequirement,
  lookupFrom,
  pathSourceSlugs,
  reachableRequirementSlugs,
  requirementSourceSlugs,
  shortPathTitle,
  sortRows,
  windowExample,
  windowRulesForPath,
  type ComparisonRow,
} from "./view";
import { formatPublicDate } from "@/lib/format";
import { windowDeadline } from "@/lib/windows";

const lookup = lookupFrom(catalog);

function requiredPath(slug: string): CatalogPath {
  const path = getPath(slug);
  if (!path) throw new Error(`No path ${slug}`);
  return path;
}

// ---- Fixtures ---------------------------------------------------------------------------------

const CHECKED = "2026-11-24";

function requirement(
  slug: string,
  months: number,
  extra: Partial<CatalogRequirement> = {},
): CatalogRequirement {
  return {
    slug,
    kind: "exam",
    issuer: "ardms",
    name: `Fixture ${slug}`,
    summary: "A fixture requirement.",
    details: [],
    typicalDuration: {
      months,
      estimate: true,
      confidence: "unverified",
      sources: [],
      checkedOn: CHECKED,
      note: "fixture",
    },
    provenance: { confidence: "verified", sources: ["src-a"], checkedOn: CHECKED },
    ...extra,
  };
}

const req = (slug: string): RequirementNode => ({ type: "requirement", slug });
const allOf = (key: string, ...items: RequirementNode[]): RequirementNode => ({
  type: "allOf",
  key,
  label: "All of",
  items,
});
const oneOf = (key: string, ...items: RequirementNode[]): RequirementNode => ({
  type: "oneOf",
  key,
  label: "One of",
  items,
});

function fixtureCatalog(requirements: CatalogRequirement[]): Catalog {
  return {
    sources: [
      { slug: "src-a", url: "https://a.example", title: "A", publisher: "Pub" },
      { slug: "src-b", url: "https://b.example", title: "B", publisher: "Pub" },
    ],
    issuers: [],
    requirements,
    windowRules: [],
    maintenanceRules: [],
    paths: [],
  };
}

function row(overrides: Partial<ComparisonRow>): ComparisonRow {
  return {
    slug: "x",
    title: "X",
    shortTitle: "X",
    category: "clinical",
    categoryLabel: "Clinical",
    educationSummary: "",
    stepCount: 1,
    monthsToQualify: 1,
    timeToQualifyLabel: "",
    dataset: "bls",
    salary: null,
    growth: null,
    confidence: null,
    figureGroup: null,
    ...overrides,
  };
}

// ---- Formatting -------------------------------------------------------------------------------

describe("formatting", () => {
  it("formats money in whole dollars with thousands separators", () => {
    expect(formatUsd(62027)).toBe("$62,027");
    expect(formatUsd(100300)).toBe("$100,300");
  });

  it("formats percentages without needless decimals", () => {
    expect(formatPercent(23)).toBe("23%");
    expect(formatPercent(24.3)).toBe("24.3%");
  });

  it("always marks fees as approximate", () => {
    expect(formatFee(365)).toBe("about $365, approximate — check current");
  });

  it("turns months into rough durations", () => {
    expect(formatMonths(0)).toBe("no extra time");
    expect(formatMonths(1)).toBe("about 1 month");
    expect(formatMonths(4)).toBe("about 4 months");
    expect(formatMonths(12)).toBe("about 1 year");
    expect(formatMonths(18)).toBe("about 1½ years");
    expect(formatMonths(24)).toBe("about 2 years");
    expect(formatMonths(40)).toBe("about 3½ years");
    expect(formatMonths(94)).toBe("about 8 years");
    expect(formatEstimate(18)).toBe("about 1½ years, estimate");
  });

  it("writes experience with its unit in words", () => {
    expect(formatExperience({ amount: 600, unit: "studies" })).toBe("600 studies");
    expect(formatExperience({ amount: 12, unit: "months_full_time" })).toBe(
      "12 months of full-time work",
    );
    expect(formatExperience({ amount: 7, unit: "points" })).toBe("7 points");
    expect(formatExperience({ amount: 1, unit: "years_in_role" })).toBe("1 year in the role");
    expect(formatExperience({ amount: 800, unit: "clinical_hours", withinMonths: 24 })).toBe(
      "800 clinical hours, within 24 months",
    );
  });

  it("formats credits, dates and short titles", () => {
    expect(formatCredits({ amount: 30, unit: "CME", periodYears: 3 })).toBe("30 CME every 3 years");
    expect(formatPublicDate("2026-11-24")).toBe("24 November 2026");
    expect(shortPathTitle("Picture Archiving and Communication Systems (PACS) Administrator")).toBe(
      "PACS Administrator",
    );
    expect(shortPathTitle("Echocardiographer")).toBe("Echocardiographer");
  });

  it("builds the correction link with the subject and at most 200 characters of the fact", () => {
    const href = correctionHref("ardms-spi", `${"x".repeat(250)}`);
    expect(href.startsWith("/corrections/new?subject=ardms-spi&fact=")).toBe(true);
    expect(new URLSearchParams(href.split("?")[1]).get("fact")).toHaveLength(200);
    expect(correctionHref("a b", "50% & more")).toBe(
      "/corrections/new?subject=a%20b&fact=50%25%20%26%20more",
    );
  });
});

// ---- Time to qualify --------------------------------------------------------------------------

describe("time to qualify", () => {
  const fixture = lookupFrom(
    fixtureCatalog([
      requirement("spi", 3),
      requirement("ab", 3),
      requirement("br", 3),
      requirement("single", 4),
      requirement("degree", 24),
      requirement("rdms", 99, {
        kind: "credential",
        earnedBy: allOf("rdms-exams", req("spi"), oneOf("rdms-spec", req("ab"), req("br"))),
      }),
    ]),
  );

  it("takes the shortest option of a one-of and sums an all-of", () => {
    expect(estimateNodeMonths(oneOf("k", req("degree"), req("single")), fixture)).toBe(4);
    expect(estimateNodeMonths(allOf("k", req("degree"), req("single")), fixture)).toBe(28);
  });

  it("counts a credential with earnedBy as its exams, not its own duration", () => {
    expect(estimateNodeMonths(req("rdms"), fixture)).toBe(6);
  });

  it("counts an exam shared by a credential and a step once", () => {
    // RDMS with the breast specialty: SPI + BR, not SPI + AB + BR.
    expect(estimateNodeMonths(allOf("k", req("rdms"), req("br")), fixture)).toBe(6);
  });

  it("sums a path's steps, each requirement counted once, and reports each step's share", () => {
    const path = {
      ...requiredPath("echocardiographer"),
      steps: [
        { key: "a", title: "A", description: "", necessity: "required", satisfiedBy: req("spi") },
        {
          key: "b",
          title: "B",
          description: "",
          necessity: "required",
          satisfiedBy: req("rdms"),
        },
      ],
    } satisfies CatalogPath;
    expect(estimatePath(path, fixture)).toEqual({ totalMonths: 6, stepMonths: [3, 3] });
  });

  it("estimates the echocardiographer path from the real catalog", () => {
    // Allied health program (24) + a year of work (12) + CCI RCS (4, shorter than SPI + AE).
    const estimate = estimatePath(requiredPath("echocardiographer"), lookup);
    expect(estimate).toEqual({ totalMonths: 40, stepMonths: [24, 12, 4] });
    expect(formatEstimate(estimate.totalMonths)).toBe("about 3½ years, estimate");
  });
});

// ---- Reach and sources ------------------------------------------------------------------------

describe("what a path reaches and cites", () => {
  const echo = requiredPath("echocardiographer");

  it("reaches the credentials' exams", () => {
    const reached = reachableRequirementSlugs(echo, lookup);
    for (const slug of ["ardms-rdcs", "ardms-spi", "ardms-ae", "ardms-pe", "ardms-fe", "cci-rcs"]) {
      expect(reached).toContain(slug);
    }
  });

  it("finds the ARDMS five-year rule for echocardiographer", () => {
    expect(windowRulesForPath(echo, lookup).map((rule) => rule.slug)).toEqual(["ardms-five-year"]);
  });

  it("lists every cited source once: path, figures, requirements, rules", () => {
    const slugs = pathSourceSlugs(echo, lookup);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs[0]).toBe("study-com-2019");
    for (const slug of [
      "bls-ooh-dms",
      "ardms-five-year-rule",
      "cci-rcs-overview-2022",
      "cci-renew",
    ]) {
      expect(slugs).toContain(slug);
    }
    for (const slug of slugs) expect(lookup.source(slug)).toBeDefined();
  });

  it("cites a credential's window and maintenance rules on its own page", () => {
    const rdcs = lookup.requirement("ardms-rdcs");
    if (!rdcs) throw new Error("missing RDCS");
    const slugs = requirementSourceSlugs(rdcs, lookup);
    expect(slugs).toContain("ardms-five-year-rule");
    expect(slugs).toContain("ardms-cme");
  });

  it("names the issuers to confirm with", () => {
    const issuers = issuersForPath(echo, lookup).map((issuer) => issuer.slug);
    expect(issuers).toContain("ardms");
    expect(issuers).toContain("cci");
  });
});

// ---- Window rules -----------------------------------------------------------------------------

describe("window rules", () => {
  it("rounds the ARDMS five-year window to the end of the calendar year", () => {
    const rule = { length: { years: 5 }, rounding: "calendar_year_end" } as const;
    expect(windowDeadline(rule, "2011-06-06")).toBe("2016-12-31");
  });

  it("adds months without rounding, clamping to the month's last day", () => {
    expect(windowDeadline({ length: { months: 24 }, rounding: "none" }, "2025-03-14")).toBe(
      "2027-03-14",
    );
    expect(windowDeadline({ length: { months: 1 }, rounding: "none" }, "2025-01-31")).toBe(
      "2025-02-28",
    );
  });

  it("explains a rule with an example in plain words", () => {
    const rule = lookup.windowRule("ardms-five-year");
    if (!rule) throw new Error("missing rule");
    expect(windowExample(rule)).toContain("14 March 2025");
    expect(windowExample(rule)).toContain("31 December 2030");
  });
});

// ---- Comparison rows --------------------------------------------------------------------------

describe("comparison rows", () => {
  const article = buildComparisonRows(catalog.paths, "article", lookup);
  const bls = buildComparisonRows(catalog.paths, "bls", lookup);

  it("shows the article's figures exactly for its four paths", () => {
    const figures = Object.fromEntries(
      article
        .filter((r) => r.salary)
        .map((r) => [r.shortTitle, `${r.salary?.label} / ${r.growth?.label}`]),
    );
    expect(figures).toEqual({
      Echocardiographer: "$62,027 / 23%",
      "PACS Administrator": "$72,218 / 13%",
      "Clinical Educator": "$73,896 / 26%",
      "Diagnostic Imaging Manager": "$79,953 / 20%",
    });
    expect(article.find((r) => r.slug === "echocardiographer")?.salary?.period).toBe("2018");
    expect(article.find((r) => r.slug === "echocardiographer")?.growth?.period).toBe("2016–2026");
  });

  it("keeps each dataset's figures apart", () => {
    const echoBls = bls.find((r) => r.slug === "echocardiographer");
    expect(echoBls?.dataset).toBe("bls");
    expect(echoBls?.salary).toEqual({ value: 89340, label: "$89,340", period: "May 2024" });
    expect(echoBls?.confidence).toBe("secondary");
    // A BLS-only path has no article figures at all.
    expect(article.find((r) => r.slug === "vascular-technologist")?.salary).toBeNull();
    // A path with no figures has none in either dataset.
    expect(bls.find((r) => r.slug === "clinical-applications-specialist")?.salary).toBeNull();
  });

  it("sorts by a number either way, rows without a value last", () => {
    const rows = [
      row({ shortTitle: "B", salary: { value: 2, label: "", period: null } }),
      row({ shortTitle: "None" }),
      row({ shortTitle: "A", salary: { value: 1, label: "", period: null } }),
      row({ shortTitle: "C", salary: { value: 3, label: "", period: null } }),
    ];
    expect(sortRows(rows, "salary", "descending").map((r) => r.shortTitle)).toEqual([
      "C",
      "B",
      "A",
      "None",
    ]);
    expect(sortRows(rows, "salary", "ascending").map((r) => r.shortTitle)).toEqual([
      "A",
      "B",
      "C",
      "None",
    ]);
    expect(sortRows(rows, "title", "ascending").map((r) => r.shortTitle)).toEqual([
      "A",
      "B",
      "C",
      "None",
    ]);
  });

  it("sorts the article dataset by salary with the four figures first", () => {
    const sorted = sortRows(article, "salary", "descending").map((r) => r.salary?.label ?? "—");
    expect(sorted.slice(0, 5)).toEqual(["$79,953", "$73,896", "$72,218", "$62,027", "—"]);
  });

  it("filters by category, none chosen meaning all", () => {
    expect(filterRowsByCategory(bls, [])).toHaveLength(bls.length);
    const teaching = filterRowsByCategory(bls, ["teaching"]);
    expect(teaching.length).toBeGreaterThan(0);
    expect(teaching.every((r) => r.category === "teaching")).toBe(true);
  });

  it("merges paths that share exact figures into one chart point", () => {
    const points = chartPoints(bls);
    const sonographers = points.find((p) => p.salaryUsd === 89340);
    expect(sonographers?.paths.length).toBeGreaterThan(1);
    expect(sonographers?.label).toMatch(/^Diagnostic medical sonographers: \d+ paths$/);
    expect(chartPoints(article)).toHaveLength(4);
  });
});

describe("issuers for a requirement", () => {
  it("names the registries behind a composite requirement", () => {
    const composite = lookup.requirement("echo-registry-credential");
    if (!composite) throw new Error("missing composite");
    const slugs = issuersForRequirement(composite, lookup).map((issuer) => issuer.slug);
    expect(slugs).toEqual(["employer", "ardms", "cci"]);
  });
});
