import { describe, expect, it } from "vitest";
import { signUpSchema } from "./validation";

describe("signUpSchema", () => {
  it("normalises the email and drops an empty name", () => {
    const parsed = signUpSchema.parse({
      email: "  Riley@Example.ORG ",
      password: "kettle morning",
      name: " ",
    });
    expect(parsed).toEqual({
      email: "riley@example.org",
      password: "kettle morning",
      name: undefined,
    });
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
      signUpSchema.safeParse({ email: "a@b.org", password: "kettle morning", isAdmin: true })
        .success,
    ).toBe(false);
  });

  it("refuses the most common passwords, without composition rules", () => {
    for (const password of ["password", "Password1", "12345678", "aaaaaaaa", "qwertyuiop"]) {
      expect(signUpSchema.safeParse({ email: "a@b.org", password }).success, password).toBe(false);
    }
    expect(
      signUpSchema.safeParse({ email: "a@b.org", password: "blue kettle morning" }).success,
    ).toBe(true);
  });

  it("caps passwords at 256 characters", () => {
    expect(signUpSchema.safeParse({ email: "a@b.org", password: "ab".repeat(129) }).success).toBe(
      false,
    );
    expect(signUpSchema.safeParse({ email: "a@b.org", password: "ab".repeat(128) }).success).toBe(
      true,
    );
  });
});
