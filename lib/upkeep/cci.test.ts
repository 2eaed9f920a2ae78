import { describe, expect, it } from "vitest";
import { ce, countedIds, evaluate, held, many } from "./test-utils";

describe("E7: CCI first renewal by the quarter of the pass", () => {
  it.each([
    ["2025-01-15", "2025-12-31"],
    ["2025-03-31", "2025-12-31"],
    ["2025-04-01", "2026-03-31"],
    ["2025-10-01", "2026-09-30"],
    ["2024-12-31", "2025-09-30"],
  ])("pass %s → first renewal ends %s, fee and ethics only", (passedOn, end) => {
    const cci = evaluate("cci", { today: passedOn, credentials: [held("cci-rcs", passedOn)] });
    expect(cci.index).toBe(0);
    expect([cci.periodStart, cci.periodEnd]).toEqual([passedOn, end]);
    expect(cci.requirementKind).toBe("fee_and_ethics_only");
    expect(cci.required).toBe(0);
    expect(cci.status).toBe("no_ce_required");
    expect(cci.fee).toMatchObject({ usd: 165, dueOn: end });
  });
});

describe("E8: the CCI triennium", () => {
  const RCS = held("cci-rcs", "2024-05-20");

  it("runs 2025-04-01 … 2028-03-31 with 36 CEUs, at least 30 cardiovascular", () => {
    const cci = evaluate("cci", { today: "2025-04-01", credentials: [RCS] });
    expect([cci.periodStart, cci.periodEnd]).toEqual(["2025-04-01", "2028-03-31"]);
    expect(cci.required).toBe(3600);
    expect(cci.categories).toEqual([
      expect.objectContaining({ key: "cardiovascular", required: 3000, shortfall: 3000 }),
    ]);
    expect(cci.categories[0]?.note).toContain("assumed, unconfirmed");
    expect(cci.previous).toMatchObject({
      periodEnd: "2025-03-31",
      requirementKind: "fee_and_ethics_only",
      status: "no_ce_required",
    });
  });

  it("paces 36 over 1,096 days at one a month (about 3 a quarter)", () => {
    const cci = evaluate("cci", { today: "2025-04-01", credentials: [RCS] });
    expect(cci.pace).toEqual({ perMonth: 100, monthsLeft: 36, daysLeft: 1096, by: "2028-03-31" });
    expect(cci.status).toBe("on_track");
  });

  it("on the day after the first renewal, shows its fee in the 90-day grace window", () => {
    const cci = evaluate("cci", { today: "2025-04-01", credentials: [RCS] });
    expect(cci.fee?.dueOn).toBe("2028-03-31");
    expect(cci.fee?.overdue).toEqual({
      dueOn: "2025-03-31",
      openWindow: {
        from: "2025-04-01",
        until: "2025-06-29",
        surchargeUsd: 50,
        label: "Renew in the 90-day grace period",
      },
      lapsesOn: "2025-06-30",
    });
  });

  describe("in grace after the triennium", () => {
    const lateCeu = ce("2028-04-15", "1", { category: "cardiovascular" });
    const cci = evaluate("cci", {
      today: "2028-04-20",
      credentials: [RCS],
      activities: [
        ...many(30, "2025-05-01", "1", { category: "cardiovascular" }),
        ...many(5, "2026-01-01", "1"),
        lateCeu,
      ],
    });

    it("has a grace window to 2028-06-29 at $50, in which CEUs do not count", () => {
      expect(cci.previous?.graceWindow).toEqual({
        start: "2028-04-01",
        end: "2028-06-29",
        surchargeUsd: 50,
        creditsEarnedInGraceCount: false,
      });
    });

    it("rejects the CEU dated 2028-04-15 for the ended triennium", () => {
      expect(cci.previous?.status).toBe("ended");
      expect(cci.previous?.remaining.total).toBe(100);
      expect(cci.previous?.excluded).toContainEqual({
        activityId: lateCeu.id,
        reason: "earned_in_grace",
      });
      expect(countedIds(cci.previous!)).not.toContain(lateCeu.id);
    });

    it("counts it in the new triennium instead", () => {
      expect([cci.periodStart, cci.periodEnd]).toEqual(["2028-04-01", "2031-03-31"]);
      expect(countedIds(cci)).toEqual([lateCeu.id]);
    });

    it("is inactive from 2028-06-30 if not renewed", () => {
      expect(cci.fee?.overdue?.lapsesOn).toBe("2028-06-30");
      expect(cci.lapses[0]).toMatchObject({ on: "2028-06-30", cause: "fee_unpaid" });
    });
  });
});

describe("CCI categories and caps (E16)", () => {
  const RCS = held("cci-rcs", "2024-05-20");

  it("counts vascular as cardiovascular-related (assumed, unconfirmed)", () => {
    const cci = evaluate("cci", {
      today: "2026-11-30",
      credentials: [RCS],
      activities: [
        ce("2025-05-01", "10", { category: "cardiovascular" }),
        ce("2025-06-01", "20", { category: "vascular" }),
      ],
    });
    expect(cci.categories[0]?.earned).toBe(3000);
    expect(cci.remaining.total).toBe(600);
  });

  it("counts at most 6 CEUs on other topics, so the rest must be cardiovascular", () => {
    const physics = ce("2025-07-01", "4", { category: "physics" });
    const cci = evaluate("cci", {
      today: "2026-11-30",
      credentials: [RCS],
      activities: [
        ce("2025-05-01", "20", { category: "cardiovascular" }),
        ce("2025-06-01", "5", { category: "musculoskeletal" }),
        physics,
        ce("2025-08-01", "3", { category: "general" }),
      ],
    });
    expect(cci.earned).toBe(2600);
    expect(cci.counted.find((c) => c.activityId === physics.id)).toMatchObject({
      credits: 100,
      capped: true,
    });
    expect(cci.excluded).toContainEqual(expect.objectContaining({ reason: "over_cap" }));
    expect(cci.caps).toEqual([
      expect.objectContaining({ key: "any-topic", maximum: 600, logged: 1200, counted: 600 }),
    ]);
    expect(cci.remaining).toEqual({
      total: 1000,
      byCategory: { cardiovascular: 1000 },
      notFrom: ["any-topic"],
    });
  });

  it("does not count CEUs from the first-renewal year toward the triennium (assumed)", () => {
    const early = ce("2024-12-01", "10", { category: "cardiovascular" });
    const cci = evaluate("cci", {
      today: "2026-11-30",
      credentials: [RCS],
      activities: [early],
    });
    expect(cci.earned).toBe(0);
    expect(countedIds(cci)).toEqual([]);
    expect(cci.previous?.excluded).toEqual([
      { activityId: early.id, reason: "period_needs_no_ce" },
    ]);
  });
});

describe("a later CCI credential joins the existing cycle", () => {
  it("keeps the first credential's triennium for both", () => {
    const cci = evaluate("cci", {
      today: "2026-11-30",
      credentials: [held("cci-rcs", "2024-09-20"), held("cci-rvs", "2026-02-01")],
    });
    expect(cci.credentials).toEqual(["cci-rcs", "cci-rvs"]);
    expect([cci.periodStart, cci.periodEnd]).toEqual(["2025-07-01", "2028-06-30"]);
    expect(cci.requirementKind).toBe("credits");
  });

  it("starts over after a gap in which no CCI credential was held (assumed)", () => {
    const cci = evaluate("cci", {
      today: "2026-11-30",
      credentials: [
        held("cci-rcs", "2019-02-01", { endedOn: "2022-03-31", status: "lapsed" }),
        held("cci-rcs", "2025-10-15"),
      ],
    });
    expect(cci.previous?.periodStart).toBe("2025-10-15");
    expect([cci.periodStart, cci.periodEnd]).toEqual(["2026-10-01", "2029-09-30"]);
    expect(cci.credentials).toEqual(["cci-rcs"]);
  });
});
