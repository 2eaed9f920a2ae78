import { describe, expect, it } from "vitest";
import { oauthEmailIsVerified } from "./oauth-linking";

describe("oauthEmailIsVerified", () => {
  it("trusts Google only when it says the email is verified", () => {
    expect(oauthEmailIsVerified("google", { email_verified: true })).toBe(true);
    expect(oauthEmailIsVerified("google", { email_verified: false })).toBe(false);
    expect(oauthEmailIsVerified("google", {})).toBe(false);
  });

  it("never links through providers without a verification claim", () => {
    expect(oauthEmailIsVerified("github", { email_verified: true })).toBe(false);
    expect(oauthEmailIsVerified("microsoft-entra-id", { email: "a@b.org" })).toBe(false);
    expect(oauthEmailIsVerified("google", undefined)).toBe(false);
  });
});
