import { describe, expect, it } from "vitest";
import { magicLinkCallbackPath, magicLinkFieldsSchema, magicLinkPageUrl } from "./magic-link";

const SITE = "http://localhost:3100";
const token = "t".repeat(64);

describe("the emailed sign-in link", () => {
  it("opens our page with Auth.js's parameters, never Auth.js's callback", () => {
    const mailed = magicLinkPageUrl(
      `${SITE}/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(`${SITE}/plans`)}&token=${token}&email=a%40example.test`,
    );
    const url = new URL(mailed);
    expect(url.origin).toBe(SITE);
    expect(url.pathname).toBe("/sign-in/link");
    expect(url.searchParams.get("token")).toBe(token);
    expect(url.searchParams.get("email")).toBe("a@example.test");
  });

  it("hands the POSTed fields on to Auth.js's callback, landing on this site only", () => {
    const path = (callbackUrl?: string) =>
      new URL(magicLinkCallbackPath({ token, email: "a@example.test", callbackUrl }, [SITE]), SITE);
    expect(path(`${SITE}/plans?x=1`).searchParams.get("callbackUrl")).toBe("/plans?x=1");
    expect(path("/upkeep").searchParams.get("callbackUrl")).toBe("/upkeep");
    expect(path(undefined).searchParams.get("callbackUrl")).toBe("/dashboard");
    for (const offSite of ["https://evil.example/x", "//evil.example/x", "/\\evil.example", "x"]) {
      expect(path(offSite).searchParams.get("callbackUrl")).toBe("/dashboard");
    }
    expect(path().pathname).toBe("/api/auth/callback/nodemailer");
    expect(path().searchParams.get("token")).toBe(token);
  });

  it("refuses fields outside their limits", () => {
    const ok = { token, email: "a@example.test" };
    expect(magicLinkFieldsSchema.safeParse(ok).success).toBe(true);
    for (const bad of [
      {},
      { ...ok, token: "" },
      { ...ok, token: "t".repeat(5_000) },
      { ...ok, email: `${"a".repeat(300)}@example.test` },
      { ...ok, extra: "1" },
    ]) {
      expect(magicLinkFieldsSchema.safeParse(bad).success).toBe(false);
    }
  });
});
