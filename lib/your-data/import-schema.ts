/**
 * What a JSON export may bring back into an account (Settings → "Import a JSON export"): only the
 * sections a person owns and can own again, checked with the same limits as the forms. Identity,
 * sessions, audit events, linked accounts, emailed links, the calendar feed, correction reports
 * and anything about sharing are not read at all, and no id from the file is ever used: rows are
 * matched by their natural keys within the signed-in user and get new ids.
 */
import { z } from "zod";
import { catalog } from "@/lib/catalog";
import { isIsoDate } from "@/lib/dates";
import { milestoneStatuses } from "@/lib/milestone-status";
import { MILESTONE_LIMITS } from "@/lib/plan/limits";
import { ceActivityFields } from "@/lib/upkeep/activity-input";
import { HELD_STATUSES } from "@/lib/upkeep/limits";
import { storedProfileSchema } from "@/lib/eligibility/stored-profile";

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The sections read; every other key of the file is reported as ignored. */
export const IMPORTABLE_SECTIONS = [
  "profile",
  "plans",
  "progress",
  "customMilestones",
  "heldCredentials",
  "examAttempts",
  "ceActivities",
  "eligibilityProfile",
  "eligibilityMilestones",
] as const;

const requirementSlugs = new Set(catalog.requirements.map((r) => r.slug));
const pathSlugs = new Set(catalog.paths.map((p) => p.slug));

const date = z.string().refine(isIsoDate, "Not a date written as YYYY-MM-DD.");
const optionalDate = date
  .nullable()
  .optional()
  .transform((value) => value ?? null);
const text = (max: number) =>
  z
    .string()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === undefined || value === "" ? null : value));
const requirementSlug = z
  .string()
  .refine((slug) => requirementSlugs.has(slug), "Unknown requirement.");

// Sections are objects with extra keys allowed (an export carries ids and timestamps we drop).
export const importSchema = z.object({
  format: z.literal("sonography-career-planner-export", {
    error: "This is not a Sonography Career Planner export.",
  }),
  version: z.literal(1, { error: "This export's version is not supported." }),
  profile: z
    .object({
      experienceMonths: z.number().int().min(0).max(720).nullable().optional(),
      arrtBirthMonth: z.number().int().min(1).max(12).nullable().optional(),
    })
    .nullable()
    .optional(),
  plans: z
    .array(
      z.object({
        id: z.string().max(100).optional(),
        pathSlug: z.string().refine((slug) => pathSlugs.has(slug), "Unknown path."),
        isPrimary: z.boolean().optional(),
        picks: z.record(z.string().max(200), z.string().max(200)).optional(),
        notApplicable: z.array(z.string().max(200)).max(200).optional(),
      }),
    )
    .max(100)
    .optional(),
  progress: z
    .array(
      z.object({
        requirementSlug,
        status: z.enum(milestoneStatuses).optional(),
        recordedStatus: z.enum(milestoneStatuses).optional(),
        targetDate: optionalDate,
        examDate: optionalDate,
        completedDate: optionalDate,
        registryNumber: text(MILESTONE_LIMITS.registryNumber),
        score: text(MILESTONE_LIMITS.score),
        certificateRef: text(MILESTONE_LIMITS.certificateRef),
        evidenceUrl: text(MILESTONE_LIMITS.evidenceUrl),
        notes: text(MILESTONE_LIMITS.notes),
      }),
    )
    .max(1000)
    .optional(),
  customMilestones: z
    .array(
      z.object({
        planId: z.string().max(100),
        title: z.string().min(1).max(MILESTONE_LIMITS.title),
        status: z.enum(milestoneStatuses).optional(),
        targetDate: optionalDate,
        completedDate: optionalDate,
        notes: text(MILESTONE_LIMITS.notes),
        position: z.number().int().min(0).max(100_000).optional(),
      }),
    )
    .max(2000)
    .optional(),
  heldCredentials: z
    .array(
      z.object({
        requirementSlug,
        earnedOn: optionalDate,
        status: z.enum(HELD_STATUSES).optional(),
        endedOn: optionalDate,
      }),
    )
    .max(500)
    .optional(),
  examAttempts: z
    .array(
      z.object({
        requirementSlug,
        attemptedOn: date,
        result: z.enum(["passed", "failed"]),
        countsToward: requirementSlug.nullable().optional(),
      }),
    )
    .max(2000)
    .optional(),
  ceActivities: z
    .array(
      z.object({
        ...ceActivityFields,
        provider: ceActivityFields.provider.nullable().transform((value) => value ?? ""),
        creditsArdms: ceActivityFields.creditsArdms.nullable().transform((v) => v ?? null),
        creditsCci: ceActivityFields.creditsCci.nullable().transform((v) => v ?? null),
        creditsArrt: ceActivityFields.creditsArrt.nullable().transform((v) => v ?? null),
        creditsArrtSonography: ceActivityFields.creditsArrtSonography
          .nullable()
          .transform((v) => v ?? null),
        creditsAbii: ceActivityFields.creditsAbii.nullable().transform((v) => v ?? null),
        creditsAhra: ceActivityFields.creditsAhra.nullable().transform((v) => v ?? null),
        craDomain: ceActivityFields.craDomain.nullable().transform((v) => v ?? null),
        notes: ceActivityFields.notes.nullable().transform((v) => v ?? null),
      }),
    )
    .max(5000)
    .optional(),
  // The eligibility answers, checked as the profile form's are (lib/eligibility/stored-profile).
  eligibilityProfile: z.object({ answers: storedProfileSchema }).nullable().optional(),
  eligibilityMilestones: z
    .array(z.object({ requirementSlug, targetSlug: requirementSlug }))
    .max(200)
    .optional(),
});

export type ImportFile = z.infer<typeof importSchema>;

/** A difference between a row already in the account (which is kept) and the file's row. */
export interface ImportDifference {
  section: (typeof IMPORTABLE_SECTIONS)[number];
  /** The natural key, in words: "ardms-spi", "echocardiographer", "2025-05-01 · Title · 1.5". */
  key: string;
  field: string;
  kept: string | null;
  inFile: string | null;
}

export interface ImportSummary {
  added: Record<(typeof IMPORTABLE_SECTIONS)[number], number>;
  differences: ImportDifference[];
  /** Top-level keys of the file that are never imported (identity, sessions, …). */
  ignored: string[];
}

/** Zod's first problems as "plans.0.pathSlug: Unknown path." lines. */
export function importProblems(error: z.ZodError): string[] {
  return error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.join(".") || "file"}: ${issue.message}`);
}
