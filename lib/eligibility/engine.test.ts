import { describe, expect, it } from "vitest";

import { catalog } from "@/lib/catalog";
import {
  createEligibilityEngine,
  eligibilityFor,
  evaluateEligibility,
  nearestRoutes,
  nextApplicationWindow,
} from "./engine";
import {
  c1AccreditedGraduate,
  c2CrossTrainedRadiographer,
  c4SeniorEcho,
  c5RdmsWantingBreast,
  c6EchoCertificate,
  c8CiipOneShort,
  CASE_TODAY,
  craCandidate,
  emptyProfile,
  pacsAnalyst,
  radiographerSevenMonths,
  radiographerTwelveMonths,
  rcsHolder,
  rdmsThreeYears,
} from "./fixtures";
import type { EligibilityAnswer, EligibilityProfile, MissingItem, RouteEvaluation } from "./types";

function route(answer: EligibilityAnswer, name: string): RouteEvaluation {
  const found = answer.routes.find((r) => r.name === name);
  if (!found) throw new Error(`${answer.target} has no route "${name}"`);
  return found;
}

function only<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0]!;
}

function experienceItem(item: MissingItem | undefined) {
  if (item?.kind !== "experience") throw new Error(`expected experience, got ${item?.kind}`);
  return item;
}

const ARDMS_SPECIALTIES = [
  "ardms-ab",
  "ardms-obgyn",
  "ardms-br",
  "ardms-ps",
  "ardms-fe",
  "ardms-ae",
  "ardms-pe",
  "ardms-vt",
];

/** A person with only an allied-health associate, no sonography program, and these credentials. */
function crossCredentialed(
  credentials: EligibilityProfile["credentials"],
  clinical: NonNullable<EligibilityProfile["experience"]>["clinical"] = {},
): EligibilityProfile {
  return {
    today: CASE_TODAY,
    education: { programs: [], alliedHealthTwoYear: false, highestDegree: "none" },
    experience: { clinical },
    credentials,
  };
}

describe("C1: accredited DMS graduate (AB, OB/GYN, graduated 2026-05-15, no job yet)", () => {
  const engine = createEligibilityEngine(c1AccreditedGraduate);

  it("is eligible for AB and OB/GYN through Prerequisite 2, with the program letter", () => {
    for (const exam of ["ardms-ab", "ardms-obgyn"]) {
      const answer = engine.answer(exam);
      expect(answer.outcome, exam).toBe("eligible");
      const p2 = only(answer.eligibleVia);
      expect(p2.routeId).toBe(`ardms-p2:${exam}`);
      expect(p2.documents.map((d) => d.text).join(" ")).toContain("valid for one year");
    }
    expect(engine.answer("ardms-spi").outcome).toBe("eligible");
    expect(engine.answer("ardms-rdms").outcome).toBe("eligible");
  });

  it("does not open VT or BR through Prerequisite 2: those areas are not the program's", () => {
    for (const exam of ["ardms-vt", "ardms-br"]) {
      expect(route(engine.answer(exam), "Prerequisite 2").status, exam).toBe("blocked");
    }
  });

  it("is not yet eligible for VT: Prerequisite 1 after 12 months (1,680 paid hours) of vascular work", () => {
    const vt = engine.answer("ardms-vt");
    expect(vt.outcome).toBe("not_yet");
    const p1 = only(vt.nearest);
    expect(p1.name).toBe("Prerequisite 1");
    const item = experienceItem(only(p1.missing));
    expect(item).toMatchObject({
      areas: ["vascular"],
      moreMonths: 12,
      morePaidHours: 1680,
      requirementSlug: "exp-clinical-12-months",
    });
    expect(item.text).toBe("12 more months (1,680 paid hours) of full-time vascular work");
    // A DMS associate counting as the allied-health program is an unverified reading, shown.
    expect(vt.unknowns.map((u) => u.kind)).toContain("unverified-rule");
    expect(vt.unknowns[0]?.text).toContain("allied-health");
  });

  it("is not yet eligible for RVS or RCS through the 235 pathways", () => {
    for (const credential of ["cci-rvs", "cci-rcs"]) {
      const answer = engine.answer(credential);
      expect(answer.outcome, credential).toBe("not_yet");
      expect(answer.nearest[0]?.name).toMatch(/235$/);
    }
  });

  it("can't tell for ARRT Sonography until we know the program is ARRT-approved", () => {
    const s = engine.answer("arrt-s");
    expect(s.outcome).toBe("cant_tell");
    expect(s.unknowns[0]).toMatchObject({ kind: "profile", field: "education.programs" });
    expect(s.unknowns[0]?.text).toContain("ARRT-approved");
  });

  it("becomes eligible for ARRT Sonography once the program is ARRT-approved", () => {
    const approved: EligibilityProfile = {
      ...c1AccreditedGraduate,
      education: {
        ...c1AccreditedGraduate.education,
        programs: [
          { ...c1AccreditedGraduate.education!.programs![0]!, arrtApprovedFor: ["sonography"] },
        ],
      },
    };
    expect(eligibilityFor("arrt-s", approved).outcome).toBe("eligible");
  });
});

describe("Prerequisite 2 timing", () => {
  const student = (graduationDate: string): EligibilityProfile => ({
    ...c1AccreditedGraduate,
    education: {
      ...c1AccreditedGraduate.education,
      programs: [
        {
          status: "enrolled",
          graduationDate,
          accredited: true,
          areas: ["abdominal"],
          award: "associate",
        },
      ],
    },
  });

  it("lets a student apply within 60 days of graduating, with no credential until it is recorded", () => {
    const ab = eligibilityFor("ardms-ab", student("2027-01-15"));
    expect(ab.outcome).toBe("eligible");
    expect(only(ab.eligibleVia).met[0]?.text).toContain("no credential is awarded until");
  });

  it("tells an earlier student the date the route opens", () => {
    const ab = eligibilityFor("ardms-ab", student("2027-03-01"));
    expect(ab.outcome).toBe("not_yet");
    const item = only(only(ab.nearest).missing);
    expect(item).toMatchObject({ kind: "graduation", opensOn: "2026-12-31" });
  });

  it("can't tell once the program letter is more than a year old", () => {
    const old: EligibilityProfile = {
      ...c1AccreditedGraduate,
      education: {
        ...c1AccreditedGraduate.education,
        programs: [
          { ...c1AccreditedGraduate.education!.programs![0]!, graduationDate: "2025-06-01" },
        ],
      },
    };
    const ab = eligibilityFor("ardms-ab", old);
    expect(ab.outcome).toBe("cant_tell");
    expect(ab.unknowns.map((u) => u.text).join(" ")).toContain("program letter");
  });
});

describe("C2: radiographer with 8 months (1,120 h) of general ultrasound", () => {
  const engine = createEligibilityEngine(c2CrossTrainedRadiographer);

  it("needs 560 paid hours (4 months) more for AB through Prerequisite 1", () => {
    const ab = engine.answer("ardms-ab");
    expect(ab.outcome).toBe("not_yet");
    const item = experienceItem(only(only(ab.nearest).missing));
    expect(item.morePaidHours).toBe(560);
    expect(item.moreMonths).toBe(4);
    expect(ab.summary).toBe(
      "Not yet: via Prerequisite 1, 4 more months (560 paid hours) of full-time general ultrasound work.",
    );
  });

  it("gets no Prerequisite 5 from R.T.(R), which is not a listed credential", () => {
    const p5 = route(engine.answer("ardms-ab"), "Prerequisite 5");
    expect(p5.status).not.toBe("met");
    expect(p5.met).toEqual([]);
  });

  it("has no route to ARRT Sonography: the postprimary pathway closed in 2020", () => {
    const s = engine.answer("arrt-s");
    expect(s.outcome).toBe("no_route");
    const closed = s.routes.find((r) => r.routeId === "arrt-s-postprimary");
    expect(closed?.blockers[0]).toMatchObject({ kind: "closed" });
  });

  it("is not yet eligible for VS postprimary: structured education and the procedure log (counts unknown)", () => {
    const vs = engine.answer("arrt-vs");
    expect(vs.outcome).toBe("not_yet");
    const postprimary = only(vs.nearest);
    expect(postprimary.met[0]?.text).toContain("Radiography");
    const [education, log] = postprimary.missing;
    expect(education).toMatchObject({
      kind: "structured-education",
      moreHours: 16,
      categoriesMissing: null,
      requirementSlug: "arrt-postprimary-education",
    });
    expect(log).toMatchObject({
      kind: "procedure-log",
      countsKnown: false,
      requirementSlug: "exp-ardms-postprimary-log",
    });
  });
});

describe("C4: senior echo sonographer (RDCS since 2015, 11 years registered)", () => {
  const engine = createEligibilityEngine(c4SeniorEcho);

  it("is eligible for ACS through ACS2, with the next application window", () => {
    const acs = engine.answer("cci-acs");
    expect(acs.outcome).toBe("eligible");
    const acs2 = only(acs.eligibleVia);
    expect(acs2.name).toBe("ACS2");
    expect(acs2.nextWindow).toEqual({ applyBy: "2026-12-31", sitting: "February 2027" });
    expect(acs2.documents.map((d) => d.text).join(" ")).toContain("wallet card");
  });

  it("already holds AE, RDCS and (through RDCS) SPI", () => {
    expect(engine.answer("ardms-ae").outcome).toBe("already_held");
    expect(engine.answer("ardms-rdcs").outcome).toBe("already_held");
    const spi = engine.answer("ardms-spi");
    expect(spi.outcome).toBe("already_held");
    expect(spi.held?.via).toBe("implied");
  });
});

describe("C5: RDMS (AB, OB/GYN) wanting breast", () => {
  const engine = createEligibilityEngine(c5RdmsWantingBreast);

  it("is not yet eligible for ARRT BS: structured education in each category and the log", () => {
    const bs = engine.answer("arrt-bs");
    expect(bs.outcome).toBe("not_yet");
    const postprimary = only(bs.nearest);
    expect(postprimary.met[0]?.text).toContain("RDMS");
    expect(postprimary.missing.map((m) => m.kind)).toEqual([
      "structured-education",
      "procedure-log",
    ]);
    expect(postprimary.missing[0]).toMatchObject({
      moreHours: 16,
      categoriesMissing: ["Patient Care", "Image Production", "Procedures"],
      unverified: true,
    });
    expect(postprimary.documents.map((d) => d.text).join(" ")).toContain("ethics review");
  });

  it("can't tell for the BR specialty, and says adding a specialty has no five-year limit", () => {
    const br = engine.answer("ardms-br");
    expect(br.outcome).toBe("cant_tell");
    expect(br.notes.join(" ")).toContain("no five-year limit");
  });

  it("counts only structured education from the last 24 months", () => {
    const old: EligibilityProfile = {
      ...c5RdmsWantingBreast,
      arrtStructuredEducation: [
        {
          discipline: "breast-sonography",
          hours: 16,
          completedOn: "2024-06-01",
          category: "Procedures",
        },
      ],
    };
    const item = only(eligibilityFor("arrt-bs", old).nearest).missing[0];
    expect(item).toMatchObject({ kind: "structured-education", moreHours: 16 });
  });

  it("never says eligible for BS on our unverified reading of the content categories", () => {
    const done: EligibilityProfile = {
      ...c5RdmsWantingBreast,
      arrtStructuredEducation: ["Patient Care", "Image Production", "Procedures"].map(
        (category) => ({
          discipline: "breast-sonography" as const,
          hours: 6,
          completedOn: "2026-05-01",
          category,
        }),
      ),
      arrtProcedureLogs: [
        { discipline: "breast-sonography", complete: true, firstProcedureOn: "2025-09-01" },
      ],
    };
    const bs = eligibilityFor("arrt-bs", done);
    expect(bs.outcome).toBe("cant_tell");
    expect(bs.unknowns[0]?.text).toContain("content category");
  });
});

describe("C6: non-accredited echo certificate (12 months, 900 hours), high school only", () => {
  const engine = createEligibilityEngine(c6EchoCertificate);

  it("is eligible for RCS through RCS5", () => {
    const rcs = engine.answer("cci-rcs");
    expect(rcs.outcome).toBe("eligible");
    expect(only(rcs.eligibleVia).name).toBe("RCS5");
  });

  it("has no ARDMS education route; the nearest is Prerequisite 5 after passing RCS", () => {
    const ae = engine.answer("ardms-ae");
    for (const name of ["Prerequisite 1", "Prerequisite 2", "Prerequisite 3A", "Prerequisite 3B"]) {
      expect(route(ae, name).status, name).toBe("blocked");
    }
    expect(ae.outcome).toBe("not_yet");
    const p5 = only(ae.nearest);
    expect(p5.name).toBe("Prerequisite 5");
    const credential = only(p5.missing);
    expect(credential).toMatchObject({ kind: "credential", requirementSlug: "cci-rcs" });
    if (credential.kind !== "credential") throw new Error("credential");
    expect(credential.nearest?.answer?.outcome).toBe("eligible");
    // P5's experience requirement is unverified: shown, with what it would ask.
    const p5Experience = ae.unknowns.find((u) => u.kind === "unverified-rule" && u.ifRequired);
    expect(p5Experience?.text).toContain("Prerequisite 5");
    expect(p5Experience && "ifRequired" in p5Experience && p5Experience.ifRequired?.kind).toBe(
      "experience",
    );
  });
});

describe("the brief's scenarios", () => {
  it("radiography graduate with 7 months general sees not_yet for AB, 5 more months via P1", () => {
    const ab = eligibilityFor("ardms-ab", radiographerSevenMonths);
    expect(ab.outcome).toBe("not_yet");
    const p1 = only(ab.nearest);
    expect(p1.routeId).toBe("ardms-p1:ardms-ab");
    const item = experienceItem(only(p1.missing));
    expect(item.text).toBe("5 more months (700 paid hours) of full-time general ultrasound work");
    expect(item.requirementSlug).toBe("exp-clinical-12-months");
    expect(ab.summary).toContain("5 more months");
  });

  it("with 12 months recorded, the same graduate is eligible via P1", () => {
    const ab = eligibilityFor("ardms-ab", radiographerTwelveMonths);
    expect(ab.outcome).toBe("eligible");
    expect(only(ab.eligibleVia).routeId).toBe("ardms-p1:ardms-ab");
  });

  describe("an RCS holder and the AE exam through Prerequisite 5", () => {
    it("shows P5 as the route, with its unverified experience part: can't tell without experience", () => {
      const ae = eligibilityFor("ardms-ae", crossCredentialed([{ slug: "cci-rcs", active: true }]));
      expect(ae.outcome).toBe("cant_tell");
      const p5 = only(ae.possibleVia);
      expect(p5.name).toBe("Prerequisite 5");
      expect(p5.met[0]?.text).toContain("RCS");
      const unverified = only(p5.unknowns);
      expect(unverified.kind).toBe("unverified-rule");
      expect(unverified.text).toContain(
        "Whether Prerequisite 5 also asks for this is not recorded",
      );
      expect(unverified.kind === "unverified-rule" && unverified.ifRequired).toMatchObject({
        kind: "experience",
        moreMonths: 12,
      });
    });

    it("stays can't tell (never not_yet) with some cardiac experience below 12 months", () => {
      const ae = eligibilityFor(
        "ardms-ae",
        crossCredentialed([{ slug: "cci-rcs", active: true }], { cardiac: { fullTimeMonths: 3 } }),
      );
      expect(ae.outcome).toBe("cant_tell");
      const unverified = only(only(ae.possibleVia).unknowns);
      expect(unverified.kind === "unverified-rule" && unverified.ifRequired).toMatchObject({
        moreMonths: 9,
      });
    });

    it("is eligible via P5 once 12 months of cardiac work meet even the strict reading", () => {
      const ae = eligibilityFor(
        "ardms-ae",
        crossCredentialed([{ slug: "cci-rcs", active: true }], { cardiac: { fullTimeMonths: 12 } }),
      );
      expect(ae.outcome).toBe("eligible");
      const p5 = only(ae.eligibleVia);
      expect(p5.name).toBe("Prerequisite 5");
      expect(p5.confidence).toBe("secondary");
      expect(p5.met.map((m) => m.text).join(" ")).toContain("met whether or not it is required");
    });

    it("asks whether the RCS is active before relying on it", () => {
      const ae = eligibilityFor("ardms-ae", crossCredentialed([{ slug: "cci-rcs" }]));
      expect(ae.outcome).toBe("cant_tell");
      expect(ae.unknowns[0]?.text).toBe("Is your RCS active? This route needs it active.");
    });

    it("the fixture holder with nothing else answered can't tell either", () => {
      expect(eligibilityFor("ardms-ae", rcsHolder).outcome).toBe("cant_tell");
    });
  });

  it("unknown is not no: a profile with no education answers gets cant_tell for P1 exams", () => {
    const engine = createEligibilityEngine({
      today: CASE_TODAY,
      experience: { clinical: { general: { fullTimeMonths: 20 } } },
      credentials: [],
    });
    for (const exam of ARDMS_SPECIALTIES) {
      const answer = engine.answer(exam);
      expect(answer.outcome, exam).toBe("cant_tell");
      expect(answer.unknowns.some((u) => u.kind === "profile")).toBe(true);
    }
    expect(engine.answer("ardms-ab").unknowns[0]).toMatchObject({
      kind: "profile",
      field: "education.alliedHealthTwoYear",
    });
  });

  it("an empty profile gets no no_route anywhere (only closed routes could say no)", () => {
    const report = evaluateEligibility(emptyProfile);
    const noRoute = report.answers.filter((a) => a.outcome === "no_route").map((a) => a.target);
    expect(noRoute).toEqual([]);
  });

  it("answering 'no' to everything does give no_route, with what would open a route", () => {
    const none: EligibilityProfile = {
      today: CASE_TODAY,
      education: {
        programs: [],
        alliedHealthTwoYear: false,
        highestDegree: "none",
        highSchoolOrGed: false,
        healthScienceGraduate: "no",
      },
      experience: { clinical: {}, studies: {} },
      credentials: [],
    };
    const ab = eligibilityFor("ardms-ab", none);
    expect(ab.outcome).toBe("no_route");
    const blockers = ab.routes.flatMap((r) => r.blockers);
    expect(blockers.map((b) => b.requirementSlug)).toEqual(
      expect.arrayContaining(["degree-associate-allied-health", "degree-bachelor"]),
    );
    expect(eligibilityFor("cci-rcs", none).outcome).toBe("no_route");
  });

  it("PACS analyst and CRA candidate", () => {
    expect(eligibilityFor("abii-ciip", pacsAnalyst).outcome).toBe("eligible");
    const cra = eligibilityFor("ahra-cra", craCandidate);
    expect(cra.outcome).toBe("cant_tell");
    expect(cra.unknowns.map((u) => u.text).join(" ")).toContain(
      "point values for education and credentials are not recorded",
    );
  });

  it("C8: CIIP is not yet, one point short", () => {
    const ciip = eligibilityFor("abii-ciip", c8CiipOneShort);
    expect(ciip.outcome).toBe("not_yet");
    const item = only(only(ciip.nearest).missing);
    expect(item).toMatchObject({ kind: "points", morePoints: 1 });
    expect(item.text).toContain("12 more months");
    expect(item.text).toContain("16 more CE hours (36 h in total gives 2 points)");
  });
});

describe("confidence never exceeds the data", () => {
  const fixtures = [
    c1AccreditedGraduate,
    c2CrossTrainedRadiographer,
    c4SeniorEcho,
    c5RdmsWantingBreast,
    c6EchoCertificate,
    c8CiipOneShort,
    radiographerTwelveMonths,
    pacsAnalyst,
    craCandidate,
    rdmsThreeYears,
  ];

  it("eligible rests only on routes that are not unverified and have no unknowns", () => {
    for (const profile of fixtures) {
      for (const answer of evaluateEligibility(profile).answers) {
        if (answer.outcome !== "eligible") continue;
        expect(answer.eligibleVia.length, answer.target).toBeGreaterThan(0);
        for (const via of answer.eligibleVia) {
          expect(via.confidence, via.routeId).not.toBe("unverified");
          expect(via.unknowns, via.routeId).toEqual([]);
          expect(
            via.met.every((m) => m.confidence !== "unverified"),
            via.routeId,
          ).toBe(true);
        }
      }
    }
  });

  it("RCCS is never eligible, even when its assumed conditions are all met", () => {
    const rccs = eligibilityFor("cci-rccs", {
      today: CASE_TODAY,
      education: { healthScienceGraduate: "yes", highSchoolOrGed: true, programs: [] },
      experience: { clinical: { cardiac: { fullTimeMonths: 24 } }, studies: { congenital: 900 } },
      credentials: [],
    });
    expect(rccs.outcome).toBe("cant_tell");
    expect(rccs.unknowns.map((u) => u.kind)).toContain("unverified-rule");
  });

  it("MSKS stays can't tell: its prerequisite was not recorded", () => {
    const msks = eligibilityFor("ardms-msks", radiographerTwelveMonths);
    expect(msks.outcome).toBe("cant_tell");
    expect(msks.unknowns[0]?.text).toContain("MSKS prerequisite");
  });

  it("ACS3's missing number of years keeps ACS at can't tell", () => {
    const acs = eligibilityFor("acs", {
      today: CASE_TODAY,
    });
    expect(acs.outcome).toBe("no_route"); // not in the catalog
    const acs3Only = eligibilityFor("cci-acs", {
      today: CASE_TODAY,
      education: { programs: [], healthScienceGraduate: "yes", highSchoolOrGed: true },
      experience: { registeredEchoYears: 10 },
      credentials: [{ slug: "cci-rcs", active: true }],
    });
    expect(acs3Only.outcome).toBe("cant_tell");
    expect(acs3Only.possibleVia.map((r) => r.name)).toEqual(["ACS3"]);
  });

  it("a biology degree is CCI's call, not ours", () => {
    const rcs = eligibilityFor("cci-rcs", {
      today: CASE_TODAY,
      education: { programs: [], highestDegree: "bachelor", degreeField: "biology" },
      experience: { clinical: { cardiac: { fullTimeMonths: 14 } }, studies: { cardiac: 700 } },
      credentials: [],
    });
    expect(rcs.outcome).toBe("cant_tell");
    expect(rcs.unknowns.map((u) => u.kind)).toContain("body-determination");
  });
});

describe("experience arithmetic and areas", () => {
  const withClinical = (
    clinical: NonNullable<EligibilityProfile["experience"]>["clinical"],
  ): EligibilityProfile => ({ ...radiographerSevenMonths, experience: { clinical } });

  it("counts paid hours on their own", () => {
    const ab = eligibilityFor("ardms-ab", withClinical({ general: { paidHours: 1000 } }));
    const item = experienceItem(only(only(ab.nearest).missing));
    expect(item.morePaidHours).toBe(680);
    expect(item.text).toBe("5 more months (680 paid hours) of full-time general ultrasound work");
    expect(eligibilityFor("ardms-ab", withClinical({ general: { paidHours: 1680 } })).outcome).toBe(
      "eligible",
    );
  });

  it("asks about work with no area stated when it could close the gap", () => {
    const ab = eligibilityFor(
      "ardms-ab",
      withClinical({ general: { fullTimeMonths: 7 }, unspecified: { fullTimeMonths: 6 } }),
    );
    expect(ab.outcome).toBe("cant_tell");
    expect(ab.unknowns[0]?.text).toContain("no area stated");
  });

  it("does not count general work toward the vascular specialty", () => {
    const vt = eligibilityFor("ardms-vt", withClinical({ general: { fullTimeMonths: 40 } }));
    expect(vt.outcome).toBe("not_yet");
    expect(experienceItem(vt.nearest[0]?.missing[0]).moreMonths).toBe(12);
  });

  it("does not turn paid hours into CCI's full-time months, whose conversion is not recorded", () => {
    const rcs = eligibilityFor("cci-rcs", {
      today: CASE_TODAY,
      education: { programs: [], healthScienceGraduate: "yes", highSchoolOrGed: true },
      experience: { clinical: { cardiac: { paidHours: 2000 } }, studies: { cardiac: 650 } },
      credentials: [],
    });
    expect(rcs.outcome).toBe("cant_tell");
    expect(rcs.unknowns[0]?.text).toContain("converts hours into full-time months");
  });

  it("an answered area with no amount is unknown, not zero", () => {
    const ab = eligibilityFor("ardms-ab", withClinical({ general: {} }));
    expect(ab.outcome).toBe("cant_tell");
  });
});

describe("nearest route", () => {
  it("prefers the route with fewest missing items: P1 over P5's chain of credentials", () => {
    const ab = eligibilityFor("ardms-ab", radiographerSevenMonths);
    const p5 = route(ab, "Prerequisite 5");
    expect(p5.status).toBe("missing");
    expect(p5.missingCount).toBeGreaterThan(1);
    expect(only(ab.nearest).name).toBe("Prerequisite 1");
  });

  it("lists both routes when they tie (P1 and P3A for a bachelor's with an allied program)", () => {
    const ab = eligibilityFor("ardms-ab", {
      ...radiographerSevenMonths,
      education: { ...radiographerSevenMonths.education, highestDegree: "bachelor" },
    });
    expect(ab.nearest.map((r) => r.name)).toEqual(["Prerequisite 1", "Prerequisite 3A"]);
  });

  it("breaks ties on time, then on known cost", () => {
    const base: RouteEvaluation = {
      routeId: "a",
      name: "A",
      issuer: "cci",
      target: "cci-rcs",
      status: "missing",
      confidence: "verified",
      met: [],
      missing: [],
      unknowns: [],
      blockers: [],
      documents: [],
      timing: [],
      fees: [],
      missingCount: 1,
      monthsToClose: 6,
      knownCostUsd: 365,
      costComplete: true,
    };
    const slower = { ...base, routeId: "b", monthsToClose: 9 };
    const dearer = { ...base, routeId: "c", knownCostUsd: 500 };
    const twice = { ...base, routeId: "d", missingCount: 2, monthsToClose: 1 };
    expect(nearestRoutes([slower, dearer, twice, base]).map((r) => r.routeId)).toEqual(["a"]);
    expect(nearestRoutes([base, { ...base, routeId: "e" }]).map((r) => r.routeId)).toEqual([
      "a",
      "e",
    ]);
  });
});

describe("held credentials", () => {
  it("says 'already held' rather than judging eligibility to sit again", () => {
    const rdms = eligibilityFor("ardms-rdms", rdmsThreeYears);
    expect(rdms.outcome).toBe("already_held");
    expect(rdms.summary).toBe("You hold RDMS (earned 2023-09-01).");
    expect(rdms.routes).toEqual([]);
  });

  it("answers an inactive credential as not held, and says so", () => {
    const lapsed: EligibilityProfile = {
      ...c6EchoCertificate,
      credentials: [{ slug: "cci-rcs", earnedOn: "2018-01-01", active: false }],
    };
    const rcs = eligibilityFor("cci-rcs", lapsed);
    expect(rcs.outcome).toBe("eligible");
    expect(rcs.notes.join(" ")).toContain("not active");
  });

  it("notes the physician route is outside the planner", () => {
    const ab = eligibilityFor("ardms-ab", {
      ...radiographerTwelveMonths,
      education: { ...radiographerTwelveMonths.education, physician: true },
    });
    expect(ab.notes).toContain(
      "Physicians apply through APCA (Prerequisite 4), which this planner does not cover.",
    );
    expect(ab.routes.map((r) => r.name)).not.toContain("Prerequisite 4");
  });
});

describe("the report", () => {
  it("answers every exam and credential in the catalog except retired ones", () => {
    const report = evaluateEligibility(rdmsThreeYears);
    const expected = catalog.requirements
      .filter((r) => !r.retired && (r.kind === "exam" || r.kind === "credential"))
      .map((r) => r.slug);
    expect(report.answers.map((a) => a.target)).toEqual(expected);
    expect(report.answers.map((a) => a.target)).not.toContain("ardms-ne");
    expect(report.today).toBe(CASE_TODAY);
  });

  it("builds ARDMS credentials from their exams", () => {
    const rdms = eligibilityFor("ardms-rdms", c1AccreditedGraduate);
    expect(rdms.outcome).toBe("eligible");
    expect(rdms.parts?.map((p) => p.target)).toEqual(["ardms-spi", "ardms-ab", "ardms-obgyn"]);
  });

  it("gives the same answers however often it is asked (memoised, no clock)", () => {
    const engine = createEligibilityEngine(c2CrossTrainedRadiographer);
    const first = JSON.stringify(engine.answers());
    expect(JSON.stringify(engine.answers())).toBe(first);
    expect(JSON.stringify(createEligibilityEngine(c2CrossTrainedRadiographer).answers())).toBe(
      first,
    );
  });
});

describe("nextApplicationWindow", () => {
  const windows = [
    { receivedFrom: "07-01", receivedTo: "12-31", sittingMonth: "February" },
    { receivedFrom: "02-01", receivedTo: "06-30", sittingMonth: "August" },
  ];

  it("finds the window open today, or the next one", () => {
    expect(nextApplicationWindow(windows, "2026-03-10")).toEqual({
      applyBy: "2026-06-30",
      sitting: "August 2026",
    });
    expect(nextApplicationWindow(windows, "2026-07-01")).toEqual({
      applyBy: "2026-12-31",
      sitting: "February 2027",
    });
    // January falls between windows: the next one closes on 30 June.
    expect(nextApplicationWindow(windows, "2027-01-15")).toEqual({
      applyBy: "2027-06-30",
      sitting: "August 2027",
    });
  });
});
