/**
 * Test databases: never the developer's own. With DATABASE_URL (or TEST_ADMIN_DATABASE_URL) set,
 * fresh databases are created on that server (its role needs CREATEDB); otherwise on an embedded
 * cluster of its own under .data/test-postgres.
 */
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../embedded";

export interface AdminServer {
  url: string;
  stop(): Promise<void>;
}

export async function startAdminServer(dataDirName = "test-postgres"): Promise<AdminServer> {
  const configured = process.env.TEST_ADMIN_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) return { url: configured, stop: async () => {} };
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: path.join(process.cwd(), ".data", dataDirName),
    log: () => {},
  });
  return { url: embedded.url, stop: () => embedded.stop() };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
}

export async function createDatabase(
  adminUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await sql.unsafe(
          `create database ${quoteIdent(name)}${template ? ` template ${quoteIdent(template)}` : ""}`,
        );
        return;
      } catch (error) {
        // Two workers cloning one template at the same instant: Postgres asks us to retry.
        const message = String((error as Error).message);
        if (attempt < 20 && /being accessed by other users/.test(message)) {
          await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
          continue;
        }
        throw error;
      }
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function dropDatabases(adminUrl: string, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    for (const name of names) {
      await sql.unsafe(`drop database if exists ${quoteIdent(name)} with (force)`);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function databasesWithPrefix(adminUrl: string, prefix: string): Promise<string[]> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${prefix}%`}`;
    return rows.map((row) => row.datname);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
