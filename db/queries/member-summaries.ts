import "server-only";
import { getDb } from "@/db";
import { memberSummaries } from "@/db/schema";
import type { MemberSummary } from "@/lib/sharing/summary";

/** Stores a member's summary (lib/sharing/summary.ts), replacing the last one. */
export async function saveMemberSummary(input: { userId: string; summary: MemberSummary }) {
  await getDb()
    .insert(memberSummaries)
    .values({ userId: input.userId, summary: input.summary })
    .onConflictDoUpdate({
      target: memberSummaries.userId,
      set: { summary: input.summary, updatedAt: new Date() },
    });
}
