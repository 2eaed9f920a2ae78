import { describe, expect, it } from "vitest";
import type { Provenance, UpkeepBody, UpkeepRule } from "./types";
import {
  CE_CATEGORIES,
  CE_CATEGORY_LABELS,
  CRA_DOMAINS,
  UPKEEP_CHECKED_ON,
  upkeepRuleFor,
  upkeepRules,
} from "./upkeep";

function rule(body: UpkeepBody): UpkeepRule {
  const found = upkeepRuleFor(body);
  if (!found) throw new Error(`no upkeep rule for ${body}`);
  return found;
}

/** Every provenance-carrying object in a rule, with where it sits. */
function facts(r: UpkeepRule): [string, Provenance][] {
  const out: [string, Provenance][] = [
    ["rule", r],
    ["cycle", r.cycle],
  ];
  if (r.firstPeriod) out.push(["firstPeriod", r.firstPeriod]);
  if (r.credits) {
    out.push(["credits", r.credits]);
    r.credits.alternatives.forEach((a) => out.push(["alternative", a]));
    r.credits.minimums.forEach((m) => out.push([`minimum ${m.key}`, m]));
    r.credits.caps.forEach((c) => out.push([`cap ${c.key}`, c]));
    r.credits.waivers.forEach((w) => out.push([`waiver ${w.key}`, w]));
    r.credits.grants.forEach((g) => out.push([`grant ${g.key}`, g]));
  }
  if (r.fee) {
    out.push(["fee", r.fee]);
    r.fee.lateWindows.forEach((w) => out.push(["late window", w]));
  }
  if (r.grace) out.push(["grace", r.grace]);
  if (r.uploadBy) out.push(["upload", r.uploadBy]);
  if (r.makeUp) out.push(["makeUp", r.makeUp]);
  if (r.auditReinstatement) out.push(["audit", r.auditReinstatement]);
  r.longCycle.forEach((l) => out.push([`long ${l.key}`, l]));
  r.details.forEach((d, i) => out.push([`detail ${i}`, d]));
  return out;
}

describe("upkeep rules: provenance", () => {
  it("dates every fact to the 2026-11-30 research pass", () => {
    for (const r of upkeepRules) {
      for (const [where, p] of facts(r)) {
        expect(p.checkedOn, `${r.slug} ${where}`).toBe(UPKEEP_CHECKED_ON);
        expect(p.sources.length, `${r.slug} ${where}`).toBeGreaterThan(0);
      }
    }
  });

  it("marks every open-question reading as assumed, unconfirmed", () => {
    const notes = upkeepRules.flatMap((r) => facts(r).map(([, p]) => p.note ?? ""));
    const assumed = notes.filter((n) => n.includes("assumed, unconfirmed"));
    // Non-stacking waivers, MSK minimum with a waiver, vascular as cardiovascular, CCI window start,
    // ARRT first biennium, ABII 1 January, CRA start, PARCA anchor, among others.
    expect(assumed.length).toBeGreaterThanOrEqual(10);
  });
});

describe("upkeep rules: ARDMS", () => {
  const ardms = rule("ardms");

  it("requires 30 CME (verified), with 25 shown as a secondary, unconfirmed alternative", () => {
    expect(ardms.credits?.total).toBe(30);
    expect(ardms.credits?.confidence).toBe("verified");
    expect(ardms.credits?.alternatives).toHaveLength(1);
    expect(ardms.credits?.alternatives[0]).toMatchObject({
      total: 25,
      confidence: "secondary",
      label: "25 if ARDMS's reported 2026 change applies: unconfirmed",
    });
  });

  it("keeps 10 MSK for RMSKS holders and waives 15 without stacking or lowering minimums", () => {
    expect(ardms.credits?.minimums).toEqual([
      expect.objectContaining({ minimum: 10, whenHolding: ["ardms-rmsks"] }),
    ]);
    expect(ardms.credits?.waivers[0]).toMatchObject({
      amount: 15,
      stacks: false,
      reducesMinimums: false,
    });
    expect(ardms.credits?.waivers[0]?.exams).not.toContain("ardms-spi");
  });

  it("charges $95 by 31 December with the $150 and $300 windows after it", () => {
    expect(ardms.fee).toMatchObject({ usd: 95, due: { kind: "yearly", month: 12, day: 31 } });
    expect(ardms.fee?.lateWindows.map((w) => w.surchargeUsd)).toEqual([150, 300]);
  });

  it("needs 40 to reinstate after an audit where 30 were required", () => {
    expect(ardms.auditReinstatement?.table).toContainEqual({ whenRequired: 30, required: 40 });
  });
});

describe("upkeep rules: CCI, ARRT, ABII, CRA, PARCA", () => {
  it("CCI: 36 CEUs, at least 30 cardiovascular (vascular included), at most 6 other", () => {
    const cci = rule("cci");
    expect(cci.firstPeriod?.requirementKind).toBe("fee_and_ethics_only");
    expect(cci.credits?.total).toBe(36);
    expect(cci.credits?.minimums[0]).toMatchObject({
      minimum: 30,
      pool: { kind: "categories", categories: ["cardiovascular", "vascular"] },
    });
    expect(cci.credits?.minimums[0]?.note).toContain("assumed, unconfirmed");
    expect(cci.credits?.caps[0]).toMatchObject({ maximum: 6 });
    expect(cci.grace).toMatchObject({
      until: { kind: "days_after", days: 90 },
      surchargeUsd: 50,
      creditsEarnedInGraceCount: false,
    });
    expect(cci.fee?.usd).toBe(165);
  });

  it("ARRT: 24 credits, 16 Sonography for S holders, once per biennium, CQR from 2011", () => {
    const arrt = rule("arrt");
    expect(arrt.credits?.total).toBe(24);
    expect(arrt.credits?.minimums[0]).toMatchObject({
      minimum: 16,
      pool: { kind: "arrt_sonography" },
      whenHolding: ["arrt-s"],
      confidence: "verified",
    });
    expect(arrt.credits?.oncePerPeriodByTitleAndProvider).toBe(true);
    expect(arrt.longCycle[0]).toMatchObject({
      everyYears: 10,
      forCredentialsEarnedFrom: "2011-01-01",
      confidence: "unverified",
    });
    expect(arrt.fee).toMatchObject({ usd: 30, due: { kind: "yearly_end_of_birth_month" } });
  });

  it("ABII: 24 CE per biennium from the first full year, $70 by 31 December", () => {
    const abii = rule("abii");
    expect(abii.cycle.pattern).toEqual({ kind: "calendar_years_from_first_full_year", years: 2 });
    expect(abii.credits?.total).toBe(24);
    expect(abii.fee).toMatchObject({ usd: 70, due: { kind: "yearly", month: 12, day: 31 } });
  });

  it("CRA: 36 per three years, 18 per domain, 12 for the exam in the first triennium", () => {
    const cra = rule("ahra");
    expect(cra.credits?.total).toBe(36);
    expect(cra.credits?.caps[0]).toMatchObject({ maximum: 18, pool: { kind: "each_cra_domain" } });
    expect(cra.credits?.grants[0]).toMatchObject({ amount: 12, when: "first_period" });
    expect(cra.cycle.confidence).toBe("unverified");
  });

  it("PARCA: an exam refresh every three years, no CE count", () => {
    const parca = rule("parca");
    expect(parca.requirementKind).toBe("exam_refresh");
    expect(parca.credits).toBeNull();
    expect(parca.cycle.pattern).toEqual({ kind: "anniversary", years: 3 });
  });
});

describe("vocabularies", () => {
  it("labels every CE category once", () => {
    const values = CE_CATEGORIES.map((c) => c.value);
    expect(new Set(values).size).toBe(values.length);
    expect(CE_CATEGORY_LABELS.musculoskeletal).toBe("Musculoskeletal");
    expect(values).toEqual(expect.arrayContaining(["cardiovascular", "vascular", "informatics"]));
  });

  it("lists the five CRA domains", () => {
    expect(CRA_DOMAINS.map((d) => d.value)).toEqual([
      "asset",
      "fiscal",
      "human-resources",
      "operations",
      "communication",
    ]);
  });
});
