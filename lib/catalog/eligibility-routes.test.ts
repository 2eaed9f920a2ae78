import { describe, expect, it } from "vitest";

import { catalog, eligibilityRoutesFor, getSource } from "@/lib/catalog";
import type { Catalog, EligibilityData, EligibilityRouteRule } from "@/lib/catalog/types";
import { checkCatalog, requirementsWithoutEligibility } from "./checks";
import { ROUTES_CHECKED_ON } from "./eligibility-routes";

const data = catalog.eligibility!;

function withRoutes(routes: EligibilityRouteRule[]): Catalog {
  const eligibility: EligibilityData = { ...data, routes: [...data.routes, ...routes] };
  return { ...catalog, eligibility };
}

function fixtureRoute(extra: Partial<EligibilityRouteRule> = {}): EligibilityRouteRule {
  return {
    id: "fixture-route",
    name: "Fixture",
    issuer: "cci",
    target: "cci-rcs",
    summary: "A fixture.",
    conditions: [],
    documents: [],
    confidence: "verified",
    sources: ["cci-rcs"],
    checkedOn: ROUTES_CHECKED_ON,
    ...extra,
  };
}

const codes = (c: Catalog) => checkCatalog(c).map((p) => p.code);

describe("eligibility routes in the real catalog", () => {
  it("are present, consistent and cover every exam and credential", () => {
    expect(catalog.eligibility).toBeDefined();
    expect(checkCatalog(catalog)).toEqual([]);
    expect(requirementsWithoutEligibility(catalog)).toEqual([]);
  });

  it("carry provenance checked on 2026-11-30, with a note on every unverified route", () => {
    for (const route of data.routes) {
      expect(route.checkedOn, route.id).toBe("2026-11-30");
      for (const source of route.sources) expect(getSource(source), source).toBeDefined();
      if (route.confidence === "unverified") expect(route.note, route.id).toBeTruthy();
    }
  });

  it("gives every ARDMS specialty Prerequisites 1, 2, 3A, 3B, 5 and the out-of-scope 4", () => {
    for (const exam of ["ardms-ab", "ardms-obgyn", "ardms-br", "ardms-ps", "ardms-fe"]) {
      const names = eligibilityRoutesFor(exam).map((r) => r.name);
      expect(names, exam).toEqual([
        "Prerequisite 1",
        "Prerequisite 2",
        "Prerequisite 3A",
        "Prerequisite 3B",
        "Prerequisite 5",
        "Prerequisite 4",
      ]);
    }
    const p4 = eligibilityRoutesFor("ardms-ae").find((r) => r.name === "Prerequisite 4");
    expect(p4?.outOfScope).toContain("APCA");
  });

  it("keeps ARDMS's 1,680 hours as a secondary, configurable constant", () => {
    expect(data.fullTimeYear).toMatchObject({
      months: 12,
      paidHours: 1680,
      confidence: "secondary",
    });
    const p1 = eligibilityRoutesFor("ardms-vt").find((r) => r.name === "Prerequisite 1")!;
    expect(p1.conditions[1]?.condition).toEqual({
      kind: "experience",
      areas: ["vascular"],
      atLeastMonths: 12,
      orPaidHours: 1680,
    });
    expect(p1.conditions[1]?.requirementSlug).toBe("exp-clinical-12-months");
  });

  it("records Prerequisite 2's timing: apply 60 days before graduating, letter valid a year", () => {
    const p2 = eligibilityRoutesFor("ardms-ab").find((r) => r.name === "Prerequisite 2")!;
    expect(p2.conditions[0]?.condition).toMatchObject({
      kind: "program",
      accredited: true,
      areas: ["abdominal"],
      completion: { kind: "ardms-p2", applyDaysBeforeGraduation: 60, letterValidMonths: 12 },
    });
    expect(p2.timing?.map((t) => t.text).join(" ")).toContain("no credential until graduation");
  });

  it("marks Prerequisite 5's experience as an unverified part that may not apply", () => {
    const p5 = eligibilityRoutesFor("ardms-ae").find((r) => r.name === "Prerequisite 5")!;
    const experience = p5.conditions.find((c) => c.condition.kind === "experience");
    expect(experience).toMatchObject({ confidence: "unverified", mayNotApply: true });
  });

  it("has only unverified RCCS routes, and ACS3 without a number of years", () => {
    const rccs = eligibilityRoutesFor("cci-rccs");
    expect(rccs.length).toBeGreaterThan(0);
    for (const route of rccs) expect(route.confidence, route.id).toBe("unverified");
    const acs3 = eligibilityRoutesFor("cci-acs").find((r) => r.name === "ACS3")!;
    expect(
      acs3.conditions.find((c) => c.condition.kind === "registered-echo-years")?.condition,
    ).toEqual({ kind: "registered-echo-years", atLeast: null });
  });

  it("keeps ARRT's closed Sonography postprimary route and both postprimary routes' parts", () => {
    const closed = eligibilityRoutesFor("arrt-s").find((r) => r.closed);
    expect(closed?.closed?.on).toBe("2020-01-01");
    for (const target of ["arrt-vs", "arrt-bs"]) {
      const route = eligibilityRoutesFor(target).find((r) => r.id.endsWith("postprimary"))!;
      const kinds = route.conditions.map((c) => c.condition.kind);
      expect(kinds).toEqual(["credential", "structured-education", "procedure-log"]);
    }
  });

  it("leaves CRA education and credential points as unverified placeholders", () => {
    expect(data.cra.education.confidence).toBe("unverified");
    expect(data.cra.credentials.confidence).toBe("unverified");
    expect(data.cra.experience).toMatchObject({ pointsPerYear: 1, max: 6, confidence: "verified" });
    expect(data.ciip.certificationsAndCe.certificationPoints).toBeNull();
    expect(data.ciip.certificationsAndCe.ceWindowMonths).toBeNull();
  });
});

describe("checkCatalog on broken eligibility routes", () => {
  it("reports an unknown source and an unverified route without a note", () => {
    expect(codes(withRoutes([fixtureRoute({ sources: ["no-such-source"] })]))).toEqual([
      "unknown-source",
    ]);
    expect(
      codes(withRoutes([fixtureRoute({ confidence: "unverified", sources: ["cci-rcs"] })])),
    ).toEqual(["unverified-without-note"]);
  });

  it("reports unknown targets, credentials and milestone slugs", () => {
    const broken = fixtureRoute({
      target: "no-such-exam",
      conditions: [
        {
          condition: { kind: "credential", anyOf: [{ all: ["no-such-credential"] }], label: "x" },
          requirementSlug: "no-such-milestone",
        },
      ],
    });
    expect(codes(withRoutes([broken])).sort()).toEqual([
      "unknown-credential",
      "unknown-requirement",
      "unknown-requirement",
    ]);
  });

  it("reports a duplicated route id and a route that opens a degree", () => {
    const twice = fixtureRoute({ id: "cci-rcs235" });
    expect(codes(withRoutes([twice]))).toEqual(["duplicate-slug"]);
    expect(codes(withRoutes([fixtureRoute({ target: "degree-bachelor" })]))).toEqual([
      "route-target-kind",
    ]);
  });

  it("finds exams left without any route", () => {
    const eligibility: EligibilityData = {
      ...data,
      routes: data.routes.filter((r) => r.target !== "cci-rvs"),
    };
    expect(requirementsWithoutEligibility({ ...catalog, eligibility })).toEqual(["cci-rvs"]);
  });
});
