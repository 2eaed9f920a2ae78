/**
 * The CE activity form's rules, shared by the actions, the JSON import and the inputs' limits
 * (CE_LIMITS, mirrored by the database's check constraints). Credits stay decimal strings with at
 * most two places; they are normalised ("1.50" → "1.5") and never go through a float.
 */
import { z } from "zod";
import type { CeCategory, CraDomain } from "@/lib/catalog/types";
import { CE_CATEGORIES, CRA_DOMAINS } from "@/lib/catalog/upkeep";
import { isIsoDate } from "@/lib/dates";
import { formatCredits, parseCredits } from "./credits";
import { BODY_CREDIT_FIELDS, CE_LIMITS, type BodyCreditField } from "./limits";

const categoryValues = CE_CATEGORIES.map((c) => c.value) as [CeCategory, ...CeCategory[]];
const domainValues = CRA_DOMAINS.map((d) => d.value) as [CraDomain, ...CraDomain[]];

const CREDITS_MESSAGE = "Enter credits as a number with at most 2 decimal places, like 1.5.";

/** A positive credit amount below the limit, as normalised decimal text. */
export const creditsSchema = z
  .string({ error: CREDITS_MESSAGE })
  .trim()
  .max(12, CREDITS_MESSAGE)
  .transform((text, context) => {
    const value = parseCredits(text);
    if (value === null || value === 0) {
      context.addIssue({ code: "custom", message: CREDITS_MESSAGE });
      return z.NEVER;
    }
    if (value >= CE_LIMITS.creditsBelow * 100) {
      context.addIssue({ code: "custom", message: "That is too many credits for one activity." });
      return z.NEVER;
    }
    return formatCredits(value);
  });

/** What a body grants, where it differs: empty means "as the certificate"; 0 is allowed. */
const bodyCreditsSchema = z
  .string()
  .trim()
  .max(12, CREDITS_MESSAGE)
  .optional()
  .transform((text, context) => {
    if (text === undefined || text === "") return null;
    const value = parseCredits(text);
    if (value === null) {
      context.addIssue({ code: "custom", message: CREDITS_MESSAGE });
      return z.NEVER;
    }
    return formatCredits(value);
  });

export const completedOnSchema = z
  .string({ error: "Enter the date you completed it." })
  .trim()
  .min(1, "Enter the date you completed it.")
  .refine(isIsoDate, "Use a date like 2026-03-15.")
  .refine((value) => value >= "1950-01-01", "Use a date after 1950.");

export const ceActivityFields = {
  completedOn: completedOnSchema,
  title: z
    .string({ error: "Enter the activity's title." })
    .trim()
    .min(1, "Enter the activity's title.")
    .max(CE_LIMITS.title, `Use at most ${CE_LIMITS.title} characters.`),
  provider: z
    .string()
    .trim()
    .max(CE_LIMITS.provider, `Use at most ${CE_LIMITS.provider} characters.`)
    .optional()
    .transform((value) => value ?? ""),
  credits: creditsSchema,
  category: z.enum(categoryValues, { error: "Choose a category." }),
  craDomain: z
    .union([z.enum(domainValues), z.literal("")], { error: "Choose a CRA domain." })
    .optional()
    .transform((value) => (value ? value : null)),
  creditsArdms: bodyCreditsSchema,
  creditsCci: bodyCreditsSchema,
  creditsArrt: bodyCreditsSchema,
  creditsArrtSonography: bodyCreditsSchema,
  creditsAbii: bodyCreditsSchema,
  creditsAhra: bodyCreditsSchema,
  notes: z
    .string()
    .trim()
    .max(CE_LIMITS.notes, `Use at most ${CE_LIMITS.notes} characters.`)
    .optional()
    .transform((value) => (value ? value : null)),
};

/** Cross-field checks: a body grants at most the certificate's credits, ARRT Sonography at most ARRT's. */
export function bodyCreditProblems(values: {
  credits: string;
  creditsArrt: string | null;
  creditsArrtSonography: string | null;
  creditsArdms: string | null;
  creditsCci: string | null;
  creditsAbii: string | null;
  creditsAhra: string | null;
}): Partial<Record<BodyCreditField, string[]>> {
  const total = parseCredits(values.credits) ?? 0;
  const problems: Partial<Record<BodyCreditField, string[]>> = {};
  for (const { field } of BODY_CREDIT_FIELDS) {
    const text = values[field];
    if (text === null) continue;
    const value = parseCredits(text) ?? 0;
    if (value > total) problems[field] = ["Can't be more than the activity's credits."];
  }
  const arrt = values.creditsArrt === null ? total : (parseCredits(values.creditsArrt) ?? 0);
  const sonography =
    values.creditsArrtSonography === null ? 0 : (parseCredits(values.creditsArrtSonography) ?? 0);
  if (sonography > arrt && !problems.creditsArrtSonography) {
    problems.creditsArrtSonography = ["Can't be more than the ARRT credits."];
  }
  return problems;
}
