import { describe, expect, it } from "vitest";

import { catalog } from "@/lib/catalog";
import { closestPaths, estimateRequirement, milestonesForPath } from "./closest-paths";
import type { PathRanking } from "./closest-paths";
import { c5RdmsWantingBreast, c6EchoCertificate, CASE_TODAY, rdmsThreeYears } from "./fixtures";
import type { EligibilityProfile } from "./types";

function bySlug(rankings: readonly PathRanking[], slug: string): PathRanking {
  const found = rankings.find((r) => r.pathSlug === slug);
  if (!found) throw new Error(`no ranking for ${slug}`);
  return found;
}

const position = (rankings: readonly PathRanking[], slug: string) =>
  rankings.findIndex((r) => r.pathSlug === slug);

describe("closestPaths for an RDMS (AB) holder with three years of experience", () => {
  const rankings = closestPaths(rdmsThreeYears);

  it("ranks every path in the catalog once", () => {
    expect(rankings.map((r) => r.pathSlug).sort()).toEqual(catalog.paths.map((p) => p.slug).sort());
  });

  it("puts vascular technologist and breast sonographer above diagnostic imaging manager", () => {
    const manager = position(rankings, "diagnostic-imaging-manager");
    expect(position(rankings, "vascular-technologist")).toBeLessThan(manager);
    expect(position(rankings, "breast-sonographer")).toBeLessThan(manager);
  });

  it("explains each with a reason from the person's own nearest route", () => {
    const vascular = bySlug(rankings, "vascular-technologist");
    expect(vascular.reason).toBe(
      "You hold RDMS; the VT exam via Prerequisite 1 after 12 more months (1,680 paid hours) of full-time vascular work.",
    );
    expect(vascular.remainingMonths).toBe(15); // 12 months of vascular work, then the VT exam (3)
    const breast = bySlug(rankings, "breast-sonographer");
    expect(breast.reason).toBe(
      "You hold RDMS; the BR exam via Prerequisite 1 after 12 more months (1,680 paid hours) of full-time breast ultrasound work.",
    );
    const manager = bySlug(rankings, "diagnostic-imaging-manager");
    expect(manager.remainingMonths).toBeGreaterThan(vascular.remainingMonths!);
    expect(manager.reason).toMatch(/^You hold RDMS; /);
  });

  it("puts a path whose time cannot be estimated (MSK: prerequisite not recorded) after the others", () => {
    const msk = bySlug(rankings, "msk-sonographer");
    expect(msk.remainingMonths).toBeNull();
    expect(msk.certain).toBe(false);
    expect(msk.reason).toContain("MSKS prerequisite");
    const known = rankings.filter((r) => r.remainingMonths !== null);
    expect(position(rankings, "msk-sonographer")).toBeGreaterThanOrEqual(known.length);
  });

  it("shows steps that do not set the pace: typical eligibility steps a required credential weighs", () => {
    const vascular = bySlug(rankings, "vascular-technologist");
    const pace = Object.fromEntries(vascular.steps.map((s) => [s.stepKey, s.setsPace]));
    expect(pace).toEqual({
      "vascular-education": false,
      "vascular-eligibility": false,
      "vascular-credential": true,
    });
    // A path with no required step counts its typical steps (the manager's bachelor's).
    const manager = bySlug(rankings, "diagnostic-imaging-manager");
    expect(manager.steps.every((s) => s.setsPace)).toBe(true);
  });
});

describe("closestPaths for C6 (eligible for RCS through RCS5)", () => {
  const rankings = closestPaths(c6EchoCertificate);

  it("ranks echocardiographer first: RCS now, with its known fee", () => {
    const first = rankings[0]!;
    expect(first.pathSlug).toBe("echocardiographer");
    expect(first.remainingMonths).toBe(4);
    expect(first.certain).toBe(true);
    expect(first.remainingCostUsd).toBe(365);
    expect(first.costComplete).toBe(true);
    expect(first.reason).toBe("RCS: eligible now via RCS5.");
  });
});

describe("milestonesForPath", () => {
  it("seeds the vascular path with the nearest route's needs: RVT, VT and the 12 months", () => {
    expect(milestonesForPath(rdmsThreeYears, "vascular-technologist")).toEqual({
      pathSlug: "vascular-technologist",
      requirementSlugs: ["ardms-rvt", "ardms-vt", "exp-clinical-12-months"],
      picks: {
        "vascular-technologist-education": "degree-associate-allied-health",
        "vascular-technologist-eligibility": "exp-clinical-12-months",
        "vascular-technologist-credential": "ardms-rvt",
      },
    });
  });

  it("seeds only RCS for C6's echo path: the education steps are not on its route", () => {
    const seeded = milestonesForPath(c6EchoCertificate, "echocardiographer");
    expect(seeded?.requirementSlugs).toEqual(["cci-rcs"]);
    expect(seeded?.picks["echocardiographer-credential"]).toBe("cci-rcs");
  });

  it("seeds ARRT BS with its structured education and log when BR has no education route", () => {
    const noEducation: EligibilityProfile = {
      ...c5RdmsWantingBreast,
      education: { programs: [], alliedHealthTwoYear: false, highestDegree: "none" },
      experience: { clinical: { general: { fullTimeMonths: 36 } } },
    };
    const seeded = milestonesForPath(noEducation, "breast-sonographer");
    expect(seeded?.requirementSlugs).toEqual([
      "arrt-bs",
      "arrt-postprimary-education",
      "exp-ardms-postprimary-log",
    ]);
    expect(seeded?.picks["breast-sonographer-credential"]).toBe("arrt-bs");
  });

  it("picks the added BR specialty when the person might already qualify for it", () => {
    const seeded = milestonesForPath(c5RdmsWantingBreast, "breast-sonographer");
    expect(seeded?.picks["breast-sonographer-credential"]).toBe("breast-sonographer-rdms-br");
    expect(seeded?.requirementSlugs).toEqual(["ardms-br"]);
  });

  it("is undefined for an unknown path", () => {
    expect(milestonesForPath(rdmsThreeYears, "no-such-path")).toBeUndefined();
  });
});

describe("estimateRequirement", () => {
  it("counts what the profile lacks for experience milestones, and the typical time when unanswered", () => {
    const sevenMonths: EligibilityProfile = {
      today: CASE_TODAY,
      experience: { clinical: { general: { fullTimeMonths: 7 } } },
    };
    const clinical = estimateRequirement(sevenMonths, "exp-clinical-12-months");
    expect(clinical).toMatchObject({ done: false, months: 5, certain: true });
    const unanswered = estimateRequirement({ today: CASE_TODAY }, "exp-sonography-3-years");
    expect(unanswered).toMatchObject({ done: false, months: 36, certain: false });
  });

  it("does not count a sonography bachelor's as a health-administration bachelor's", () => {
    const sonographyBachelor: EligibilityProfile = {
      today: CASE_TODAY,
      education: {
        programs: [
          { status: "graduated", accredited: true, areas: ["abdominal"], award: "bachelor" },
        ],
        highestDegree: "bachelor",
        degreeField: "sonography",
      },
    };
    expect(estimateRequirement(sonographyBachelor, "degree-bachelor").done).toBe(true);
    expect(estimateRequirement(sonographyBachelor, "degree-bachelor-health-admin").done).toBe(
      false,
    );
  });

  it("treats a held credential as done, and a lapsed one as not", () => {
    expect(estimateRequirement(rdmsThreeYears, "ardms-rdms")).toMatchObject({
      done: true,
      months: 0,
    });
    const lapsed: EligibilityProfile = {
      ...rdmsThreeYears,
      credentials: [{ slug: "ardms-rdms", active: false, specialties: ["ardms-ab"] }],
    };
    expect(estimateRequirement(lapsed, "ardms-rdms").done).toBe(false);
  });
});
