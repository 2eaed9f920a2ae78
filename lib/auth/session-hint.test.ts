import { describe, expect, it } from "vitest";
import { hasSessionHint, SESSION_HINT_COOKIE } from "./session-hint";

describe("hasSessionHint", () => {
  it("finds the hint among other cookies, and nothing else", () => {
    expect(hasSessionHint("")).toBe(false);
    expect(hasSessionHint("theme=dark")).toBe(false);
    expect(hasSessionHint(`theme=dark; ${SESSION_HINT_COOKIE}=1`)).toBe(true);
    expect(hasSessionHint(`${SESSION_HINT_COOKIE}=1`)).toBe(true);
    expect(hasSessionHint(`x${SESSION_HINT_COOKIE}=1`)).toBe(false);
  });
});
