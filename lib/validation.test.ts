import { describe, expect, it } from "vitest";
import { signUpSchema } from "./validation";

describe("signUpSchema", () => {
  it("normalises the email and drops an empty name", () => {
    const parsed = signUpSchema.parse({
      email: "  Riley@Example.ORG ",
      password: "12345678",
      name: " ",
    });
    expect(parsed).toEqual({ email: "riley@example.org", password: "12345678", name: undefined });
  });

  it("explains each bad field", () => {
    const result = signUpSchema.safeParse({
      email: "nope",
      password: "short",
      name: "x".repeat(101),
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map(
      (issue) => `${String(issue.path[0])}: ${issue.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^email: Enter a valid email/),
        "password: Use at least 8 characters.",
        "name: Use at most 100 characters.",
      ]),
    );
  });

  it("refuses unknown keys so nothing extra rides along", () => {
    expect(
      signUpSchema.safeParse({ email: "a@b.org", password: "12345678", isAdmin: true }).success,
    ).toBe(false);
  });

  it("caps passwords at 256 characters", () => {
    expect(signUpSchema.safeParse({ email: "a@b.org", password: "x".repeat(257) }).success).toBe(
      false,
    );
    expect(signUpSchema.safeParse({ email: "a@b.org", password: "x".repeat(256) }).success).toBe(
      true,
    );
  });
});
