import { describe, expect, it } from "vitest";

import { catalog, getPath, getRequirement, getSource, pathsUsingRequirement } from "@/lib/catalog";
import type {
  Catalog,
  CatalogPath,
  CatalogRequirement,
  CeCategory,
  Provenance,
  RequirementNode,
  UpkeepRule,
} from "@/lib/catalog/types";
import { prov } from "./builders";
import type { CatalogProblem } from "./checks";
import {
  ARTICLE_PATH_SLUGS,
  checkCatalog,
  findPrerequisiteCycles,
  isPathSatisfiable,
} from "./checks";

// ---- Small fixture builders -------------------------------------------------------------------

const CHECKED = "2026-11-24";

function requirement(slug: string, extra: Partial<CatalogRequirement> = {}): CatalogRequirement {
  return {
    slug,
    kind: "exam",
    issuer: "ardms",
    name: `Fixture ${slug}`,
    summary: "A fixture requirement.",
    details: [],
    typicalDuration: {
      months: 1,
      estimate: true,
      confidence: "unverified",
      sources: [],
      checkedOn: CHECKED,
      note: "Fixture estimate.",
    },
    provenance: { confidence: "verified", sources: ["study-com-2019"], checkedOn: CHECKED },
    ...extra,
  };
}

function path(slug: string, satisfiedBy: RequirementNode): CatalogPath {
  return {
    slug,
    title: `Fixture ${slug}`,
    category: "clinical",
    tagline: "A fixture path.",
    overview: [],
    educationSummary: "Fixture",
    figures: {},
    steps: [
      { key: `${slug}-step`, title: "Step", description: "", satisfiedBy, necessity: "required" },
    ],
    maintenance: [],
    provenance: { confidence: "verified", sources: ["study-com-2019"], checkedOn: CHECKED },
  };
}

/** The real catalog with extra requirements and paths appended. */
function extended(extra: { requirements?: CatalogRequirement[]; paths?: CatalogPath[] }): Catalog {
  return {
    ...catalog,
    requirements: [...catalog.requirements, ...(extra.requirements ?? [])],
    paths: [...catalog.paths, ...(extra.paths ?? [])],
  };
}

function codes(c: Catalog): string[] {
  return checkCatalog(c).map((p) => p.code);
}

function slugsIn(node: RequirementNode): string[] {
  return node.type === "requirement" ? [node.slug] : node.items.flatMap(slugsIn);
}

// ---- The real catalog -------------------------------------------------------------------------

describe("the real catalog", () => {
  it("has no problems", () => {
    const problems = checkCatalog(catalog);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
  });

  it("has at least 12 paths, each satisfiable", () => {
    expect(catalog.paths.length).toBeGreaterThanOrEqual(12);
    for (const p of catalog.paths) expect(isPathSatisfiable(catalog, p.slug), p.slug).toBe(true);
  });

  it("has no dependency cycles", () => {
    expect(findPrerequisiteCycles(catalog)).toEqual([]);
  });

  it("shows the article figures exactly", () => {
    const expected = {
      echocardiographer: [62027, 23, "diagnostic medical sonographers"],
      "pacs-administrator": [72218, 13, "medical records and health information technicians"],
      "clinical-educator": [73896, 26, "postsecondary teachers, health specialties"],
      "diagnostic-imaging-manager": [79953, 20, "medical and health services managers"],
    } as const;
    expect(Object.keys(expected).sort()).toEqual([...ARTICLE_PATH_SLUGS].sort());
    for (const [slug, [salary, growth, category]] of Object.entries(expected)) {
      expect(getPath(slug)?.figures.article, slug).toEqual({
        medianSalaryUsd: salary,
        salaryYear: 2018,
        growthPct: growth,
        growthPeriod: "2016–2026",
        blsCategory: category,
        source: "study-com-2019",
      });
    }
    expect(getPath("pacs-administrator")?.title).toBe(
      "Picture Archiving and Communication Systems (PACS) Administrator",
    );
    expect(getSource("study-com-2019")?.url).toBe(
      "https://study.com/articles/career_advancement_in_sonography.html",
    );
    const withArticle = catalog.paths.filter((p) => p.figures.article).map((p) => p.slug);
    expect(withArticle.sort()).toEqual([...ARTICLE_PATH_SLUGS].sort());
  });

  it("offers RDCS or RCS for the echocardiographer's credential step", () => {
    const step = getPath("echocardiographer")?.steps.find((s) => s.key === "echo-credential");
    expect(step?.necessity).toBe("required");
    expect(step?.satisfiedBy).toMatchObject({ type: "oneOf", key: "echocardiographer-credential" });
    expect(slugsIn(step!.satisfiedBy).sort()).toEqual(["ardms-rdcs", "cci-rcs"]);
  });

  it("earns RDCS with SPI plus one of AE, PE or FE", () => {
    const earnedBy = getRequirement("ardms-rdcs")?.earnedBy;
    expect(earnedBy).toMatchObject({ type: "allOf", key: "ardms-rdcs-exams" });
    if (earnedBy?.type !== "allOf") throw new Error("RDCS earnedBy should be an allOf");
    expect(earnedBy.items).toContainEqual({ type: "requirement", slug: "ardms-spi" });
    const specialty = earnedBy.items.find((i) => i.type === "oneOf");
    expect(specialty).toMatchObject({ key: "ardms-rdcs-specialty" });
    expect(slugsIn(specialty!).sort()).toEqual(["ardms-ae", "ardms-fe", "ardms-pe"]);
  });

  it("finds paths through a credential's exams", () => {
    const slugs = pathsUsingRequirement("ardms-spi").map((p) => p.slug);
    expect(slugs).toContain("echocardiographer");
    expect(slugs).toContain("vascular-technologist");
    expect(pathsUsingRequirement("ardms-ne")).toEqual([]);
  });

  it("keeps the retired NE exam out of every path", () => {
    expect(getRequirement("ardms-ne")?.retired).toBeDefined();
  });
});

// ---- Fixtures that must fail ------------------------------------------------------------------

describe("checkCatalog on broken catalogs", () => {
  it("reports a prerequisite cycle with its slugs", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-a", { prerequisites: [{ slug: "fixture-b", reason: "test" }] }),
        requirement("fixture-b", { prerequisites: [{ slug: "fixture-a", reason: "test" }] }),
      ],
    });
    expect(findPrerequisiteCycles(broken)).toEqual([["fixture-a", "fixture-b"]]);
    const problems = checkCatalog(broken);
    expect(problems.map((p) => p.code)).toEqual(["prerequisite-cycle"]);
    expect(problems[0]?.message).toContain("fixture-a -> fixture-b -> fixture-a");
  });

  it("reports a cycle through earnedBy", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-credential", {
          kind: "credential",
          earnedBy: {
            type: "allOf",
            key: "fixture-credential-exams",
            label: "All",
            items: [{ type: "requirement", slug: "fixture-exam" }],
          },
        }),
        requirement("fixture-exam", {
          prerequisites: [{ slug: "fixture-credential", reason: "test" }],
        }),
      ],
    });
    expect(codes(broken)).toContain("prerequisite-cycle");
  });

  it("reports a path whose only group is an empty oneOf", () => {
    const broken = extended({
      paths: [
        path("fixture-empty", {
          type: "oneOf",
          key: "fixture-empty-group",
          label: "One of",
          items: [],
        }),
      ],
    });
    expect(isPathSatisfiable(broken, "fixture-empty")).toBe(false);
    expect(codes(broken)).toEqual(expect.arrayContaining(["unsatisfiable-path", "empty-group"]));
  });

  it("reports a path whose only option is retired", () => {
    const broken = extended({
      paths: [path("fixture-retired", { type: "requirement", slug: "ardms-ne" })],
    });
    expect(isPathSatisfiable(broken, "fixture-retired")).toBe(false);
    expect(codes(broken).sort()).toEqual(["retired-in-path", "unsatisfiable-path"]);
  });

  it("reports a path that depends on a retired prerequisite", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-needs-ne", { prerequisites: [{ slug: "ardms-ne", reason: "test" }] }),
      ],
      paths: [path("fixture-indirect", { type: "requirement", slug: "fixture-needs-ne" })],
    });
    expect(isPathSatisfiable(broken, "fixture-indirect")).toBe(false);
    expect(codes(broken)).toEqual(["unsatisfiable-path"]);
  });

  it("reports a duplicated slug", () => {
    const broken = extended({ requirements: [requirement("ardms-spi")] });
    const problems = checkCatalog(broken);
    expect(problems.map((p) => p.code)).toEqual(["duplicate-slug"]);
    expect(problems[0]?.message).toContain("ardms-spi");
  });

  it("reports a duplicated group key", () => {
    const broken = extended({
      paths: [
        path("fixture-dup-key", {
          type: "oneOf",
          key: "echocardiographer-credential",
          label: "One of",
          items: [{ type: "requirement", slug: "cci-rcs" }],
        }),
      ],
    });
    expect(codes(broken)).toEqual(["duplicate-group-key"]);
  });

  it("reports an unverified fact with neither a note nor a source", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-unsourced", {
          details: [
            { text: "Something.", confidence: "unverified", sources: [], checkedOn: CHECKED },
          ],
        }),
      ],
    });
    expect(codes(broken)).toEqual(["unsupported-fact"]);
  });

  it("reports a verified fact without a source even when it has a note", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-verified-unsourced", {
          provenance: {
            confidence: "verified",
            sources: [],
            checkedOn: CHECKED,
            note: "Trust me.",
          },
        }),
      ],
    });
    expect(codes(broken)).toEqual(["unsupported-fact"]);
  });

  it("reports a missing source slug", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-bad-source", {
          provenance: { confidence: "verified", sources: ["no-such-source"], checkedOn: CHECKED },
        }),
      ],
    });
    const problems = checkCatalog(broken);
    expect(problems.map((p) => p.code)).toEqual(["unknown-source"]);
    expect(problems[0]?.message).toContain("no-such-source");
  });

  it("reports unknown references and bad dates", () => {
    const broken = extended({
      requirements: [
        requirement("fixture-refs", {
          windowRule: "no-such-window",
          maintenance: "no-such-maintenance",
          prerequisites: [{ slug: "no-such-requirement", reason: "test" }],
          provenance: {
            confidence: "verified",
            sources: ["study-com-2019"],
            checkedOn: "24/11/2026",
          },
        }),
      ],
    });
    expect(codes(broken).sort()).toEqual([
      "invalid-date",
      "unknown-maintenance-rule",
      "unknown-prerequisite",
      "unknown-window-rule",
    ]);
  });

  it("reports article figures on a path outside the article", () => {
    const extra = path("fixture-article", { type: "requirement", slug: "cci-rcs" });
    const withArticle: CatalogPath = {
      ...extra,
      figures: { article: getPath("echocardiographer")!.figures.article! },
    };
    expect(codes(extended({ paths: [withArticle] }))).toEqual(["article-figures"]);
  });
});

// ---- Upkeep rules -------------------------------------------------------------------------------

describe("checkCatalog on upkeep rules", () => {
  const rules = catalog.upkeepRules ?? [];

  /** The real catalog with one upkeep rule replaced. */
  function withRule(slug: string, change: (rule: UpkeepRule) => UpkeepRule): Catalog {
    return {
      ...catalog,
      upkeepRules: rules.map((rule) => (rule.slug === slug ? change(rule) : rule)),
    };
  }

  function upkeepProblems(c: Catalog): CatalogProblem[] {
    return checkCatalog(c);
  }

  it("the real catalog has one rule for each of the six bodies", () => {
    expect(rules.map((r) => r.body).sort()).toEqual(
      ["abii", "ahra", "ardms", "arrt", "cci", "parca"].sort(),
    );
  });

  it("covers every credential whose maintenance rule the upkeep rules detail", () => {
    const covered = new Set(rules.flatMap((r) => r.appliesTo));
    for (const slug of [
      "ardms-rdms",
      "ardms-rdcs",
      "ardms-rvt",
      "ardms-rmsks",
      "cci-rcs",
      "cci-rvs",
      "cci-rccs",
      "cci-acs",
      "arrt-s",
      "arrt-vs",
      "arrt-bs",
      "abii-ciip",
      "ahra-cra",
      "parca-cpas",
      "parca-cpsa",
      "parca-cdip",
    ]) {
      expect(covered.has(slug), slug).toBe(true);
    }
  });

  it("gives every unverified upkeep fact a note that says it is assumed or unknown", () => {
    const unverified: Provenance[] = [];
    for (const rule of rules) {
      const collect = (p: Provenance | null | undefined) => {
        if (p?.confidence === "unverified") unverified.push(p);
      };
      collect(rule);
      collect(rule.cycle);
      collect(rule.credits);
      rule.credits?.minimums.forEach(collect);
      rule.longCycle.forEach(collect);
      rule.details.forEach(collect);
    }
    expect(unverified.length).toBeGreaterThan(0);
    for (const p of unverified) expect(p.note ?? "").toMatch(/assumed, unconfirmed|not known/);
  });

  it("reports an upkeep fact citing an unknown source", () => {
    const broken = withRule("ardms-upkeep", (rule) => ({
      ...rule,
      cycle: { ...rule.cycle, sources: ["no-such-source"] },
    }));
    expect(upkeepProblems(broken)).toContainEqual({
      code: "unknown-source",
      message: 'Upkeep rule "ardms-upkeep" cycle cites unknown source "no-such-source".',
    });
  });

  it("reports an unverified upkeep fact without a note, even with a source", () => {
    const broken = withRule("cci-upkeep", (rule) => ({
      ...rule,
      grace: rule.grace && { ...rule.grace, confidence: "unverified", note: undefined },
    }));
    expect(upkeepProblems(broken).map((p) => p.code)).toContain("unverified-without-note");
  });

  it("reports a nested fee late window without provenance", () => {
    const broken = withRule("ardms-upkeep", (rule) => ({
      ...rule,
      fee: rule.fee && {
        ...rule.fee,
        lateWindows: rule.fee.lateWindows.map((w) => ({ ...w, sources: [], note: undefined })),
      },
    }));
    const found = upkeepProblems(broken).filter((p) => p.code === "unsupported-fact");
    expect(found.map((p) => p.message)).toContain(
      'Upkeep rule "ardms-upkeep" fee late window 1 has no source; a fact without a source must be "unverified" and carry a note saying what is unknown.',
    );
  });

  it("reports unknown credentials, exams and maintenance rules", () => {
    const broken = withRule("ardms-upkeep", (rule) => ({
      ...rule,
      appliesTo: [...rule.appliesTo, "ardms-spi", "ardms-nope"],
      maintenanceRule: "nope-maintenance",
      credits: rule.credits && {
        ...rule.credits,
        waivers: rule.credits.waivers.map((w) => ({ ...w, exams: [...w.exams, "ardms-rdms"] })),
      },
    }));
    const found = upkeepProblems(broken).map((p) => p.message);
    expect(found).toContain(
      'Upkeep rule "ardms-upkeep" applies to "ardms-spi", which is not a catalog credential.',
    );
    expect(found).toContain(
      'Upkeep rule "ardms-upkeep" applies to "ardms-nope", which is not a catalog credential.',
    );
    expect(found).toContain(
      'Upkeep rule "ardms-upkeep" names unknown maintenance rule "nope-maintenance".',
    );
    expect(found).toContain(
      'Upkeep rule "ardms-upkeep" waiver "new-credential-or-specialty" names "ardms-rdms", which is not a catalog exam.',
    );
  });

  it("reports two rules for one body and a credential covered twice", () => {
    const ardms = rules.find((r) => r.body === "ardms");
    if (!ardms) throw new Error("missing ARDMS rule");
    const broken: Catalog = { ...catalog, upkeepRules: [...rules, { ...ardms, slug: "ardms-2" }] };
    const found = upkeepProblems(broken).map((p) => p.code);
    expect(found).toContain("duplicate-upkeep-body");
    expect(found).toContain("duplicate-upkeep-credential");
  });

  it("reports a credential left uncovered", () => {
    const broken = withRule("cci-upkeep", (rule) => ({
      ...rule,
      appliesTo: rule.appliesTo.filter((slug) => slug !== "cci-acs"),
    }));
    expect(upkeepProblems(broken)).toContainEqual({
      code: "credential-without-upkeep",
      message: 'Credential "cci-acs" uses "cci-maintenance" but no upkeep rule covers it.',
    });
  });

  it("reports impossible dates and numbers", () => {
    const broken = withRule("abii-upkeep", (rule) => ({
      ...rule,
      grace: rule.grace && { ...rule.grace, until: { kind: "next_month_day", month: 2, day: 30 } },
      credits: rule.credits && {
        ...rule.credits,
        minimums: [
          {
            key: "too-many",
            label: "Too many",
            minimum: 30,
            pool: { kind: "categories", categories: ["informatics"] },
            ...prov("verified", ["abii-maintaining"]),
          },
        ],
      },
    }));
    const found = upkeepProblems(broken).map((p) => p.message);
    expect(found).toContain('Upkeep rule "abii-upkeep" grace is not a valid relative date.');
    expect(found).toContain(
      'Upkeep rule "abii-upkeep" minimums add up to 30, more than the total 24.',
    );
  });

  it("reports a waiver that would lower minimums, which the engine does not support", () => {
    const broken = withRule("ardms-upkeep", (rule) => ({
      ...rule,
      credits: rule.credits && {
        ...rule.credits,
        waivers: rule.credits.waivers.map((w) => ({ ...w, reducesMinimums: true })),
      },
    }));
    expect(upkeepProblems(broken).map((p) => p.code)).toContain("unsupported-upkeep-rule");
  });

  it("reports a category outside the vocabulary", () => {
    const broken = withRule("cci-upkeep", (rule) => ({
      ...rule,
      credits: rule.credits && {
        ...rule.credits,
        caps: rule.credits.caps.map((cap) => ({
          ...cap,
          pool: { kind: "other_categories", categories: ["cardiology" as CeCategory] },
        })),
      },
    }));
    expect(upkeepProblems(broken)).toContainEqual({
      code: "unknown-category",
      message: 'Upkeep rule "cci-upkeep" cap "any-topic" names unknown CE category "cardiology".',
    });
  });
});
