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
import { seedCatalog, type SeedResult } from "./seed";

/** Arbitrary, fixed: the lock id every instance agrees on. */
const MIGRATION_LOCK_ID = 727_274_001;

export const migrationsFolder = path.join(
  /*turbopackIgnore: true*/ process.cwd(),
  "db",
  "migrations",
);

export interface MigrateOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Load the catalog seed (default true). */
  seed?: boolean;
  log?: (line: string) => void;
}

/** What one run did: migrations applied and, when seeded, what the seed wrote. */
export interface MigrateResult {
  migrationsApplied: number;
  seed?: SeedResult;
}

export async function migrateAndSeed(
  url: string,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const { migrate: runMigrations = true, seed = true, log = () => {} } = options;
  const client = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    const started = Date.now();
    await client`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    try {
      const db = drizzle(client, { schema });
      const result: MigrateResult = { migrationsApplied: 0 };
      if (runMigrations) {
        const before = await appliedMigrationCount(client);
        await migrate(db, { migrationsFolder });
        result.migrationsApplied = (await appliedMigrationCount(client)) - before;
      }
      if (seed) result.seed = await seedCatalog(db);
      const steps = [runMigrations && "migrations", seed && "catalog seed"].filter(Boolean);
      log(`[db] ${steps.join(" and ")} applied in ${Date.now() - started} ms`);
      return result;
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Rows in drizzle's journal table; 0 before the first migration created it. */
async function appliedMigrationCount(client: postgres.Sql): Promise<number> {
  const [journal] = await client<{ exists: boolean }[]>`
    select to_regclass('drizzle.__drizzle_migrations') is not null as exists`;
  if (!journal?.exists) return 0;
  const [row] = await client<{ count: number }[]>`
    select count(*)::int as count from drizzle.__drizzle_migrations`;
  return row?.count ?? 0;
}
