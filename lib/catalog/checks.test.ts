import { describe, expect, it } from "vitest";

import { catalog, getPath, getRequirement, getSource, pathsUsingRequirement } from "@/lib/catalog";
import type {
  Catalog,
  CatalogPath,
  CatalogRequirement,
  RequirementNode,
} from "@/lib/catalog/types";
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
