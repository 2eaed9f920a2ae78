import "server-only";
import { getDb } from "@/db";
import { correctionReports } from "@/db/schema";

export async function createCorrectionReport(input: {
  userId: string | null;
  subjectSlug: string;
  factText: string | null;
  message: string;
  contactEmail: string | null;
}): Promise<void> {
  await getDb().insert(correctionReports).values(input);
}
