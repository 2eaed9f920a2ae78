import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

/** True when the database answers within the client's timeouts. */
export async function checkDatabase(): Promise<boolean> {
  try {
    await getDb().execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
