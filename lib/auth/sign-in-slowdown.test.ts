import { describe, expect, it } from "vitest";
import { signInDelayMs, SLOWDOWN_MAX_DELAY_MS } from "./sign-in-slowdown";

describe("signInDelayMs", () => {
  it("lets the first few failures through at once, then doubles up to a cap", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 50].map(signInDelayMs)).toEqual([
      0, 0, 0, 500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(signInDelayMs(1e9)).toBe(SLOWDOWN_MAX_DELAY_MS);
    expect(signInDelayMs(Number.NaN)).toBe(0);
  });
});
