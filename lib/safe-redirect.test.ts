import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirectPath("/plans/abc?tab=1")).toBe("/plans/abc?tab=1");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    42,
    undefined,
  ])("falls back for %s", (candidate) => {
    expect(safeRedirectPath(candidate)).toBe("/dashboard");
  });
});
