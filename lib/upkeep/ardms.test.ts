import { describe, expect, it } from "vitest";
import { ce, countedIds, evaluate, held, many, passed } from "./test-utils";

const RDMS = held("ardms-rdms", "2023-06-10");

describe("E1: the ARDMS CME period", () => {
  it("runs from the first credential to 31 December three years on, requiring 30", () => {
    const ardms = evaluate("ardms", { today: "2026-11-30", credentials: [RDMS] });
    expect(ardms.periodStart).toBe("2023-06-10");
    expect(ardms.periodEnd).toBe("2026-12-31");
    expect(ardms.index).toBe(0);
    expect(ardms.required).toBe(3000);
    expect(ardms.unit).toBe("CME");
    expect(ardms.uploadDeadline).toBe("2027-02-28");
    expect(ardms.previous).toBeNull();
  });

  it("shows 25 as a secondary, unconfirmed alternative with what it would leave", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      activities: many(10, "2024-01-01", "2"),
    });
    expect(ardms.remaining.total).toBe(1000);
    expect(ardms.requiredAlternatives).toEqual([
      expect.objectContaining({
        required: 2500,
        remaining: 500,
        confidence: "secondary",
        label: "25 if ARDMS's reported 2026 change applies: unconfirmed",
      }),
    ]);
  });

  it("counts a CME from the first day, not the day before", () => {
    const before = ce("2023-06-09", "1");
    const onTheDay = ce("2023-06-10", "1");
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      activities: [before, onTheDay],
    });
    expect(countedIds(ardms)).toEqual([onTheDay.id]);
    expect(ardms.earned).toBe(100);
  });

  it("moves to P2 (2027–2029) on 1 January 2027, with the audit dates for P1", () => {
    const ardms = evaluate("ardms", { today: "2027-01-15", credentials: [RDMS] });
    expect([ardms.periodStart, ardms.periodEnd]).toEqual(["2027-01-01", "2029-12-31"]);
    expect(ardms.previous?.periodEnd).toBe("2026-12-31");
    expect(ardms.previous?.uploadDeadline).toBe("2027-02-28");
    expect(ardms.previous?.auditReinstatement).toMatchObject({
      submitBy: "2027-04-30",
      finalBy: "2027-08-01",
    });
  });
});

describe("E2: period ends around the year boundary", () => {
  it.each([
    ["2023-12-31", "2026-12-31"],
    ["2024-01-01", "2027-12-31"],
    ["2024-02-29", "2027-12-31"],
  ])("first credential %s → P1 ends %s", (earnedOn, end) => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [held("ardms-rvt", earnedOn)],
    });
    expect(ardms.periodStart).toBe(earnedOn);
    expect(ardms.periodEnd).toBe(end);
  });

  it("a later credential does not reset the period", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS, held("ardms-rvt", "2025-09-01")],
    });
    expect(ardms.periodStart).toBe("2023-06-10");
    expect(ardms.credentials).toEqual(["ardms-rdms", "ardms-rvt"]);
  });
});

describe("E3: a new specialty waives 15 in its own period only", () => {
  const obgyn = passed("ardms-obgyn", "2025-04-01");

  it("waives 15 in P1, leaving 15, paced over 640 days", () => {
    const ardms = evaluate("ardms", {
      today: "2025-04-01",
      credentials: [RDMS],
      examPasses: [passed("ardms-spi", "2022-11-01"), passed("ardms-ab", "2023-06-10"), obgyn],
    });
    expect(ardms.waived).toBe(1500);
    expect(ardms.waivers).toEqual([
      expect.objectContaining({
        examSlug: "ardms-obgyn",
        passedOn: "2025-04-01",
        amount: 1500,
        applied: true,
      }),
    ]);
    expect(ardms.remaining.total).toBe(1500);
    expect(ardms.pace).toEqual({ perMonth: 72, monthsLeft: 21, daysLeft: 640, by: "2026-12-31" });
  });

  it("with 12 earned on 2026-11-30: 3 left in 32 days", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      examPasses: [obgyn],
      activities: many(12, "2025-05-01", "1"),
    });
    expect(ardms.remaining.total).toBe(300);
    expect(ardms.pace?.daysLeft).toBe(32);
    expect(ardms.pace?.monthsLeft).toBe(2);
    expect(ardms.pace?.perMonth).toBe(150);
  });

  it("the pass that earned the first credential waives nothing", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      examPasses: [passed("ardms-spi", "2022-11-01"), passed("ardms-ab", "2023-06-10")],
    });
    expect(ardms.waived).toBe(0);
    expect(ardms.waivers).toEqual([]);
  });

  it("a pass on 2027-01-01 waives 15 in P2, never in P1", () => {
    const ardms = evaluate("ardms", {
      today: "2027-06-01",
      credentials: [RDMS],
      examPasses: [passed("ardms-br", "2027-01-01")],
    });
    expect(ardms.periodStart).toBe("2027-01-01");
    expect(ardms.waived).toBe(1500);
    expect(ardms.previous?.waived).toBe(0);
    expect(ardms.previous?.waivers).toEqual([]);
  });

  it("SPI is not a specialty and a retaken specialty is not new", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      examPasses: [
        passed("ardms-ab", "2023-06-10"),
        passed("ardms-spi", "2025-02-01"),
        passed("ardms-ab", "2025-03-01"),
      ],
    });
    expect(ardms.waived).toBe(0);
  });

  it("two passes in one period do not stack (assumed, unconfirmed)", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS, held("ardms-rvt", "2026-01-10")],
      examPasses: [obgyn, passed("ardms-vt", "2026-01-10")],
    });
    expect(ardms.waived).toBe(1500);
    expect(ardms.remaining.total).toBe(1500);
    expect(ardms.waivers.map((w) => [w.examSlug, w.applied, w.amount])).toEqual([
      ["ardms-obgyn", true, 1500],
      ["ardms-vt", false, 0],
    ]);
    expect(ardms.waivers[0]?.note).toContain("assumed, unconfirmed");
  });

  it("a pass not yet taken (dated after today) waives nothing", () => {
    const ardms = evaluate("ardms", {
      today: "2025-03-31",
      credentials: [RDMS],
      examPasses: [obgyn],
    });
    expect(ardms.waived).toBe(0);
  });
});

describe("RMSKS: 10 musculoskeletal, even with a waiver", () => {
  const credentials = [RDMS, held("ardms-rmsks", "2025-04-01")];
  const examPasses = [passed("ardms-msks", "2025-04-01")];

  it("still needs 10 MSK when the waiver and general CME cover the total", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials,
      examPasses,
      activities: many(15, "2025-05-01", "1"),
    });
    expect(ardms.waived).toBe(1500);
    expect(ardms.earned).toBe(1500);
    expect(ardms.categories).toEqual([
      expect.objectContaining({
        key: "musculoskeletal",
        required: 1000,
        earned: 0,
        shortfall: 1000,
      }),
    ]);
    expect(ardms.remaining).toEqual({
      total: 1000,
      byCategory: { musculoskeletal: 1000 },
      notFrom: [],
    });
    expect(ardms.status).not.toBe("complete");
  });

  it("is complete once 10 of them are musculoskeletal", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials,
      examPasses,
      activities: [
        ...many(5, "2025-05-01", "1"),
        ...many(10, "2025-06-01", "1", { category: "musculoskeletal" }),
      ],
    });
    expect(ardms.remaining.total).toBe(0);
    expect(ardms.status).toBe("complete");
    expect(ardms.categories[0]?.earned).toBe(1000);
  });

  it("does not ask RDMS-only holders for MSK", () => {
    const ardms = evaluate("ardms", { today: "2026-11-30", credentials: [RDMS] });
    expect(ardms.categories).toEqual([]);
  });
});

describe("E5: audit reinstatement needs 40 earned within the period", () => {
  it("shows 40 needed, the dates, and ignores CME from after the period", () => {
    const ardms = evaluate("ardms", {
      today: "2026-01-10",
      credentials: [held("ardms-rdcs", "2022-03-15")],
      activities: [...many(20, "2023-01-01", "1"), ce("2026-01-05", "5")],
    });
    const p1 = ardms.previous;
    expect([p1?.periodStart, p1?.periodEnd]).toEqual(["2022-03-15", "2025-12-31"]);
    expect(p1?.status).toBe("ended");
    expect(p1?.auditReinstatement).toMatchObject({
      required: 4000,
      earned: 2000,
      remaining: 2000,
      submitBy: "2026-04-30",
      finalBy: "2026-08-01",
    });
  });

  it("is absent when the period ended complete", () => {
    const ardms = evaluate("ardms", {
      today: "2026-01-10",
      credentials: [held("ardms-rdcs", "2022-03-15")],
      activities: many(30, "2023-01-01", "1"),
    });
    expect(ardms.previous?.status).toBe("complete");
    expect(ardms.previous?.auditReinstatement).toBeNull();
  });
});

describe("the ARDMS annual fee", () => {
  it("is $95 due 31 December, then the $150 and $300 windows", () => {
    const ardms = evaluate("ardms", { today: "2026-11-30", credentials: [RDMS] });
    expect(ardms.fee).toMatchObject({ usd: 95, dueOn: "2026-12-31", overdue: null });
    expect(ardms.fee?.lateWindows).toEqual([
      {
        from: "2027-01-01",
        until: "2027-02-28",
        surchargeUsd: 150,
        label: "Renew with a $150 administrative fee",
      },
      {
        from: "2027-03-01",
        until: "2027-08-01",
        surchargeUsd: 300,
        label: "Renew with a $300 reinstatement fee",
      },
    ]);
    expect(ardms.lapses.filter((l) => l.cause === "fee_unpaid").map((l) => l.on)).toEqual([
      "2027-01-01",
      "2027-08-02",
    ]);
    expect(ardms.lapses[0]?.what).toContain("no longer Active");
  });

  it("in January shows last year's fee as overdue with the window still open", () => {
    const ardms = evaluate("ardms", { today: "2028-01-15", credentials: [RDMS] });
    expect(ardms.fee?.dueOn).toBe("2028-12-31");
    expect(ardms.fee?.overdue).toEqual({
      dueOn: "2027-12-31",
      openWindow: {
        from: "2028-01-01",
        until: "2028-02-29",
        surchargeUsd: 150,
        label: "Renew with a $150 administrative fee",
      },
      lapsesOn: "2028-08-02",
    });
  });

  it("has no overdue fee from before the first credential", () => {
    const ardms = evaluate("ardms", {
      today: "2027-01-15",
      credentials: [held("ardms-rdms", "2027-01-02")],
    });
    expect(ardms.fee?.overdue).toBeNull();
  });

  it("warns that CME short at the period end is a lapse", () => {
    const ardms = evaluate("ardms", { today: "2026-11-30", credentials: [RDMS] });
    expect(ardms.lapses).toContainEqual(
      expect.objectContaining({ on: "2027-01-01", cause: "credits_short" }),
    );
  });
});
