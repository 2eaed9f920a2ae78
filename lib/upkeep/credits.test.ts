import { describe, expect, it } from "vitest";
import { ceilDiv, formatCredits, parseCredits, toHundredths } from "./credits";

describe("parseCredits", () => {
  it("reads decimals with up to two places as exact hundredths", () => {
    expect(parseCredits("1")).toBe(100);
    expect(parseCredits("1.5")).toBe(150);
    expect(parseCredits("0.75")).toBe(75);
    expect(parseCredits("0.05")).toBe(5);
    expect(parseCredits(".5")).toBe(50);
    expect(parseCredits(" 12.25 ")).toBe(1225);
    expect(parseCredits("0")).toBe(0);
  });

  it("refuses anything else", () => {
    for (const bad of ["", "1.234", "-1", "1,5", "abc", "1e2", "1.", "Infinity", "0x10"]) {
      expect(parseCredits(bad), bad).toBeNull();
    }
  });
});

describe("formatCredits", () => {
  it("writes plain decimals without trailing zeros", () => {
    expect(formatCredits(3000)).toBe("30");
    expect(formatCredits(150)).toBe("1.5");
    expect(formatCredits(75)).toBe("0.75");
    expect(formatCredits(5)).toBe("0.05");
    expect(formatCredits(0)).toBe("0");
    expect(formatCredits(-250)).toBe("-2.5");
  });

  it("round-trips with parseCredits", () => {
    for (const text of ["0.01", "0.1", "2.5", "36", "999.99"]) {
      expect(formatCredits(parseCredits(text)!)).toBe(text);
    }
  });
});

describe("exact sums", () => {
  it("0.75 + 0.25 is exactly 1, and 0.1 + 0.2 exactly 0.3", () => {
    expect(parseCredits("0.75")! + parseCredits("0.25")!).toBe(toHundredths(1));
    expect(parseCredits("0.1")! + parseCredits("0.2")!).toBe(30);
  });
});

describe("ceilDiv", () => {
  it("rounds up, never down", () => {
    expect(ceilDiv(1500, 21)).toBe(72);
    expect(ceilDiv(3600, 36)).toBe(100);
    expect(ceilDiv(1, 3)).toBe(1);
    expect(ceilDiv(0, 5)).toBe(0);
  });
});
