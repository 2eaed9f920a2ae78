import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS, isCommonPassword } from "./common-passwords";
import { newPasswordSchema, signUpSchema } from "./validation";

// From the password dictionary of @zxcvbn-ts/language-common, 8 characters or more; none of them
// was in the old hand-picked list.
const LISTED = ["sunshine1", "baseball1", "michelle", "password1234", "babygirl1"];

describe("the common-password blocklist (ASVS 5.0 6.2.4)", () => {
  it("holds at least 3,000 passwords, each 8 characters or more", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(3000);
    expect([...COMMON_PASSWORDS].filter((password) => password.length < 8)).toEqual([]);
  });

  it("refuses a listed password, whatever its case", () => {
    for (const password of LISTED) {
      expect(isCommonPassword(password), password).toBe(true);
      expect(isCommonPassword(password.toUpperCase()), password).toBe(true);
    }
    expect(isCommonPassword("correct horse battery staple")).toBe(false);
  });

  it("is enforced at sign-up, password reset and password change", () => {
    for (const password of LISTED) {
      expect(
        signUpSchema.safeParse({ email: "a@example.org", password }).success,
        `sign-up with ${password}`,
      ).toBe(false);
      expect(newPasswordSchema.safeParse(password).success, password).toBe(false);
    }
    expect(
      signUpSchema.safeParse({ email: "a@example.org", password: "lantern orbit kettle" }),
    ).toMatchObject({ success: true });
    // Reset and change validate the new password with that same schema.
    for (const file of [
      "app/(public)/reset-password/actions.ts",
      "app/(app)/settings/security-actions.ts",
    ]) {
      expect(readFileSync(file, "utf8"), file).toMatch(/newPasswordSchema/);
    }
  });
});
