import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS, isCommonPassword } from "./common-passwords";
import { newPasswordSchema, signUpSchema } from "./validation";
import { schemas as resetSchemas } from "@/app/(public)/reset-password/action-schemas";
import { schemas as securitySchemas } from "@/app/(app)/settings/security-action-schemas";

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
    // The schemas the reset and change actions validate with (exported beside them).
    for (const password of LISTED) {
      expect(
        resetSchemas.resetPassword.safeParse({ token: "t".repeat(43), password }).success,
        `reset to ${password}`,
      ).toBe(false);
      expect(
        securitySchemas.changePasswordAction.safeParse({
          currentPassword: "an old passphrase",
          newPassword: password,
        }).success,
        `change to ${password}`,
      ).toBe(false);
    }
  });
});
