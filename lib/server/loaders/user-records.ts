import "server-only";
import { getUserRecords } from "@/db/queries/progress";
import type { EligibilityProfile } from "@/lib/eligibility/types";
import {
  parseStoredProfile,
  planRecordAnswers,
  toEligibilityProfile,
  type StoredProfile,
} from "@/lib/eligibility/stored-profile";
import type { UserRecords } from "@/lib/plan/types";

/**
 * The user's records for the plan engine and their profile for the eligibility engine, from one
 * read and one mapping (lib/eligibility/stored-profile.ts), so the two engines always agree:
 * experience milestones, FE's credential, UPI and ARRT procedure logs come from the profile.
 */
export async function loadUserRecords(userId: string, today: string) {
  const data = await getUserRecords(userId);
  const stored: StoredProfile = parseStoredProfile(data.eligibility?.answers);
  const profile: EligibilityProfile = toEligibilityProfile({
    stored,
    held: data.records.held,
    legacyExperienceMonths: data.records.experienceMonths,
    credentialsAnswered: Boolean(data.profile?.onboardedAt),
    today,
  });
  const answers = planRecordAnswers(stored, profile);
  const records: UserRecords = {
    ...data.records,
    held: data.records.held.map((h) =>
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
  return {
    ...data,
    records,
    stored,
    eligibilityProfile: profile,
    profileVersion: data.eligibility?.version ?? 0,
  };
}
