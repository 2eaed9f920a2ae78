/**
 * Reading the profile without losing "unknown". Every helper returns a value that keeps
 * "not answered" apart from "no" or zero.
 */
import type { ClinicalArea, DegreeLevel, ProgramAward } from "@/lib/catalog/types";
import type { EligibilityProfile, HeldCredential, SonographyProgram } from "./types";

export const DEGREE_RANK: Readonly<Record<DegreeLevel, number>> = {
  none: 0,
  associate: 1,
  bachelor: 2,
  master: 3,
  doctorate: 4,
};

export const AWARD_RANK: Readonly<Record<ProgramAward, number>> = {
  certificate: 0,
  diploma: 1,
  associate: 2,
  bachelor: 3,
  master: 4,
};

/** The degree a program's award amounts to (certificates and diplomas are not degrees). */
export function degreeOfAward(award: ProgramAward): DegreeLevel {
  switch (award) {
    case "associate":
      return "associate";
    case "bachelor":
      return "bachelor";
    case "master":
      return "master";
    case "certificate":
    case "diploma":
      return "none";
  }
}

export const ALL_AREAS: readonly ClinicalArea[] = [
  "general",
  "cardiac",
  "vascular",
  "breast",
  "musculoskeletal",
];

/** ARDMS credentials: holding any implies SPI (or its predecessor) was passed. */
export const ARDMS_CREDENTIALS: readonly string[] = [
  "ardms-rdms",
  "ardms-rdcs",
  "ardms-rvt",
  "ardms-rmsks",
];

export type Holding =
  | { state: "unknown" }
  | { state: "no" }
  | { state: "yes" | "inactive" | "active-unknown"; credential: HeldCredential };

/**
 * Whether the person holds a credential or a passed exam. An ARDMS specialty exam is also held
 * when it is listed under a held ARDMS credential's specialties.
 */
export function holding(profile: EligibilityProfile, slug: string): Holding {
  const credentials = profile.credentials;
  if (credentials === undefined) return { state: "unknown" };
  const direct = credentials.find((c) => c.slug === slug);
  const viaSpecialty = credentials.find((c) => c.specialties?.includes(slug));
  const found = direct ?? viaSpecialty;
  if (!found) return { state: "no" };
  if (found.active === true) return { state: "yes", credential: found };
  if (found.active === false) return { state: "inactive", credential: found };
  return { state: "active-unknown", credential: found };
}

/** Graduated programs (status "graduated"). Unknown status is not counted as graduated. */
export function graduatedPrograms(profile: EligibilityProfile): SonographyProgram[] {
  return (profile.education?.programs ?? []).filter((p) => p.status === "graduated");
}

/** The highest degree, taking graduated programs' awards into account; undefined = unknown. */
export function highestDegree(profile: EligibilityProfile): DegreeLevel | undefined {
  const stated = profile.education?.highestDegree;
  const fromPrograms = graduatedPrograms(profile)
    .map((p) => (p.award ? degreeOfAward(p.award) : "none"))
    .reduce<DegreeLevel>((best, d) => (DEGREE_RANK[d] > DEGREE_RANK[best] ? d : best), "none");
  if (stated === undefined) return fromPrograms === "none" ? undefined : fromPrograms;
  return DEGREE_RANK[fromPrograms] > DEGREE_RANK[stated] ? fromPrograms : stated;
}

/** Experience in some areas, pooled. `unknownAreas` lists areas answered without an amount. */
export interface PooledExperience {
  answered: boolean;
  months: number;
  paidHours: number;
  unknownAreas: ClinicalArea[];
  /** Work whose area was not stated (might count toward these areas). */
  unspecifiedMonths: number;
  unspecifiedHours: number;
}

export function pooledExperience(
  profile: EligibilityProfile,
  areas: readonly ClinicalArea[],
): PooledExperience {
  const clinical = profile.experience?.clinical;
  const pooled: PooledExperience = {
    answered: clinical !== undefined,
    months: 0,
    paidHours: 0,
    unknownAreas: [],
    unspecifiedMonths: 0,
    unspecifiedHours: 0,
  };
  if (!clinical) return pooled;
  for (const area of areas) {
    const entry = clinical[area];
    if (!entry) continue;
    if (entry.fullTimeMonths === undefined && entry.paidHours === undefined) {
      pooled.unknownAreas.push(area);
      continue;
    }
    pooled.months += entry.fullTimeMonths ?? 0;
    pooled.paidHours += entry.paidHours ?? 0;
  }
  const unspecified = clinical.unspecified;
  if (unspecified) {
    pooled.unspecifiedMonths = unspecified.fullTimeMonths ?? 0;
    pooled.unspecifiedHours = unspecified.paidHours ?? 0;
  }
  return pooled;
}

/** Total clinical experience in months, every area and unstated work together. */
export function totalClinicalMonths(
  profile: EligibilityProfile,
  paidHoursPerMonth: number,
): number | undefined {
  const pooled = pooledExperience(profile, ALL_AREAS);
  if (!pooled.answered || pooled.unknownAreas.length > 0) return undefined;
  const months = pooled.months + pooled.unspecifiedMonths;
  const fromHours = (pooled.paidHours + pooled.unspecifiedHours) / paidHoursPerMonth;
  return Math.max(months, fromHours);
}
