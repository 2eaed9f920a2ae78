import { describe, expect, it } from "vitest";

import { c8CiipOneShort, CASE_TODAY, craCandidate, pacsAnalyst } from "./fixtures";
import { craPointTable } from "@/lib/catalog/eligibility-routes";
import { ciipPoints, craPoints } from "./points";
import type { PointsResult } from "./points";
import type { EligibilityProfile } from "./types";

function category(result: PointsResult, key: string) {
  const found = result.categories.find((c) => c.key === key);
  if (!found) throw new Error(`no category ${key}`);
  return found;
}

const person = (partial: Omit<EligibilityProfile, "today">): EligibilityProfile => ({
  today: CASE_TODAY,
  credentials: [],
  informaticsCe: [],
  ...partial,
});

describe("ABII CIIP", () => {
  it("C8: 6 of 7 (experience 3, education 2, CE 1), not eligible, with the ways to the last point", () => {
    const result = ciipPoints(c8CiipOneShort);
    expect(result.points).toBe(6);
    expect(result.pointsNeeded).toBe(7);
    expect(result.certainPoints).toBe(5);
    expect(category(result, "experience")).toMatchObject({
      points: 3,
      min: 2,
      max: 5,
      minimumMet: true,
    });
    expect(category(result, "education")).toMatchObject({ points: 2, max: 5 });
    expect(category(result, "certifications-ce")).toMatchObject({
      points: 1,
      uncertainPoints: 1,
      max: 4,
    });
    expect(result.everyMinimumMet).toBe(true);
    expect(result.verdict).toBe("not_yet");

    const texts = result.waysToClose.map((w) => w.text);
    expect(texts).toContain(
      "16 more CE hours (36 h in total gives 2 points), if all of them fall inside ABII's look-back window, which is not recorded",
    );
    expect(texts).toContain(
      "12 more months as a credentialed imaging or IT professional (4 experience points)",
    );
    const experience = result.waysToClose.find((w) => w.category === "experience")!;
    expect(experience).toMatchObject({
      addsPoints: 1,
      months: 12,
      monthsIsEstimate: false,
      requirementSlug: "exp-imaging-professional-2-years",
      unverified: false,
    });
    const certification = result.waysToClose.find((w) => w.months === null)!;
    expect(certification.unverified).toBe(true);
    expect(certification.text).toContain("not recorded");
    // Fastest first; the certification option has no estimate and comes last.
    expect(result.waysToClose.at(-1)).toBe(certification);
    // The held RDMS might already earn points: shown as something to ask, not counted.
    expect(result.unknowns.map((u) => u.text).join(" ")).toContain("Ask ABII");
  });

  it("PACS analyst with a bachelor's (120+ credits) and 4 years in healthcare IT: eligible at 8", () => {
    const result = ciipPoints(pacsAnalyst);
    expect(category(result, "experience")).toMatchObject({ points: 4, minimumMet: true });
    expect(category(result, "education").points).toBe(4);
    expect(result.points).toBe(8);
    expect(result.certainPoints).toBe(8);
    expect(result.everyMinimumMet).toBe(true);
    expect(result.verdict).toBe("eligible");
    expect(result.waysToClose).toEqual([]);
  });

  it("is not eligible below the experience minimum, whatever the total", () => {
    const result = ciipPoints(
      person({
        education: { highestDegree: "master", semesterCredits: 150 },
        experience: { imagingProfessionalMonths: 18 },
        informaticsCe: [{ amount: 40, on: "2026-01-10" }],
      }),
    );
    expect(result.points).toBe(8);
    expect(category(result, "experience")).toMatchObject({ points: 1, minimumMet: false });
    expect(result.everyMinimumMet).toBe(false);
    expect(result.verdict).toBe("not_yet");
    expect(result.waysToClose[0]).toMatchObject({
      category: "experience",
      months: 6,
      addsPoints: 1,
    });
  });

  it("caps experience at 5 and education at 5, bonus included", () => {
    const result = ciipPoints(
      person({
        education: { highestDegree: "master", degreeField: "imaging-informatics" },
        experience: { imagingProfessionalMonths: 120 },
      }),
    );
    expect(category(result, "experience").points).toBe(5);
    expect(category(result, "education").points).toBe(5);
    expect(result.verdict).toBe("eligible");
  });

  it("gives the informatics bonus below the cap", () => {
    const result = ciipPoints(
      person({
        education: {
          highestDegree: "bachelor",
          degreeField: "imaging-informatics",
          semesterCredits: 120,
        },
        experience: { imagingProfessionalMonths: 24 },
      }),
    );
    expect(category(result, "education").points).toBe(5);
    expect(result.points).toBe(7);
    expect(result.verdict).toBe("eligible");
  });

  it("counts 30+ credits without a degree as one point", () => {
    const result = ciipPoints(
      person({
        education: { highestDegree: "none", semesterCredits: 40 },
        experience: { imagingProfessionalMonths: 60 },
      }),
    );
    expect(category(result, "education").points).toBe(1);
    expect(result.points).toBe(6);
  });

  it("can't tell when a total of 7 needs CE, whose look-back window is not recorded", () => {
    const result = ciipPoints(
      person({
        education: { highestDegree: "associate", semesterCredits: 60 },
        experience: { imagingProfessionalMonths: 36 },
        informaticsCe: [{ amount: 36, on: "2026-02-01" }],
      }),
    );
    expect(result.points).toBe(7);
    expect(result.certainPoints).toBe(5);
    expect(result.verdict).toBe("cant_tell");
  });

  it("can't tell when unknown credits could add the missing point", () => {
    const result = ciipPoints(
      person({
        education: { highestDegree: "associate" },
        experience: { imagingProfessionalMonths: 48 },
      }),
    );
    expect(category(result, "education").points).toBe(2);
    expect(result.verdict).toBe("cant_tell");
    expect(result.unknowns[0]).toMatchObject({ field: "education.semesterCredits" });
  });

  it("can't tell without experience or education answers", () => {
    const result = ciipPoints({ today: CASE_TODAY });
    expect(result.verdict).toBe("cant_tell");
    expect(result.everyMinimumMet).toBeNull();
    expect(result.unknowns.map((u) => u.kind === "profile" && u.field)).toEqual(
      expect.arrayContaining(["experience.imagingProfessionalMonths", "education.highestDegree"]),
    );
  });
});

describe("AHRA CRA", () => {
  it("stays can't tell for a strong candidate, and says why", () => {
    const result = craPoints(craCandidate);
    expect(category(result, "experience")).toMatchObject({ points: 5, max: 6 });
    expect(category(result, "education")).toMatchObject({
      points: 2,
      uncertainPoints: 2,
      confidence: "unverified",
    });
    expect(category(result, "credentials")).toMatchObject({ points: 1, confidence: "unverified" });
    expect(result.points).toBe(8);
    expect(result.certainPoints).toBe(5);
    expect(result.verdict).toBe("cant_tell");
    expect(result.summary).toContain("placeholder");
    expect(result.unknowns.map((u) => u.text).join(" ")).toContain(
      "point values for education and credentials are not recorded",
    );
  });

  it("counts only years responsible for all five domains, up to six", () => {
    const partial = craPoints(
      person({
        education: { highestDegree: "bachelor" },
        experience: { leadership: { years: 4, allFiveCraDomains: false } },
      }),
    );
    expect(category(partial, "experience").points).toBe(0);
    const long = craPoints(
      person({
        education: { highestDegree: "none" },
        experience: { leadership: { years: 9, allFiveCraDomains: true } },
      }),
    );
    expect(category(long, "experience").points).toBe(6);
    expect(long.verdict).toBe("cant_tell");
  });

  it("decides by the same arithmetic once AHRA's table is confirmed (a fixture table)", () => {
    const confirmed = {
      ...craPointTable,
      education: { ...craPointTable.education, confidence: "verified" as const },
      credentials: { ...craPointTable.credentials, confidence: "verified" as const },
    };
    expect(craPoints(craCandidate, confirmed).verdict).toBe("eligible");
    const short = craPoints(
      person({
        education: { highestDegree: "associate" },
        experience: { leadership: { years: 2, allFiveCraDomains: true } },
      }),
      confirmed,
    );
    expect(short.points).toBe(3);
    expect(short.verdict).toBe("not_yet");
    expect(short.waysToClose[0]).toMatchObject({ months: 48, unverified: false });
  });

  it("asks about the five domains when leadership years are given without them", () => {
    const result = craPoints(
      person({
        education: { highestDegree: "bachelor" },
        experience: { leadership: { years: 3 } },
      }),
    );
    expect(result.unknowns[0]?.text).toContain("all five CRA domains");
    expect(result.waysToClose[0]).toMatchObject({
      category: "experience",
      requirementSlug: "exp-imaging-administrator",
      unverified: true,
    });
  });
});
