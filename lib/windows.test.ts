import { describe, expect, it } from "vitest";
import { getWindowRule } from "@/lib/catalog";
import type { WindowRule } from "@/lib/catalog/types";
import {
  endOfMonth,
  firstBirthMonthStart,
  firstFullYearStart,
  periodAt,
  periodContaining,
  periodsThrough,
  quarterFirstRenewalEnd,
  resolveRelativeDate,
  wholeMonthsLeft,
  windowDeadline,
  windowStatus,
} from "./windows";
import type { PeriodClock } from "./windows";

function rule(slug: string): WindowRule {
  const found = getWindowRule(slug);
  if (!found) throw new Error(`missing window rule ${slug}`);
  return found;
}

const ardms = rule("ardms-five-year");
const arrt = rule("arrt-postprimary-24-months");

describe("windowDeadline: ARDMS five-year rule (calendar_year_end)", () => {
  it("reads the catalog's rule", () => {
    expect(ardms.rounding).toBe("calendar_year_end");
    expect(ardms.length).toEqual({ years: 5 });
  });

  it("matches ARDMS's own example: 6 June 2011 → 31 December 2016", () => {
    expect(windowDeadline(ardms, "2011-06-06")).toBe("2016-12-31");
  });

  it("rounds every first pass in a year to the same deadline", () => {
    expect(windowDeadline(ardms, "2024-01-01")).toBe("2029-12-31");
    expect(windowDeadline(ardms, "2024-03-15")).toBe("2029-12-31");
    expect(windowDeadline(ardms, "2024-02-29")).toBe("2029-12-31");
    expect(windowDeadline(ardms, "2024-12-31")).toBe("2029-12-31");
    expect(windowDeadline(ardms, "2025-01-01")).toBe("2030-12-31");
  });
});

describe("windowStatus: ARDMS five-year rule", () => {
  it("is open with days left before the deadline", () => {
    expect(windowStatus(ardms, "2024-03-15", "2026-11-24")).toEqual({
      deadline: "2029-12-31",
      daysLeft: 1133,
      closed: false,
    });
  });

  it("is still open on the deadline itself", () => {
    expect(windowStatus(ardms, "2024-03-15", "2029-12-31")).toEqual({
      deadline: "2029-12-31",
      daysLeft: 0,
      closed: false,
    });
  });

  it("is closed the day after the deadline", () => {
    expect(windowStatus(ardms, "2024-03-15", "2030-01-01")).toEqual({
      deadline: "2029-12-31",
      daysLeft: -1,
      closed: true,
    });
  });

  it("handles a first pass on 1 January and on 31 December", () => {
    expect(windowStatus(ardms, "2024-01-01", "2024-01-01").daysLeft).toBe(2191);
    expect(windowStatus(ardms, "2024-12-31", "2024-12-31").daysLeft).toBe(1826);
    expect(windowStatus(ardms, "2024-12-31", "2030-01-01").closed).toBe(true);
  });

  it("handles a first pass on a leap day", () => {
    const status = windowStatus(ardms, "2024-02-29", "2028-02-29");
    expect(status.deadline).toBe("2029-12-31");
    expect(status.closed).toBe(false);
  });
});

describe("ARRT postprimary 24-month window (rounding none)", () => {
  it("reads the catalog's rule", () => {
    expect(arrt.rounding).toBe("none");
    expect(arrt.length).toEqual({ months: 24 });
  });

  it("adds 24 months to the day", () => {
    expect(windowDeadline(arrt, "2024-03-15")).toBe("2026-03-15");
    expect(windowDeadline(arrt, "2024-12-31")).toBe("2026-12-31");
  });

  it("clamps a leap-day start to 28 February", () => {
    expect(windowDeadline(arrt, "2024-02-29")).toBe("2026-02-28");
  });

  it("is open on the deadline and closed the day after", () => {
    expect(windowStatus(arrt, "2024-03-15", "2026-03-15")).toEqual({
      deadline: "2026-03-15",
      daysLeft: 0,
      closed: false,
    });
    expect(windowStatus(arrt, "2024-03-15", "2026-03-16").closed).toBe(true);
  });
});

describe("other rule shapes", () => {
  it("combines years and months", () => {
    expect(
      windowDeadline({ length: { years: 1, months: 6 }, rounding: "none" }, "2024-08-31"),
    ).toBe("2026-02-28");
    expect(
      windowDeadline({ length: { months: 18 }, rounding: "calendar_year_end" }, "2024-08-01"),
    ).toBe("2026-12-31");
  });
});

// ---- Periods -----------------------------------------------------------------------------------

const ardmsClock = (anchor: string): PeriodClock => ({
  pattern: { kind: "rest_of_year_then_calendar_years", years: 3 },
  anchor,
});
const cciClock = (anchor: string): PeriodClock => ({
  pattern: { kind: "quarter_first_renewal_then_years", years: 3 },
  anchor,
});
const arrtClock = (anchor: string, birthMonth: number): PeriodClock => ({
  pattern: { kind: "birth_month", years: 2 },
  anchor,
  birthMonth,
});
const abiiClock = (anchor: string): PeriodClock => ({
  pattern: { kind: "calendar_years_from_first_full_year", years: 2 },
  anchor,
});
const craClock = (anchor: string): PeriodClock => ({
  pattern: { kind: "anniversary", years: 3 },
  anchor,
});

describe("ARDMS CME periods (rest of the year plus three calendar years, then three)", () => {
  it("E1: first credential 2023-06-10 → P1 to 2026-12-31, P2 2027–2029", () => {
    expect(periodAt(ardmsClock("2023-06-10"), 0)).toEqual({
      index: 0,
      start: "2023-06-10",
      end: "2026-12-31",
    });
    expect(periodAt(ardmsClock("2023-06-10"), 1)).toEqual({
      index: 1,
      start: "2027-01-01",
      end: "2029-12-31",
    });
    expect(periodAt(ardmsClock("2023-06-10"), 2)).toEqual({
      index: 2,
      start: "2030-01-01",
      end: "2032-12-31",
    });
  });

  it("E2: the three year-end boundaries", () => {
    expect(periodAt(ardmsClock("2023-12-31"), 0).end).toBe("2026-12-31");
    expect(periodAt(ardmsClock("2024-01-01"), 0).end).toBe("2027-12-31");
    expect(periodAt(ardmsClock("2024-02-29"), 0).end).toBe("2027-12-31");
    expect(periodAt(ardmsClock("2024-01-01"), 1).start).toBe("2028-01-01");
  });

  it("E1: a CME on 2023-06-09 is in no period; on 2023-06-10 it is in P1", () => {
    expect(periodContaining(ardmsClock("2023-06-10"), "2023-06-09")).toBeNull();
    expect(periodContaining(ardmsClock("2023-06-10"), "2023-06-10")?.index).toBe(0);
    expect(periodContaining(ardmsClock("2023-06-10"), "2026-12-31")?.index).toBe(0);
    expect(periodContaining(ardmsClock("2023-06-10"), "2027-01-01")?.index).toBe(1);
  });
});

describe("CCI first renewal by the quarter of the pass (E7)", () => {
  it.each([
    ["2025-01-15", "2025-12-31"],
    ["2025-03-31", "2025-12-31"],
    ["2025-04-01", "2026-03-31"],
    ["2025-10-01", "2026-09-30"],
    ["2024-12-31", "2025-09-30"],
    ["2024-09-20", "2025-06-30"],
  ])("pass %s → first renewal ends %s", (passedOn, end) => {
    expect(quarterFirstRenewalEnd(passedOn)).toBe(end);
    expect(periodAt(cciClock(passedOn), 0)).toEqual({ index: 0, start: passedOn, end });
  });

  it("E8: triennia run from the day after the first renewal, three years at a time", () => {
    expect(periodAt(cciClock("2024-05-20"), 1)).toEqual({
      index: 1,
      start: "2025-04-01",
      end: "2028-03-31",
    });
    expect(periodAt(cciClock("2024-05-20"), 2)).toEqual({
      index: 2,
      start: "2028-04-01",
      end: "2031-03-31",
    });
  });

  it("keeps month ends fixed across leap years (30 June, 31 December)", () => {
    expect(periodAt(cciClock("2024-09-20"), 1).end).toBe("2028-06-30");
    expect(periodAt(cciClock("2024-09-20"), 3).end).toBe("2034-06-30");
    expect(periodAt(cciClock("2025-02-01"), 2).end).toBe("2031-12-31");
  });
});

describe("ARRT biennium by birth month (E10)", () => {
  it("March: 2025-03-01 … 2027-02-28, the next from 2027-03-01", () => {
    const clock = arrtClock("2025-02-15", 3);
    expect(periodAt(clock, 0)).toEqual({ index: 0, start: "2025-03-01", end: "2027-02-28" });
    expect(periodContaining(clock, "2027-03-01")).toEqual({
      index: 1,
      start: "2027-03-01",
      end: "2029-02-28",
    });
  });

  it("March from 2026 ends on the leap day 2028-02-29", () => {
    expect(periodAt(arrtClock("2025-12-01", 3), 0)).toEqual({
      index: 0,
      start: "2026-03-01",
      end: "2028-02-29",
    });
  });

  it("January from 2025: 2025-01-01 … 2026-12-31", () => {
    expect(periodAt(arrtClock("2024-06-01", 1), 0)).toEqual({
      index: 0,
      start: "2025-01-01",
      end: "2026-12-31",
    });
  });

  it("starts on the anchor when the anchor is the 1st of the birth month", () => {
    expect(firstBirthMonthStart("2025-03-01", 3)).toBe("2025-03-01");
    expect(firstBirthMonthStart("2025-03-02", 3)).toBe("2026-03-01");
    expect(firstBirthMonthStart("2025-11-30", 12)).toBe("2025-12-01");
  });

  it("refuses a missing or impossible birth month", () => {
    expect(() =>
      periodAt({ pattern: { kind: "birth_month", years: 2 }, anchor: "2025-01-01" }, 0),
    ).toThrow(RangeError);
    expect(() => firstBirthMonthStart("2025-01-01", 13)).toThrow(RangeError);
  });
});

describe("ABII biennium from the first full year", () => {
  it("starts on 1 January after the certification date", () => {
    expect(firstFullYearStart("2024-05-20")).toBe("2025-01-01");
    expect(periodAt(abiiClock("2024-05-20"), 0)).toEqual({
      index: 0,
      start: "2025-01-01",
      end: "2026-12-31",
    });
    expect(periodAt(abiiClock("2024-05-20"), 1).start).toBe("2027-01-01");
  });

  it("treats a certification on 1 January as starting that year (the earlier reading)", () => {
    expect(firstFullYearStart("2025-01-01")).toBe("2025-01-01");
    expect(firstFullYearStart("2024-12-31")).toBe("2025-01-01");
  });

  it("has no period before the first full year", () => {
    expect(periodContaining(abiiClock("2024-05-20"), "2024-12-31")).toBeNull();
  });
});

describe("anniversary periods (CRA, PARCA)", () => {
  it("runs three years from the anchor, less a day, end to end", () => {
    expect(periodAt(craClock("2024-05-20"), 0)).toEqual({
      index: 0,
      start: "2024-05-20",
      end: "2027-05-19",
    });
    expect(periodAt(craClock("2024-05-20"), 1)).toEqual({
      index: 1,
      start: "2027-05-20",
      end: "2030-05-19",
    });
  });

  it("stays contiguous from a leap-day anchor", () => {
    const first = periodAt(craClock("2024-02-29"), 0);
    const second = periodAt(craClock("2024-02-29"), 1);
    expect(first.end).toBe("2027-02-27");
    expect(second.start).toBe("2027-02-28");
  });
});

describe("periodsThrough", () => {
  it("lists every period that has started by the date", () => {
    const periods = periodsThrough(ardmsClock("2023-06-10"), "2030-01-01");
    expect(periods.map((p) => p.start)).toEqual(["2023-06-10", "2027-01-01", "2030-01-01"]);
    expect(periodsThrough(ardmsClock("2023-06-10"), "2023-06-09")).toEqual([]);
  });

  it("leaves no gap and no overlap between consecutive periods", () => {
    for (const clock of [
      ardmsClock("2024-02-29"),
      cciClock("2024-11-15"),
      arrtClock("2024-02-29", 2),
      abiiClock("2024-02-29"),
      craClock("2024-02-29"),
    ]) {
      const periods = periodsThrough(clock, "2060-01-01");
      for (let i = 1; i < periods.length; i++) {
        const previous = periods[i - 1];
        const current = periods[i];
        if (!previous || !current) throw new Error("unreachable");
        expect(resolveRelativeDate({ kind: "days_after", days: 1 }, previous.end)).toBe(
          current.start,
        );
      }
    }
  });
});

describe("resolveRelativeDate", () => {
  it("adds days (CCI grace: 2028-03-31 + 90 days = 2028-06-29)", () => {
    expect(resolveRelativeDate({ kind: "days_after", days: 90 }, "2028-03-31")).toBe("2028-06-29");
  });

  it("adds months (ARRT probation: 2027-02-28 + 6 months = 2027-08-28)", () => {
    expect(resolveRelativeDate({ kind: "months_after", months: 6 }, "2027-02-28")).toBe(
      "2027-08-28",
    );
  });

  it("finds the next month and day strictly after the date", () => {
    const endOfFebruary = { kind: "next_month_day", month: 2, day: "last" } as const;
    expect(resolveRelativeDate(endOfFebruary, "2026-12-31")).toBe("2027-02-28");
    expect(resolveRelativeDate(endOfFebruary, "2027-12-31")).toBe("2028-02-29");
    expect(resolveRelativeDate({ kind: "next_month_day", month: 8, day: 1 }, "2026-12-31")).toBe(
      "2027-08-01",
    );
    expect(resolveRelativeDate({ kind: "next_month_day", month: 8, day: 1 }, "2027-08-01")).toBe(
      "2028-08-01",
    );
    expect(resolveRelativeDate({ kind: "next_month_day", month: 3, day: 31 }, "2026-03-30")).toBe(
      "2026-03-31",
    );
  });

  it("refuses a month and day that does not exist", () => {
    expect(() =>
      resolveRelativeDate({ kind: "next_month_day", month: 2, day: 30 }, "2026-01-01"),
    ).toThrow(RangeError);
  });
});

describe("endOfMonth", () => {
  it("knows leap years and 30-day months", () => {
    expect(endOfMonth("2028-02-10")).toBe("2028-02-29");
    expect(endOfMonth("2027-02-01")).toBe("2027-02-28");
    expect(endOfMonth("2026-04-30")).toBe("2026-04-30");
    expect(endOfMonth("2026-12-05")).toBe("2026-12-31");
  });
});

describe("wholeMonthsLeft (a part month counts as a whole one)", () => {
  it("counts whole months, rounding up", () => {
    expect(wholeMonthsLeft("2026-12-01", "2026-12-31")).toBe(1);
    expect(wholeMonthsLeft("2026-11-30", "2026-12-31")).toBe(2);
    expect(wholeMonthsLeft("2026-12-31", "2026-12-31")).toBe(1);
    expect(wholeMonthsLeft("2025-04-01", "2028-03-31")).toBe(36);
    expect(wholeMonthsLeft("2025-04-01", "2026-12-31")).toBe(21);
    expect(wholeMonthsLeft("2026-11-30", "2027-02-28")).toBe(3);
  });

  it("does not add a month for a day the target month lacks", () => {
    expect(wholeMonthsLeft("2026-01-31", "2026-02-28")).toBe(1);
    expect(wholeMonthsLeft("2026-01-31", "2026-03-01")).toBe(2);
  });

  it("is 0 once the deadline has passed", () => {
    expect(wholeMonthsLeft("2027-01-01", "2026-12-31")).toBe(0);
  });
});
