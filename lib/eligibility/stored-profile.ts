/**
 * The eligibility profile as it is stored (one JSON document per user, `eligibility_profiles`),
 * validated here, and THE one mapping from it to what the engines read:
 * - `toEligibilityProfile` → the eligibility engine's profile;
 * - `planRecordAnswers` → the plan engine's extra records (experience credit, FE answer, UPI,
 *   ARRT procedure logs), read through the same eligibility profile so both engines agree.
 *
 * UNKNOWN IS NOT NO: every field is optional and a missing field is "not answered".
 * Held credentials in the catalog come from `held_credentials` (the held-credential editor owns
 * them); this document adds only what that table cannot say (FE's credential, UPI, credentials
 * from outside the catalog such as R.T.(R)).
 */
import { z } from "zod";
import { outsideCredentials } from "@/lib/catalog/eligibility-routes";
import type { ExperienceCreditRecord, ProcedureLogStart, UserRecords } from "@/lib/plan/types";
import { profileExperience } from "./experience-credit";
import type { EligibilityProfile, HeldCredential } from "./types";

/** Stored-document version: bump with a migration of the JSON when its shape changes. */
export const STORED_PROFILE_VERSION = 1;

const date = z.iso.date({ error: "Enter a date like 2026-05-15." });
const months = z.number().min(0).max(720);
const hours = z.number().min(0).max(200_000);
const count = z.number().int().min(0).max(1_000_000);

export const CLINICAL_AREAS = [
  "general",
  "cardiac",
  "vascular",
  "breast",
  "musculoskeletal",
] as const;
export const PROGRAM_AREAS = [
  "abdominal",
  "obgyn",
  "adult-cardiac",
  "pediatric-cardiac",
  "vascular",
  "breast",
  "musculoskeletal",
  "advanced-cardiac",
] as const;
export const PROGRAM_AWARDS = [
  "certificate",
  "diploma",
  "associate",
  "bachelor",
  "master",
] as const;
export const DEGREE_LEVELS = ["none", "associate", "bachelor", "master", "doctorate"] as const;
export const DEGREE_FIELDS = [
  "sonography",
  "vascular",
  "cardiovascular",
  "radiography",
  "nursing",
  "respiratory-therapy",
  "occupational-therapy",
  "physical-therapy",
  "imaging-informatics",
  "health-administration",
  "business",
  "biology",
  "kinesiology",
  "emergency-medical-services",
  "other-health",
  "other",
] as const;
export const OUTSIDE_CREDENTIAL_SLUGS = outsideCredentials.map((c) => c.slug) as [
  string,
  ...string[],
];

const areaExperience = z.strictObject({
  fullTimeMonths: months.optional(),
  paidHours: hours.optional(),
});

export const storedProfileSchema = z.strictObject({
  version: z.literal(STORED_PROFILE_VERSION).optional(),
  education: z
    .strictObject({
      programs: z
        .array(
          z.strictObject({
            status: z.enum(["graduated", "enrolled"]).optional(),
            graduationDate: date.optional(),
            accredited: z.boolean().optional(),
            areas: z.array(z.enum(PROGRAM_AREAS)).max(8).optional(),
            award: z.enum(PROGRAM_AWARDS).optional(),
          }),
        )
        .max(5)
        .optional(),
      alliedHealthTwoYear: z.boolean().optional(),
      highestDegree: z.enum(DEGREE_LEVELS).optional(),
      degreeField: z.enum(DEGREE_FIELDS).optional(),
      semesterCredits: z.number().min(0).max(400).optional(),
      healthScienceGraduate: z.enum(["yes", "no", "unknown"]).optional(),
      highSchoolOrGed: z.boolean().optional(),
      physician: z.boolean().optional(),
    })
    .optional(),
  experience: z
    .strictObject({
      clinical: z
        .strictObject({
          general: areaExperience.optional(),
          cardiac: areaExperience.optional(),
          vascular: areaExperience.optional(),
          breast: areaExperience.optional(),
          musculoskeletal: areaExperience.optional(),
          unspecified: areaExperience.optional(),
        })
        .optional(),
      studies: z
        .strictObject({
          cardiac: count.optional(),
          vascular: count.optional(),
          congenital: count.optional(),
        })
        .optional(),
      leadership: z
        .strictObject({
          years: z.number().min(0).max(60).optional(),
          allFiveCraDomains: z.boolean().optional(),
        })
        .optional(),
      imagingProfessionalMonths: months.optional(),
      registeredEchoYears: z.number().min(0).max(60).optional(),
    })
    .optional(),
  /** Informatics CE hours, dated. */
  informaticsCe: z
    .array(z.strictObject({ amount: z.number().min(0).max(10_000), on: date }))
    .max(50)
    .optional(),
  /** Credentials outside the catalog (R.T.(R), NMTCB …), with dates. */
  otherCredentials: z
    .array(
      z.strictObject({
        slug: z.enum(OUTSIDE_CREDENTIAL_SLUGS),
        earnedOn: date.optional(),
        active: z.boolean().optional(),
      }),
    )
    .max(20)
    .optional(),
  /** A held FE: which credential it counts toward (unset = not stated). */
  feCountsToward: z.enum(["ardms-rdms", "ardms-rdcs"]).optional(),
  /** The held ARDMS credential was earned through the older UPI physics exam. */
  ardmsPhysicsViaUpi: z.boolean().optional(),
  /** ARRT postprimary procedure logs started in ARRT's tool. */
  arrtProcedureLogs: z
    .array(
      z.strictObject({
        discipline: z.enum(["vascular-sonography", "breast-sonography"]),
        firstProcedureOn: date.optional(),
        complete: z.boolean().optional(),
      }),
    )
    .max(2)
    .optional(),
  /**
   * Set by the migration of the old "years of experience" answer: that work is stored as
   * "clinical sonography, area not stated" and the person is asked to split it by area.
   */
  splitLegacyExperience: z.boolean().optional(),
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;

/** A stored document that no longer validates is read as empty, never trusted. */
export function parseStoredProfile(value: unknown): StoredProfile {
  const parsed = storedProfileSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

/** What the engines need besides the stored document. */
export interface ProfileSources {
  stored: StoredProfile;
  /** Held catalog credentials, exams and degrees (held_credentials). */
  held: readonly { requirementSlug: string; earnedOn: string | null }[];
  /** The old single number (user_profiles.experience_months), if a row still has it. */
  legacyExperienceMonths: number | null;
  /** Whether the person has said what they hold (onboarding saved, or anything held). */
  credentialsAnswered: boolean;
  today: string;
}

const ARRT_CREDENTIAL_OF: Record<string, string> = {
  "vascular-sonography": "arrt-vs",
  "breast-sonography": "arrt-bs",
};

/** THE mapping: stored profile → the eligibility engine's profile. */
export function toEligibilityProfile(sources: ProfileSources): EligibilityProfile {
  const { stored, held, today } = sources;
  const profile: { -readonly [K in keyof EligibilityProfile]: EligibilityProfile[K] } = { today };
  if (stored.education) profile.education = stored.education;
  const experience = stored.experience ? { ...stored.experience } : undefined;
  if (sources.legacyExperienceMonths !== null && experience?.clinical === undefined) {
    // Not yet split: the old answer is clinical sonography with no area stated.
    profile.experience = {
      ...experience,
      clinical: { unspecified: { fullTimeMonths: sources.legacyExperienceMonths } },
    };
  } else if (experience) {
    profile.experience = experience;
  }
  const credentials: HeldCredential[] = [
    // "What you hold" means held now: active. (The held-credential editor's spells, when they
    // land, carry lapses; a lapsed spell is then passed as not active.)
    ...held.map((h) => ({
      slug: h.requirementSlug,
      active: true,
      ...(h.earnedOn ? { earnedOn: h.earnedOn } : {}),
    })),
    ...(stored.otherCredentials ?? []).map((c) => ({
      slug: c.slug,
      ...(c.earnedOn ? { earnedOn: c.earnedOn } : {}),
      ...(c.active !== undefined ? { active: c.active } : {}),
    })),
  ];
  // Once the person has said what they hold, anything not listed is not held.
  if (sources.credentialsAnswered || credentials.length > 0) profile.credentials = credentials;
  if (stored.informaticsCe) profile.informaticsCe = stored.informaticsCe;
  if (stored.ardmsPhysicsViaUpi !== undefined)
    profile.ardmsPhysicsViaUpi = stored.ardmsPhysicsViaUpi;
  if (stored.arrtProcedureLogs) {
    profile.arrtProcedureLogs = stored.arrtProcedureLogs.map((log) => ({
      discipline: log.discipline,
      ...(log.complete !== undefined ? { complete: log.complete } : {}),
      ...(log.firstProcedureOn ? { firstProcedureOn: log.firstProcedureOn } : {}),
    }));
  }
  return profile;
}

/** What the plan engine reads from the profile, through the same eligibility profile. */
export interface PlanRecordAnswers {
  experience: Record<string, ExperienceCreditRecord>;
  ardmsPhysicsViaUpi?: boolean;
  procedureLogs: ProcedureLogStart[];
  /** Held exams' "counts toward" answers, by requirement slug. */
  heldCountsToward: Record<string, string>;
}

export function planRecordAnswers(
  stored: StoredProfile,
  profile: EligibilityProfile,
): PlanRecordAnswers {
  return {
    experience: profileExperience(profile),
    ...(stored.ardmsPhysicsViaUpi !== undefined
      ? { ardmsPhysicsViaUpi: stored.ardmsPhysicsViaUpi }
      : {}),
    procedureLogs: (stored.arrtProcedureLogs ?? []).flatMap((log) =>
      log.firstProcedureOn
        ? [
            {
              credentialSlug: ARRT_CREDENTIAL_OF[log.discipline]!,
              firstProcedureOn: log.firstProcedureOn,
            },
          ]
        : [],
    ),
    heldCountsToward: stored.feCountsToward ? { "ardms-fe": stored.feCountsToward } : {},
  };
}

/**
 * A user's records and stored profile answers, mapped once for both engines: the plan engine's
 * records gain the profile's experience, FE's credential, UPI and ARRT procedure logs, and the
 * eligibility engine gets the profile. Every loader and the reminder scan read through this.
 */
export function recordsWithProfile(input: {
  records: UserRecords;
  answers: unknown;
  onboarded: boolean;
  today: string;
}): { records: UserRecords; stored: StoredProfile; eligibilityProfile: EligibilityProfile } {
  const stored = parseStoredProfile(input.answers);
  const eligibilityProfile = toEligibilityProfile({
    stored,
    held: input.records.held,
    legacyExperienceMonths: input.records.experienceMonths,
    credentialsAnswered: input.onboarded,
    today: input.today,
  });
  const answers = planRecordAnswers(stored, eligibilityProfile);
  const records: UserRecords = {
    ...input.records,
    held: input.records.held.map((h) =>
      answers.heldCountsToward[h.requirementSlug]
        ? { ...h, countsToward: answers.heldCountsToward[h.requirementSlug] }
        : h,
    ),
    experience: answers.experience,
    procedureLogs: answers.procedureLogs,
    ...(answers.ardmsPhysicsViaUpi !== undefined
      ? { ardmsPhysicsViaUpi: answers.ardmsPhysicsViaUpi }
      : {}),
  };
  return { records, stored, eligibilityProfile };
}
