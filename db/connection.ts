/**
 * Where the database is: DATABASE_URL, or the embedded server under .data/. Kept apart from the
 * query client so scripts (migrate, seed, tests) can start the database without importing
 * server-only modules.
 */
import path from "node:path";
import {
  livePostmaster,
  readPassword,
  startEmbeddedPostgres,
  urlForPort,
  type EmbeddedDatabase,
} from "./embedded";

export interface DatabaseTarget {
  databaseUrl?: string;
  embeddedDir?: string;
}

export function embeddedDirOf(target: DatabaseTarget): string {
  // Both calls carry the comment, or Turbopack traces `.data/postgres` (a path it can compute
  // statically) into the server bundle's file list.
  return path.resolve(
    /*turbopackIgnore: true*/ target.embeddedDir ??
      path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "postgres"),
  );
}

/** Synchronous: the URL of the configured database, if it is reachable without starting anything. */
export function resolveDatabaseUrl(target: DatabaseTarget): string {
  if (target.databaseUrl) return target.databaseUrl;
  const dataDir = embeddedDirOf(target);
  const running = livePostmaster(dataDir);
  const password = readPassword(dataDir);
  if (!running || !password) {
    throw new Error(
      "The embedded database is not running. It is started when the server starts " +
        "(instrumentation) or by `npm run db:migrate`; or set DATABASE_URL.",
    );
  }
  return urlForPort(running.port, password);
}

const holder = globalThis as unknown as { __embeddedDatabase?: Promise<EmbeddedDatabase> };

/** Starts the embedded server when DATABASE_URL is unset (once per process); returns the URL. */
export async function ensureDatabase(target: DatabaseTarget): Promise<string> {
  if (target.databaseUrl) return target.databaseUrl;
  holder.__embeddedDatabase ??= startEmbeddedPostgres({ dataDir: embeddedDirOf(target) });
  try {
    return (await holder.__embeddedDatabase).url;
  } catch (error) {
    holder.__embeddedDatabase = undefined;
    throw error;
  }
}

export async function stopEmbeddedDatabase(): Promise<void> {
  const started = holder.__embeddedDatabase;
  holder.__embeddedDatabase = undefined;
  if (started) await (await started).stop();
}
