import "server-only";
import { getUserRecords, type UserRecordRows } from "@/db/queries/progress";
import { recordsWithProfile } from "@/lib/eligibility/stored-profile";

/**
 * The user's records for the plan engine and their profile for the eligibility engine, from one
 * read and one mapping (lib/eligibility/stored-profile.ts), so the two engines always agree:
 * experience milestones, FE's credential, UPI and ARRT procedure logs come from the profile.
 */
export async function loadUserRecords(userId: string, today: string) {
  return userRecordsWithProfile(await getUserRecords(userId), today);
}

/** loadUserRecords' mapping, for records read by another query (the dashboard's one statement). */
export function userRecordsWithProfile(data: UserRecordRows, today: string) {
  const mapped = recordsWithProfile({
    records: data.records,
    answers: data.eligibility?.answers,
    onboarded: Boolean(data.profile?.onboardedAt),
    today,
  });
  return { ...data, ...mapped, profileVersion: data.eligibility?.version ?? 0 };
}
