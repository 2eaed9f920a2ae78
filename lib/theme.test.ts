import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { THEME_SCRIPT, THEME_SCRIPT_HASH, isTheme } from "./theme";

/** Runs the inline script against a fake document and storage; returns data-theme after it. */
function runScript({
  stored,
  cookie = "",
  storageThrows = false,
  initial,
}: {
  stored?: string | null;
  cookie?: string;
  storageThrows?: boolean;
  initial?: string;
}): string | undefined {
  const attributes = new Map<string, string>(initial ? [["data-theme", initial]] : []);
  const documentElement = {
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  };
  const localStorage = {
    getItem: () => {
      if (storageThrows) throw new Error("SecurityError");
      return stored ?? null;
    },
  };
  runInNewContext(THEME_SCRIPT, { document: { documentElement, cookie }, localStorage });
  return attributes.get("data-theme");
}

describe("theme script", () => {
  it("has the published CSP hash", () => {
    const hash = createHash("sha256").update(THEME_SCRIPT, "utf8").digest("base64");
    expect(THEME_SCRIPT_HASH).toBe(`sha256-${hash}`);
  });

  it("applies a stored light or dark choice", () => {
    expect(runScript({ stored: "dark" })).toBe("dark");
    expect(runScript({ stored: "light" })).toBe("light");
  });

  it("leaves the device in charge for system, nothing or junk", () => {
    expect(runScript({ stored: "system", initial: "dark" })).toBeUndefined();
    expect(runScript({ stored: null })).toBeUndefined();
    expect(runScript({ stored: "<script>" })).toBeUndefined();
  });

  it("falls back to the cookie when storage is empty or blocked", () => {
    expect(runScript({ cookie: "a=1; theme=dark; b=2" })).toBe("dark");
    expect(runScript({ storageThrows: true, cookie: "theme=light" })).toBe("light");
    expect(runScript({ cookie: "xtheme=dark" })).toBeUndefined();
  });

  it("recognises only the three choices", () => {
    expect(["light", "dark", "system"].every(isTheme)).toBe(true);
    expect(isTheme("blue")).toBe(false);
    expect(isTheme(undefined)).toBe(false);
  });
});
