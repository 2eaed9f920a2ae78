import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

/**
 * pg-boss keeps its jobs in the `pgboss` schema of our database. Read-only, for tests and support:
 * the data of a queue's jobs created since an instant, oldest first (lib/server/mail/testing.ts).
 */
export async function listJobDataByQueue(input: {
  queue: string;
  since: Date;
}): Promise<Record<string, unknown>[]> {
  const rows = await getDb().execute<{ data: Record<string, unknown> | null }>(
    sql`select data from pgboss.job where name = ${input.queue} and created_on >= ${input.since.toISOString()}::timestamptz order by created_on, id`,
  );
  return [...rows].map((row) => row.data ?? {});
}
