import { describe, expect, it } from "vitest";
import {
  canUnlink,
  providerCanVouch,
  recentlyReauthenticated,
  REAUTHENTICATION_MINUTES,
  vouchesForEmail,
} from "./oauth-linking";

const google = { provider: "google", type: "oidc" };
const email = "owner@example.org";

describe("vouchesForEmail", () => {
  it("trusts Google only when it says that very address is verified", () => {
    expect(vouchesForEmail(google, { email, email_verified: true }, email)).toBe(true);
    expect(
      vouchesForEmail(google, { email: "OWNER@example.org", email_verified: true }, email),
    ).toBe(true);
    expect(vouchesForEmail(google, { email, email_verified: false }, email)).toBe(false);
    expect(vouchesForEmail(google, { email, email_verified: "true" }, email)).toBe(false);
    expect(vouchesForEmail(google, { email }, email)).toBe(false);
    expect(
      vouchesForEmail(google, { email: "other@example.org", email_verified: true }, email),
    ).toBe(false);
    expect(vouchesForEmail(google, undefined, email)).toBe(false);
  });

  it("never trusts providers without a verification claim; always the emailed link", () => {
    const claims = { email, email_verified: true };
    expect(vouchesForEmail({ provider: "github", type: "oauth" }, claims, email)).toBe(false);
    expect(vouchesForEmail({ provider: "microsoft-entra-id", type: "oidc" }, claims, email)).toBe(
      false,
    );
    expect(vouchesForEmail({ provider: "nodemailer", type: "email" }, undefined, email)).toBe(true);
    expect(providerCanVouch("google")).toBe(true);
    expect(providerCanVouch("github")).toBe(false);
  });
});

describe("linking and unlinking", () => {
  const now = new Date("2026-11-30T12:00:00Z");
  it(`links only within ${REAUTHENTICATION_MINUTES} minutes of re-authenticating`, () => {
    expect(recentlyReauthenticated(null, now)).toBe(false);
    expect(recentlyReauthenticated(new Date("2026-11-30T11:50:00Z"), now)).toBe(true);
    expect(recentlyReauthenticated(new Date("2026-11-30T11:49:59Z"), now)).toBe(false);
  });

  it("never unlinks the last way to sign in", () => {
    expect(canUnlink({ hasPassword: false, linkedCount: 1 })).toBe(false);
    expect(canUnlink({ hasPassword: false, linkedCount: 2 })).toBe(true);
    expect(canUnlink({ hasPassword: true, linkedCount: 1 })).toBe(true);
  });
});
