import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

/** Shared input rules; lengths mirror the database's check constraints. */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.org."));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(8, "Use at least 8 characters.")
  .max(256, "Use at most 256 characters.")
  .refine(
    (password) => !isCommonPassword(password),
    "That password is one of the most common and easy to guess. Try a few unrelated words.",
  );

export const displayNameSchema = z
  .string()
  .trim()
  .max(100, "Use at most 100 characters.")
  .transform((value) => (value === "" ? undefined : value))
  .optional();

export const signUpSchema = z
  .object({
    name: displayNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
  })
  .strict();

export const signInSchema = z
  .object({
    email: emailSchema,
    // Never length-check an existing password beyond a sanity cap: rules may have changed.
    password: z.string().min(1, "Enter your password.").max(1024),
    callbackUrl: z.string().max(2000).optional(),
  })
  .strict();

export type FieldErrors<T extends string = string> = Partial<Record<T, string[]>>;

export interface FormState<T extends string = string> {
  ok?: boolean;
  message?: string;
  errors?: FieldErrors<T>;
  /** Values to put back in the form after a failed submit (never a password). */
  values?: Partial<Record<T, string>>;
}

/** A calendar date from a date input: "" means none. */
export const optionalDateSchema = z
  .string()
  .trim()
  .transform((value) => (value === "" ? null : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-15.")
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      }, "That date doesn't exist.")
      .refine(
        (value) => value >= "1950-01-01" && value <= "2100-12-31",
        "Use a date between 1950 and 2100.",
      )
      .nullable(),
  )
  .nullable()
  .optional()
  .transform((value) => value ?? null);

export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9-]+$/, "Not a valid identifier.");

export const idSchema = z.uuid("Not a valid identifier.");

export const versionSchema = z.coerce.number().int().min(0).max(1_000_000_000);

export const toArray = (value: unknown) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
