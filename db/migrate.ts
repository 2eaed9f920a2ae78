/**
 * Applies the committed migrations and the catalog seed under a Postgres advisory lock, all on
 * ONE reserved connection: a session-level lock taken on a pooled connection would guard nothing,
 * because the migration could run on another connection of the pool.
 */
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";
import { seedCatalog } from "./seed";

/** Arbitrary, fixed: the lock id every instance agrees on. */
const MIGRATION_LOCK_ID = 727_274_001;

export const migrationsFolder = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "db",
  "migrations",
);

export async function migrateAndSeed(
  url: string,
  options: { seed?: boolean; log?: (line: string) => void } = {},
): Promise<void> {
  const { seed = true, log = () => {} } = options;
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const started = Date.now();
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      const db = drizzle(client, { schema });
      await migrate(db, { migrationsFolder });
      if (seed) await seedCatalog(db);
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
    log(`[db] migrations${seed ? " and catalog seed" : ""} applied in ${Date.now() - started} ms`);
  } finally {
    await client.end({ timeout: 5 });
  }
}
