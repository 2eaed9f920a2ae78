/**
 * Shared by the db:* scripts: find or start the configured database, run one step, stop what was
 * started, and exit non-zero with the reason on failure. Scripts read the environment directly
 * (lib/env.ts is server-only); the variables are the app's own (see .env.example).
 */
import { ensureDatabase, stopEmbeddedDatabase } from "../db/connection";
import * as migration from "../db/migrate";

export async function runDatabaseScript(
  name: string,
  step: (url: string, modules: typeof migration) => Promise<void>,
): Promise<void> {
  try {
    const url = await ensureDatabase({
      databaseUrl: process.env.DATABASE_URL || undefined,
      embeddedDir: process.env.EMBEDDED_DB_DIR || undefined,
    });
    await step(url, migration);
  } catch (error) {
    console.error(`[db:${name}] failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await stopEmbeddedDatabase();
  }
}
