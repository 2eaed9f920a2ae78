import { describe, expect, it } from "vitest";
import { formatCalendarDate } from "./format";

describe("formatCalendarDate", () => {
  it("formats a calendar date in the reader's locale without shifting the day", () => {
    expect(formatCalendarDate("2029-12-31", "en-US")).toBe("Dec 31, 2029");
    expect(formatCalendarDate("2029-12-31", "en-GB")).toBe("31 Dec 2029");
    expect(formatCalendarDate("2024-01-01", "de-DE")).toBe("1. Jan. 2024");
  });
});
