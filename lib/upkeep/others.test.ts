import { describe, expect, it } from "vitest";
import { upkeepAgenda } from "./agenda";
import { ce, countedIds, evaluate, held, run } from "./test-utils";

describe("ABII CIIP", () => {
  const CIIP = held("abii-ciip", "2024-05-20");

  it("runs two calendar years from the first full year, requiring 24", () => {
    const abii = evaluate("abii", { today: "2026-11-30", credentials: [CIIP] });
    expect([abii.periodStart, abii.periodEnd]).toEqual(["2025-01-01", "2026-12-31"]);
    expect(abii.required).toBe(2400);
    expect(abii.graceWindow).toEqual({
      start: "2027-01-01",
      end: "2027-03-30",
      surchargeUsd: 20,
      creditsEarnedInGraceCount: false,
    });
  });

  it("is upcoming between certification and its first full year", () => {
    const abii = evaluate("abii", { today: "2024-08-01", credentials: [CIIP] });
    expect(abii.status).toBe("upcoming");
    expect(abii.periodStart).toBe("2025-01-01");
  });

  it("counts informatics, and other topics only with an ABII amount (assumed)", () => {
    const informatics = ce("2025-03-01", "3", { category: "informatics" });
    const general = ce("2025-03-02", "3", { category: "general" });
    const affirmed = ce("2025-03-03", "3", {
      category: "leadership-management",
      creditsByBody: { abii: "2" },
    });
    const abii = evaluate("abii", {
      today: "2026-11-30",
      credentials: [CIIP],
      activities: [informatics, general, affirmed],
    });
    expect(countedIds(abii)).toEqual([informatics.id, affirmed.id]);
    expect(abii.earned).toBe(500);
    expect(abii.excluded).toContainEqual({ activityId: general.id, reason: "not_accepted" });
  });

  it("charges $70 by 31 December, $20 late until 30 March, then discontinues", () => {
    const abii = evaluate("abii", { today: "2026-11-30", credentials: [CIIP] });
    expect(abii.fee).toMatchObject({ usd: 70, dueOn: "2026-12-31" });
    expect(abii.fee?.lateWindows).toEqual([
      expect.objectContaining({ from: "2027-01-01", until: "2027-03-30", surchargeUsd: 20 }),
    ]);
    expect(abii.lapses.map((l) => [l.on, l.cause])).toEqual([
      ["2027-01-01", "fee_unpaid"],
      ["2027-01-01", "credits_short"],
      ["2027-03-31", "fee_unpaid"],
    ]);
  });

  it("shows the 10-year requirement from the certification date (unverified)", () => {
    const abii = evaluate("abii", { today: "2026-11-30", credentials: [CIIP] });
    expect(abii.longCycle).toEqual([
      expect.objectContaining({ key: "ten-year", due: "2034-05-19", windowOpens: null }),
    ]);
  });
});

describe("E15: CRA domain cap and exam credits", () => {
  const CRA = held("ahra-cra", "2024-05-20");

  it("12 for the exam + Fiscal 20 + HR 6 counts 12 + 18 + 6 = 36: met", () => {
    const fiscal = ce("2025-01-10", "20", {
      craDomain: "fiscal",
      category: "leadership-management",
    });
    const hr = ce("2025-02-10", "6", { craDomain: "human-resources" });
    const cra = evaluate("ahra", {
      today: "2026-11-30",
      credentials: [CRA],
      activities: [fiscal, hr],
    });
    expect([cra.periodStart, cra.periodEnd]).toEqual(["2024-05-20", "2027-05-19"]);
    expect(cra.grants).toEqual([expect.objectContaining({ key: "exam", amount: 1200 })]);
    expect(cra.counted).toEqual([
      expect.objectContaining({ activityId: fiscal.id, credits: 1800, capped: true }),
      expect.objectContaining({ activityId: hr.id, credits: 600, capped: false }),
    ]);
    expect(cra.earned).toBe(3600);
    expect(cra.remaining.total).toBe(0);
    expect(cra.status).toBe("complete");
  });

  it("Fiscal 20 + HR 4 counts 34: 2 missing, from a domain other than Fiscal", () => {
    const cra = evaluate("ahra", {
      today: "2026-11-30",
      credentials: [CRA],
      activities: [
        ce("2025-01-10", "12", { craDomain: "fiscal" }),
        ce("2025-03-10", "8", { craDomain: "fiscal" }),
        ce("2025-02-10", "4", { craDomain: "human-resources" }),
      ],
    });
    expect(cra.earned).toBe(3400);
    expect(cra.remaining).toEqual({ total: 200, byCategory: {}, notFrom: ["domain:fiscal"] });
    const fiscal = cra.caps.find((c) => c.key === "domain:fiscal");
    expect(fiscal).toMatchObject({
      label: "Fiscal Management",
      maximum: 1800,
      logged: 2000,
      counted: 1800,
      reached: true,
    });
    expect(cra.caps.map((c) => c.key)).toHaveLength(5);
  });

  it("does not count an activity without a domain", () => {
    const loose = ce("2025-01-10", "5");
    const cra = evaluate("ahra", { today: "2026-11-30", credentials: [CRA], activities: [loose] });
    expect(cra.excluded).toContainEqual({ activityId: loose.id, reason: "needs_cra_domain" });
    expect(cra.earned).toBe(1200);
  });

  it("grants the exam credits in the first triennium only", () => {
    const cra = evaluate("ahra", { today: "2027-06-01", credentials: [CRA] });
    expect(cra.index).toBe(1);
    expect(cra.grants).toEqual([]);
    expect(cra.previous?.grants).toHaveLength(1);
  });
});

describe("PARCA: an updated exam every three years", () => {
  it("asks for no CE and lists each credential's refresh date", () => {
    const cycles = run({
      today: "2026-11-30",
      credentials: [held("parca-cpas", "2024-05-20"), held("parca-cpsa", "2025-01-10")],
    });
    const parca = evaluate("parca", {
      today: "2026-11-30",
      credentials: [held("parca-cpas", "2024-05-20"), held("parca-cpsa", "2025-01-10")],
    });
    expect(parca.status).toBe("no_ce_required");
    expect(parca.requirementKind).toBe("exam_refresh");
    expect(parca.fee).toBeNull();
    expect(parca.longCycle.map((d) => [d.credentialSlug, d.due])).toEqual([
      ["parca-cpas", "2027-05-19"],
      ["parca-cpsa", "2028-01-09"],
    ]);
    expect(upkeepAgenda(cycles, "2026-11-30").map((a) => [a.kind, a.due])).toEqual([
      ["pass_updated_exam", "2027-05-19"],
      ["pass_updated_exam", "2028-01-09"],
    ]);
  });
});
