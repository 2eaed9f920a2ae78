import { describe, expect, it } from "vitest";
import { nextUpkeepAction, upkeepAgenda } from "./agenda";
import { ce, countedIds, evaluate, held, many, run } from "./test-utils";

const S = held("arrt-s", "2025-02-15");
const MARCH = 3;

describe("E10: the ARRT biennium from the birth month", () => {
  it("runs 2025-03-01 … 2027-02-28 with 24 credits, 16 Sonography for S holders", () => {
    const arrt = evaluate("arrt", { today: "2026-11-30", credentials: [S], arrtBirthMonth: MARCH });
    expect([arrt.periodStart, arrt.periodEnd]).toEqual(["2025-03-01", "2027-02-28"]);
    expect(arrt.required).toBe(2400);
    expect(arrt.categories).toEqual([
      expect.objectContaining({ key: "sonography", required: 1600, confidence: "verified" }),
    ]);
  });

  it("opens renewal on 2027-01-01 and closes it on 2027-03-31 (end of the birth month)", () => {
    const arrt = evaluate("arrt", { today: "2026-11-30", credentials: [S], arrtBirthMonth: MARCH });
    expect(arrt.fee).toMatchObject({ usd: 30, dueOn: "2027-03-31", opensOn: "2027-01-01" });
  });

  it("puts a credit completed on 2027-03-01 in the next biennium", () => {
    const complete = many(24, "2025-04-01", "1", { creditsByBody: { arrtSonography: "1" } });
    const march = ce("2027-03-01", "1");
    const arrt = evaluate("arrt", {
      today: "2027-03-05",
      credentials: [S],
      arrtBirthMonth: MARCH,
      activities: [...complete, march],
    });
    expect([arrt.periodStart, arrt.periodEnd]).toEqual(["2027-03-01", "2029-02-28"]);
    expect(countedIds(arrt)).toEqual([march.id]);
    expect(arrt.previous?.status).toBe("complete");
    expect(countedIds(arrt.previous!)).not.toContain(march.id);
  });

  it("uses it as make-up instead when the biennium before ended short (E11)", () => {
    const march = ce("2027-03-01", "1");
    const arrt = evaluate("arrt", {
      today: "2027-03-05",
      credentials: [S],
      arrtBirthMonth: MARCH,
      activities: [march],
    });
    expect(countedIds(arrt)).toEqual([]);
    expect(arrt.previous?.counted).toEqual([
      expect.objectContaining({ activityId: march.id, makeUp: true }),
    ]);
  });

  it("ends on the leap day for a biennium from March 2026", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [held("arrt-s", "2025-12-01")],
      arrtBirthMonth: MARCH,
    });
    expect([arrt.periodStart, arrt.periodEnd]).toEqual(["2026-03-01", "2028-02-29"]);
  });

  it("runs 2025-01-01 … 2026-12-31 for a January birth month", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [held("arrt-s", "2024-06-01")],
      arrtBirthMonth: 1,
    });
    expect([arrt.periodStart, arrt.periodEnd]).toEqual(["2025-01-01", "2026-12-31"]);
  });

  it("on 2026-11-30 with 10 credits (6 Sonography): 14 more, 10 of them Sonography, in 91 days", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [S],
      arrtBirthMonth: MARCH,
      activities: [
        ...many(6, "2025-04-01", "1", { creditsByBody: { arrtSonography: "1" } }),
        ...many(4, "2025-05-01", "1"),
      ],
    });
    expect(arrt.earned).toBe(1000);
    expect(arrt.remaining).toEqual({ total: 1400, byCategory: { sonography: 1000 }, notFrom: [] });
    expect(arrt.pace).toMatchObject({ daysLeft: 91, monthsLeft: 3, perMonth: 467 });
    expect(arrt.status).toBe("behind");
  });

  it("is upcoming before the first birth month after the credential", () => {
    const arrt = evaluate("arrt", {
      today: "2025-02-20",
      credentials: [S],
      arrtBirthMonth: MARCH,
    });
    expect(arrt.status).toBe("upcoming");
    expect(arrt.periodStart).toBe("2025-03-01");
    expect(arrt.pace).toMatchObject({ monthsLeft: 24, daysLeft: 730 });
  });
});

describe("ARRT holder without a birth month", () => {
  it("is a cycle that needs the birth month, and asking is the next thing to do", () => {
    const cycles = run({ today: "2026-11-30", credentials: [S] });
    expect(cycles).toEqual([
      {
        body: "arrt",
        ruleSlug: "arrt-upkeep",
        name: "ARRT biennium, annual renewal and CQR",
        credentials: ["arrt-s"],
        held: true,
        status: "needs_input",
        missing: "arrt_birth_month",
      },
    ]);
    expect(nextUpkeepAction(cycles, "2026-11-30")).toMatchObject({
      body: "arrt",
      kind: "provide_birth_month",
      due: "2026-11-30",
    });
  });

  it("refuses a birth month outside 1–12", () => {
    expect(() => run({ today: "2026-11-30", credentials: [S], arrtBirthMonth: 13 })).toThrow(
      RangeError,
    );
  });
});

describe("ARRT counts an activity once per biennium", () => {
  it("counts the same title and provider once, whatever the date, case or punctuation", () => {
    const first = ce("2025-06-01", "2", { title: "Fetal Echo: Part 1", provider: "SDMS" });
    const repeat = ce("2026-06-01", "2", { title: "fetal echo part 1 ", provider: "sdms" });
    const other = ce("2026-06-02", "2", { title: "Fetal Echo: Part 2", provider: "SDMS" });
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [S],
      arrtBirthMonth: MARCH,
      activities: [first, repeat, other],
    });
    expect(countedIds(arrt)).toEqual([first.id, other.id]);
    expect(arrt.excluded).toContainEqual({
      activityId: repeat.id,
      reason: "duplicate",
      duplicateOf: first.id,
    });
    expect(arrt.earned).toBe(400);
  });

  it("counts it again in the next biennium", () => {
    const first = ce("2025-06-01", "2", { title: "Vascular Update" });
    const next = ce("2027-06-01", "2", { title: "Vascular Update" });
    const arrt = evaluate("arrt", {
      today: "2027-07-01",
      credentials: [S],
      arrtBirthMonth: MARCH,
      activities: [first, next],
    });
    expect(countedIds(arrt)).toEqual([next.id]);
    expect(countedIds(arrt.previous!)).toEqual([first.id]);
  });

  it("uses ARRT's own credit amount and its Sonography share", () => {
    const lower = ce("2025-06-01", "2", { creditsByBody: { arrt: "1.25", arrtSonography: "2" } });
    const refused = ce("2025-06-02", "3", { creditsByBody: { arrt: "0" } });
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [S],
      arrtBirthMonth: MARCH,
      activities: [lower, refused],
    });
    expect(arrt.counted).toEqual([
      expect.objectContaining({ activityId: lower.id, credits: 125, sonographyCredits: 125 }),
    ]);
    expect(arrt.excluded).toContainEqual({ activityId: refused.id, reason: "not_accepted" });
  });
});

describe("E11: CE probation after a short biennium", () => {
  const endedShort = {
    credentials: [S],
    arrtBirthMonth: MARCH,
    activities: many(20, "2025-04-01", "1", { creditsByBody: { arrtSonography: "1" } }),
  };

  it("asks for the missing 4 within 6 months of 2027-02-28", () => {
    const cycles = run({ today: "2027-03-20", ...endedShort });
    const arrt = evaluate("arrt", { today: "2027-03-20", ...endedShort });
    expect(arrt.previous?.status).toBe("ended");
    expect(arrt.previous?.makeUp).toMatchObject({
      by: "2027-08-28",
      shortAtEnd: 400,
      madeUp: 0,
      remaining: 400,
    });
    expect(arrt.previous?.makeUp?.note).toContain("assumed, unconfirmed");
    expect(upkeepAgenda(cycles, "2027-03-20")).toContainEqual(
      expect.objectContaining({ kind: "make_up_credits", due: "2027-08-28", credits: 400 }),
    );
  });

  it("counts make-up credits for the old biennium and not the new one", () => {
    const makeUp = ce("2027-04-10", "4");
    const useless = ce("2027-04-11", "2", { title: endedShort.activities[0]!.title });
    const arrt = evaluate("arrt", {
      today: "2027-05-01",
      ...endedShort,
      activities: [...endedShort.activities, useless, makeUp],
    });
    expect(arrt.previous?.status).toBe("complete");
    expect(arrt.previous?.makeUp).toMatchObject({ madeUp: 400, remaining: 0 });
    expect(arrt.previous?.counted.find((c) => c.activityId === makeUp.id)?.makeUp).toBe(true);
    expect(arrt.excluded).toContainEqual({ activityId: makeUp.id, reason: "used_for_make_up" });
    // A repeat of an old-biennium activity cannot make up the shortfall, so it stays in the new one.
    expect(countedIds(arrt)).toEqual([useless.id]);
    expect(arrt.earned).toBe(200);
  });

  it("does not use activities after the make-up deadline", () => {
    const arrt = evaluate("arrt", {
      today: "2027-09-15",
      ...endedShort,
      activities: [...endedShort.activities, ce("2027-09-01", "4")],
    });
    expect(arrt.previous?.makeUp).toMatchObject({ madeUp: 0, remaining: 400 });
    expect(arrt.earned).toBe(400);
  });
});

describe("ARRT CQR", () => {
  it("falls due 10 years after a credential earned from 2011, in a 3-year window", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [held("arrt-s", "2018-06-01")],
      arrtBirthMonth: MARCH,
    });
    expect(arrt.longCycle).toEqual([
      expect.objectContaining({
        key: "cqr",
        credentialSlug: "arrt-s",
        windowOpens: "2025-06-01",
        due: "2028-05-31",
        confidence: "unverified",
      }),
    ]);
  });

  it("shows the next CQR once the first due date has passed", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [held("arrt-s", "2015-06-01")],
      arrtBirthMonth: MARCH,
    });
    expect(arrt.longCycle[0]?.due).toBe("2035-05-31");
  });

  it("does not apply to credentials earned before 2011", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [held("arrt-s", "2010-12-31")],
      arrtBirthMonth: MARCH,
    });
    expect(arrt.longCycle).toEqual([]);
  });
});

describe("VS and BS holders without S", () => {
  it("are asked for 16 Sonography too, marked unverified", () => {
    const arrt = evaluate("arrt", {
      today: "2026-11-30",
      credentials: [held("arrt-vs", "2025-02-15")],
      arrtBirthMonth: MARCH,
    });
    expect(arrt.categories).toEqual([
      expect.objectContaining({ key: "sonography", required: 1600, confidence: "unverified" }),
    ]);
  });
});
