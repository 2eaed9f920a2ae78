import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, formatMonthDay } from "./format";

describe("formatCalendarDate", () => {
  it("formats a calendar date in the reader's locale without shifting the day", () => {
    expect(formatCalendarDate("2029-12-31", "en-US")).toBe("Dec 31, 2029");
    expect(formatCalendarDate("2029-12-31", "en-GB")).toBe("31 Dec 2029");
    expect(formatCalendarDate("2024-01-01", "de-DE")).toBe("1. Jan. 2024");
  });
});

describe("formatMonthDay", () => {
  it("writes what toLocaleDateString writes, for any locale", () => {
    const instant = new Date("2026-11-30T12:00:00Z");
    for (const locale of ["en-US", "en-GB", "de-DE", "fr-CA"]) {
      expect(formatMonthDay(instant, locale)).toBe(
        instant.toLocaleDateString(locale, { month: "short", day: "numeric" }),
      );
    }
  });
});

describe("formatDateTime", () => {
  it("writes what toLocaleString writes with a medium date and short time, for any locale", () => {
    const instant = new Date("2026-11-30T17:05:00Z");
    for (const locale of ["en-US", "en-GB", "de-DE", "ja-JP"]) {
      expect(formatDateTime(instant, locale)).toBe(
        instant.toLocaleString(locale, { dateStyle: "medium", timeStyle: "short" }),
      );
    }
    expect(formatDateTime(instant, "en-US")).toMatch(/^Nov 30, 2026/);
  });
});
