import { afterEach, describe, expect, it } from "vitest";
import {
  addDaysToDate,
  addMonthsToDate,
  daysBetween,
  earliestDate,
  isIsoDate,
  instantAt,
  isValidTimeZone,
  latestDate,
  todayIn,
} from "./dates";

describe("todayIn", () => {
  const instant = new Date("2026-11-24T23:30:00Z");

  it("is already tomorrow in Auckland while it is still today in Los Angeles", () => {
    expect(todayIn("Pacific/Auckland", instant)).toBe("2026-11-25");
    expect(todayIn("America/Los_Angeles", instant)).toBe("2026-11-24");
    expect(todayIn("UTC", instant)).toBe("2026-11-24");
  });

  it("handles zones west of UTC that are still on the previous day", () => {
    const earlyUtc = new Date("2026-11-25T02:00:00Z");
    expect(todayIn("UTC", earlyUtc)).toBe("2026-11-25");
    expect(todayIn("America/New_York", earlyUtc)).toBe("2026-11-24");
    expect(todayIn("Pacific/Honolulu", earlyUtc)).toBe("2026-11-24");
  });

  it("handles half-hour and quarter-hour offsets", () => {
    const instant2 = new Date("2026-06-30T18:40:00Z");
    expect(todayIn("Asia/Kolkata", instant2)).toBe("2026-07-01"); // +05:30 → 00:10
    expect(todayIn("Asia/Kathmandu", instant2)).toBe("2026-07-01"); // +05:45 → 00:25
    expect(todayIn("America/St_Johns", new Date("2026-01-01T03:00:00Z"))).toBe("2025-12-31");
  });

  it("crosses the new year at local midnight", () => {
    expect(todayIn("Pacific/Kiritimati", new Date("2026-12-31T10:00:00Z"))).toBe("2027-01-01");
    expect(todayIn("Pacific/Pago_Pago", new Date("2027-01-01T10:00:00Z"))).toBe("2026-12-31");
  });

  it("follows DST transitions (America/New_York 2026: 8 March and 1 November)", () => {
    // Spring forward at 07:00Z on 8 March: 06:30Z is 01:30 EST.
    expect(todayIn("America/New_York", new Date("2026-03-08T04:59:00Z"))).toBe("2026-03-07");
    expect(todayIn("America/New_York", new Date("2026-03-08T05:00:00Z"))).toBe("2026-03-08");
    expect(todayIn("America/New_York", new Date("2026-03-09T03:59:00Z"))).toBe("2026-03-08");
    expect(todayIn("America/New_York", new Date("2026-03-09T04:00:00Z"))).toBe("2026-03-09");
    // Fall back: midnight on 1 November is still EDT (04:00Z).
    expect(todayIn("America/New_York", new Date("2026-11-01T03:59:00Z"))).toBe("2026-10-31");
    expect(todayIn("America/New_York", new Date("2026-11-01T04:00:00Z"))).toBe("2026-11-01");
    expect(todayIn("America/New_York", new Date("2026-11-02T04:59:00Z"))).toBe("2026-11-01");
    expect(todayIn("America/New_York", new Date("2026-11-02T05:00:00Z"))).toBe("2026-11-02");
  });

  it("follows southern-hemisphere DST (Auckland ends 5 April 2026, starts 27 September 2026)", () => {
    // NZDT (+13) until 03:00 local on 5 April, then NZST (+12).
    expect(todayIn("Pacific/Auckland", new Date("2026-04-04T10:59:00Z"))).toBe("2026-04-04");
    expect(todayIn("Pacific/Auckland", new Date("2026-04-04T11:00:00Z"))).toBe("2026-04-05");
    expect(todayIn("Pacific/Auckland", new Date("2026-04-05T11:59:00Z"))).toBe("2026-04-05");
    expect(todayIn("Pacific/Auckland", new Date("2026-04-05T12:00:00Z"))).toBe("2026-04-06");
    expect(todayIn("Pacific/Auckland", new Date("2026-09-26T11:59:00Z"))).toBe("2026-09-26");
    expect(todayIn("Pacific/Auckland", new Date("2026-09-26T12:00:00Z"))).toBe("2026-09-27");
  });

  it("falls back to UTC for an unknown or empty zone", () => {
    expect(todayIn("Mars/Olympus_Mons", instant)).toBe("2026-11-24");
    expect(todayIn("", new Date("2026-11-24T23:30:00Z"))).toBe("2026-11-24");
    expect(todayIn("not a zone", new Date("2026-11-25T00:30:00Z"))).toBe("2026-11-25");
  });

  it("throws for an invalid instant", () => {
    expect(() => todayIn("UTC", new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("isValidTimeZone", () => {
  it("accepts IANA zones and UTC", () => {
    expect(isValidTimeZone("Pacific/Auckland")).toBe(true);
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
  });

  it("rejects unknown zones and empty strings", () => {
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("   ")).toBe(false);
    expect(isValidTimeZone("Europe/Nowhere")).toBe(false);
  });
});

describe("isIsoDate", () => {
  it("accepts real calendar dates", () => {
    expect(isIsoDate("2026-11-24")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("0001-01-01")).toBe(true);
  });

  it("rejects impossible dates and other shapes", () => {
    expect(isIsoDate("2025-02-30")).toBe(false);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-00-10")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-4-1")).toBe(false);
    expect(isIsoDate("2026-11-24T00:00:00Z")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });

  it("agrees with the JavaScript calendar on every day of four centuries, and days 0 and 32", () => {
    const pad = (value: number, width: number) => String(value).padStart(width, "0");
    for (let year = 1899; year <= 2301; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = new Date(Date.UTC(2000, month - 1, day));
          date.setUTCFullYear(year);
          const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isIsoDate(text) !== real) expect.fail(`${text}: expected ${real}`);
        }
      }
    }
  });
});

describe("daysBetween", () => {
  it("counts whole days, negative backwards", () => {
    expect(daysBetween("2026-11-24", "2026-11-24")).toBe(0);
    expect(daysBetween("2026-11-24", "2026-11-25")).toBe(1);
    expect(daysBetween("2026-11-25", "2026-11-24")).toBe(-1);
    expect(daysBetween("2026-11-24", "2026-12-31")).toBe(37);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
    expect(daysBetween("2024-03-15", "2029-12-31")).toBe(2117);
  });

  it("is not skewed by DST transitions", () => {
    // US spring forward (23-hour day) and fall back (25-hour day).
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-10-31", "2026-11-02")).toBe(2);
    // Europe and the southern hemisphere.
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-04-04", "2026-04-06")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-04-01")).toBe(31);
  });

  it("throws on a malformed date", () => {
    expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
    expect(() => daysBetween("2026-03-01", "soon")).toThrow(RangeError);
  });
});

describe("addDaysToDate", () => {
  it("adds and subtracts days across months, years and DST", () => {
    expect(addDaysToDate("2026-11-24", 30)).toBe("2026-12-24");
    expect(addDaysToDate("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDate("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDate("2026-03-08", 1)).toBe("2026-03-09");
    expect(addDaysToDate("2026-03-01", -1)).toBe("2026-02-28");
  });
});

describe("addMonthsToDate", () => {
  it("adds months like date-fns, clamping to the end of a shorter month", () => {
    expect(addMonthsToDate("2026-11-24", 1)).toBe("2026-12-24");
    expect(addMonthsToDate("2026-11-24", 2)).toBe("2027-01-24");
    expect(addMonthsToDate("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonthsToDate("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonthsToDate("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonthsToDate("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonthsToDate("2026-05-31", -1)).toBe("2026-04-30");
    expect(addMonthsToDate("2026-11-24", 0)).toBe("2026-11-24");
  });

  it("is not moved by DST days", () => {
    expect(addMonthsToDate("2026-02-08", 1)).toBe("2026-03-08");
    expect(addMonthsToDate("2026-10-01", 1)).toBe("2026-11-01");
    expect(addMonthsToDate("2026-03-05", 1)).toBe("2026-04-05");
  });

  it("throws on a malformed date", () => {
    expect(() => addMonthsToDate("2026-02-30", 1)).toThrow(RangeError);
  });
});

describe("addMonthsToDate in other process time zones", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  for (const zone of [
    "Pacific/Auckland",
    "America/Sao_Paulo",
    "Pacific/Kiritimati",
    "Asia/Tehran",
  ]) {
    it(`gives the same calendar result with TZ=${zone}`, () => {
      process.env.TZ = zone;
      // The runtime really is in that zone (none of them is UTC in January).
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(0);
      expect(addMonthsToDate("2024-01-31", 1)).toBe("2024-02-29");
      expect(addMonthsToDate("2026-09-27", 1)).toBe("2026-10-27");
      expect(addMonthsToDate("2018-10-04", 1)).toBe("2018-11-04"); // Brazil's midnight DST gap
      expect(addMonthsToDate("2026-04-05", 24)).toBe("2028-04-05");
    });
  }
});

describe("earliestDate / latestDate", () => {
  it("pick the extremes and return null for none", () => {
    expect(earliestDate(["2026-02-01", "2025-12-31", "2026-01-15"])).toBe("2025-12-31");
    expect(latestDate(["2026-02-01", "2025-12-31", "2026-01-15"])).toBe("2026-02-01");
    expect(earliestDate([])).toBeNull();
    expect(latestDate([])).toBeNull();
  });
});

describe("instantAt", () => {
  it("is the instant the zone's wall clock reads the time, daylight saving included", () => {
    expect(instantAt("2026-01-15", 8, 0, "America/New_York").toISOString()).toBe(
      "2026-01-15T13:00:00.000Z",
    );
    expect(instantAt("2026-07-15", 8, 0, "America/New_York").toISOString()).toBe(
      "2026-07-15T12:00:00.000Z",
    );
    expect(instantAt("2026-11-30", 8, 0, "Pacific/Auckland").toISOString()).toBe(
      "2026-11-29T19:00:00.000Z",
    );
  });

  it("on the days the clocks change", () => {
    // New York springs forward at 02:00 on 2026-03-08 and falls back at 02:00 on 2026-11-01.
    expect(instantAt("2026-03-08", 8, 0, "America/New_York").toISOString()).toBe(
      "2026-03-08T12:00:00.000Z",
    );
    expect(instantAt("2026-11-01", 8, 0, "America/New_York").toISOString()).toBe(
      "2026-11-01T13:00:00.000Z",
    );
  });

  it("falls back to UTC for an unknown or missing zone", () => {
    expect(instantAt("2026-11-30", 8, 0, "Mars/Olympus").toISOString()).toBe(
      "2026-11-30T08:00:00.000Z",
    );
  });
});
