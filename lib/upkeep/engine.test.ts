import { describe, expect, it } from "vitest";
import { nextUpkeepAction, upkeepAgenda } from "./agenda";
import { ce, countedIds, cycleOf, evaluate, held, many, passed, run } from "./test-utils";

const RDMS = held("ardms-rdms", "2023-06-10");
const S = held("arrt-s", "2025-02-15");

describe("E12: one activity, several bodies", () => {
  const webinar = ce("2026-05-10", "1.5", {
    title: "OB Doppler webinar",
    provider: "SDMS",
    category: "obstetrics-gynecology",
    creditsByBody: { arrtSonography: "1.25" },
  });

  it("counts 1.5 for ARDMS and 1.5 for ARRT, Sonography only as far as ARRT's share", () => {
    const cycles = run({
      today: "2026-11-30",
      credentials: [RDMS, S],
      arrtBirthMonth: 3,
      activities: [webinar],
    });
    const ardms = cycleOf(cycles, "ardms");
    const arrt = cycleOf(cycles, "arrt");
    expect(ardms.counted).toEqual([
      expect.objectContaining({ activityId: webinar.id, credits: 150, sonographyCredits: 0 }),
    ]);
    expect(arrt.counted).toEqual([
      expect.objectContaining({
        activityId: webinar.id,
        credits: 150,
        sonographyCredits: 125,
        countsToward: ["sonography"],
      }),
    ]);
    expect(arrt.categories[0]?.earned).toBe(125);
  });

  it("logged twice on the same day counts once everywhere", () => {
    const again = { ...webinar, id: `${webinar.id}-again` };
    const cycles = run({
      today: "2026-11-30",
      credentials: [RDMS, S],
      arrtBirthMonth: 3,
      activities: [webinar, again],
    });
    for (const body of ["ardms", "arrt"] as const) {
      const cycle = cycleOf(cycles, body);
      expect(cycle.earned, body).toBe(150);
      expect(cycle.excluded, body).toContainEqual({
        activityId: again.id,
        reason: "duplicate",
        duplicateOf: webinar.id,
      });
    }
  });

  it("the same id twice is read once", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      activities: [webinar, webinar],
    });
    expect(countedIds(ardms)).toEqual([webinar.id]);
  });

  it("a cardiovascular activity counts for ARDMS and CCI at once", () => {
    const echo = ce("2025-08-01", "2", { category: "cardiovascular" });
    const cycles = run({
      today: "2026-11-30",
      credentials: [RDMS, held("cci-rcs", "2024-09-20")],
      activities: [echo],
    });
    expect(countedIds(cycleOf(cycles, "ardms"))).toEqual([echo.id]);
    expect(cycleOf(cycles, "cci").categories[0]?.earned).toBe(200);
  });
});

describe("E16: category mapping", () => {
  const activities = [
    ce("2025-08-01", "1", { category: "musculoskeletal" }),
    ce("2025-08-02", "1", { category: "vascular" }),
    ce("2025-08-03", "1", { category: "cardiovascular" }),
    ce("2025-08-04", "1", { category: "general" }),
  ];
  const cycles = run({
    today: "2026-11-30",
    credentials: [held("ardms-rmsks", "2023-06-10"), held("cci-rcs", "2024-09-20"), S],
    arrtBirthMonth: 3,
    activities,
  });

  it("musculoskeletal counts for the ARDMS MSK minimum and nothing else does", () => {
    expect(cycleOf(cycles, "ardms").categories[0]).toMatchObject({
      key: "musculoskeletal",
      earned: 100,
    });
  });

  it("cardiovascular and vascular count for CCI's 30; general and MSK do not", () => {
    expect(cycleOf(cycles, "cci").categories[0]).toMatchObject({
      key: "cardiovascular",
      earned: 200,
    });
  });

  it("no category counts toward ARRT's Sonography 16 without ARRT's share", () => {
    const arrt = cycleOf(cycles, "arrt");
    expect(arrt.earned).toBe(400);
    expect(arrt.categories[0]?.earned).toBe(0);
  });
});

describe("exact decimals", () => {
  it("0.75 + 0.25 makes exactly 1, and 29.99 is not 30", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      activities: [ce("2025-01-01", "0.75"), ce("2025-01-02", "0.25"), ce("2025-01-03", "28.99")],
    });
    expect(ardms.earned).toBe(2999);
    expect(ardms.remaining.total).toBe(1);
    expect(ardms.status).not.toBe("complete");
  });

  it("many small credits add up without float drift", () => {
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      activities: many(300, "2024-01-01", "0.1"),
    });
    expect(ardms.earned).toBe(3000);
    expect(ardms.status).toBe("complete");
  });
});

describe("status", () => {
  it("is on track at the straight-line share and behind just below it", () => {
    // 2024-01-01 … 2027-12-31 is 1,461 days; on 2026-01-01, 731 days have passed.
    const base = { credentials: [held("ardms-rdms", "2024-01-01")], today: "2026-01-01" };
    const atShare = evaluate("ardms", { ...base, activities: [ce("2025-01-01", "15.02")] });
    const below = evaluate("ardms", { ...base, activities: [ce("2025-01-01", "15")] });
    expect(atShare.status).toBe("on_track");
    expect(below.status).toBe("behind");
  });

  it("is on track on the first day with nothing done", () => {
    expect(evaluate("ardms", { today: "2023-06-10", credentials: [RDMS] }).status).toBe("on_track");
  });

  it("turns to ended the day after a short period ends; a complete one stays complete", () => {
    const short = { credentials: [RDMS], activities: many(10, "2024-01-01", "1") };
    const lastDay = evaluate("ardms", { today: "2026-12-31", ...short });
    expect([lastDay.index, lastDay.status]).toEqual([0, "behind"]);
    const dayAfter = evaluate("ardms", { today: "2027-01-01", ...short });
    expect(dayAfter.previous?.status).toBe("ended");
    expect(dayAfter.previous?.pace).toBeNull();
    expect([dayAfter.index, dayAfter.status]).toEqual([1, "on_track"]);

    const done = evaluate("ardms", {
      today: "2027-01-01",
      credentials: [RDMS],
      activities: many(30, "2024-01-01", "1"),
    });
    expect(done.previous?.status).toBe("complete");
  });

  it("is ended, with no fee or agenda, when no credential of the body is held", () => {
    const cycles = run({
      today: "2026-11-30",
      credentials: [held("ardms-rdms", "2023-06-10", { endedOn: "2025-05-01", status: "revoked" })],
    });
    const ardms = cycleOf(cycles, "ardms");
    expect(ardms.held).toBe(false);
    expect(ardms.status).toBe("ended");
    expect(ardms.periodEnd).toBe("2026-12-31");
    expect(ardms.fee).toBeNull();
    expect(ardms.pace).toBeNull();
    expect(upkeepAgenda(cycles, "2026-11-30")).toEqual([]);
  });

  it("ignores credentials earned after today and bodies the person never held", () => {
    const cycles = run({
      today: "2026-11-30",
      credentials: [RDMS, held("cci-rcs", "2027-01-05"), held("ardms-spi", "2022-11-01")],
    });
    expect(cycles.map((c) => c.body)).toEqual(["ardms"]);
  });

  it("lists a future-dated activity as future, not counted", () => {
    const later = ce("2026-12-15", "5");
    const ardms = evaluate("ardms", {
      today: "2026-11-30",
      credentials: [RDMS],
      activities: [later],
    });
    expect(ardms.excluded).toContainEqual({ activityId: later.id, reason: "future" });
    expect(ardms.earned).toBe(0);
  });
});

describe("input checks", () => {
  it("throws a RangeError naming a malformed field", () => {
    expect(() => run({ today: "2026-02-30" })).toThrow(/today/);
    expect(() =>
      run({ today: "2026-11-30", credentials: [RDMS], activities: [ce("2025-01-01", "1.234")] }),
    ).toThrow(/credits/);
    // Checked up front, even when no ARRT cycle would read it.
    expect(() =>
      run({
        today: "2026-11-30",
        credentials: [RDMS],
        activities: [ce("2025-01-01", "1", { creditsByBody: { arrtSonography: "x" } })],
      }),
    ).toThrow(/credits for arrtSonography/);
    expect(() =>
      run({ today: "2026-11-30", credentials: [held("ardms-rdms", "2023-13-01")] }),
    ).toThrow(/earnedOn/);
  });
});

describe("scenario: RDMS and RCS on 2026-11-30", () => {
  const today = "2026-11-30";
  const input = {
    today,
    credentials: [held("ardms-rdms", "2023-06-10"), held("cci-rcs", "2024-09-20")],
    examPasses: [
      passed("ardms-spi", "2022-11-01"),
      passed("ardms-ab", "2023-06-10"),
      passed("ardms-obgyn", "2025-04-01"),
    ],
    activities: [
      ...many(8, "2024-03-01", "1", { category: "cardiovascular" }),
      ce("2025-08-01", "2.5", { category: "obstetrics-gynecology" }),
    ],
  };
  const cycles = run(input);

  it("has one ARDMS cycle 2023-06-10 … 2026-12-31 with 15 waived by the OB/GYN pass", () => {
    const ardms = cycleOf(cycles, "ardms");
    expect(ardms.credentials).toEqual(["ardms-rdms"]);
    expect([ardms.periodStart, ardms.periodEnd]).toEqual(["2023-06-10", "2026-12-31"]);
    expect(ardms.waived).toBe(1500);
    expect(ardms.waivers.map((w) => [w.examSlug, w.passedOn, w.applied])).toEqual([
      ["ardms-obgyn", "2025-04-01", true],
    ]);
    expect(ardms.earned).toBe(1050);
    expect(ardms.remaining.total).toBe(450);
  });

  it("has one CCI cycle: first renewal ended 2025-06-30, triennium to 2028-06-30", () => {
    const cci = cycleOf(cycles, "cci");
    expect(cci.previous).toMatchObject({
      periodStart: "2024-09-20",
      periodEnd: "2025-06-30",
      requirementKind: "fee_and_ethics_only",
    });
    expect([cci.periodStart, cci.periodEnd]).toEqual(["2025-07-01", "2028-06-30"]);
    expect(cci.categories).toEqual([
      expect.objectContaining({ key: "cardiovascular", required: 3000, earned: 0 }),
    ]);
    // The cardiovascular CEUs from 2024 fall in the first-renewal year and do not count here;
    // the OB/GYN webinar counts only as one of the 6 "any topic" CEUs.
    expect(cci.earned).toBe(250);
    expect(cci.remaining.total).toBe(3350);
  });

  it("puts ARDMS's CME before its fee as the next thing to do", () => {
    expect(nextUpkeepAction(cycles, today)).toEqual({
      body: "ardms",
      kind: "earn_credits",
      due: "2026-12-31",
      opensOn: null,
      credits: 450,
      usd: null,
      credentialSlug: null,
      key: null,
    });
    const agenda = upkeepAgenda(cycles, today);
    expect(agenda.slice(0, 3).map((a) => [a.body, a.kind, a.due])).toEqual([
      ["ardms", "earn_credits", "2026-12-31"],
      ["ardms", "pay_fee", "2026-12-31"],
      ["ardms", "upload_credits", "2027-02-28"],
    ]);
    expect(agenda).toContainEqual(
      expect.objectContaining({
        body: "cci",
        kind: "earn_credits",
        due: "2028-06-30",
        credits: 3350,
      }),
    );
    for (let i = 1; i < agenda.length; i++) {
      expect(agenda[i - 1]!.due <= agenda[i]!.due).toBe(true);
    }
  });
});

describe("nextUpkeepAction", () => {
  it("is null with no credentials", () => {
    expect(nextUpkeepAction(run({ today: "2026-11-30" }), "2026-11-30")).toBeNull();
  });

  it("picks the earliest deadline across bodies", () => {
    const cycles = run({
      today: "2026-11-30",
      credentials: [held("ardms-rdms", "2023-06-10"), held("cci-rcs", "2026-10-05")],
    });
    // CCI's first renewal fee (2027-09-30) comes after ARDMS's CME and fee (2026-12-31).
    expect(nextUpkeepAction(cycles, "2026-11-30")).toMatchObject({
      body: "ardms",
      due: "2026-12-31",
    });
    expect(upkeepAgenda(cycles, "2026-11-30")).toContainEqual(
      expect.objectContaining({ body: "cci", kind: "pay_fee", due: "2027-09-30", usd: 165 }),
    );
  });

  it("puts a late fee whose window is open before later items", () => {
    const cycles = run({ today: "2027-01-15", credentials: [RDMS] });
    expect(nextUpkeepAction(cycles, "2027-01-15")).toMatchObject({
      kind: "pay_late_fee",
      due: "2027-02-28",
      usd: 245,
    });
  });
});
