import { describe, expect, it } from "vitest";
import { getWindowRule } from "@/lib/catalog";
import type { WindowRule } from "@/lib/catalog/types";
import { windowDeadline, windowStatus } from "./windows";

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
