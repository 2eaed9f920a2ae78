import "server-only";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import { captureStatementsTo } from "./capture";
import { resolveDatabaseUrl } from "./connection";
import * as schema from "./schema";

export type Database = PostgresJsDatabase<typeof schema>;

/** What `getDb().transaction(...)` hands its callback: queries that take part in it take this. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

interface ClientCache {
  __sql?: postgres.Sql;
  __db?: Database;
}

// One client per process; kept on globalThis so hot reload in development doesn't leak pools.
const cache = globalThis as unknown as ClientCache;

export function sqlClient(): postgres.Sql {
  cache.__sql ??= postgres(
    resolveDatabaseUrl({ databaseUrl: env.DATABASE_URL, embeddedDir: env.EMBEDDED_DB_DIR }),
    {
      max: env.DATABASE_POOL_SIZE,
      connect_timeout: 5,
      idle_timeout: 60,
      onnotice: () => {},
      ...(env.BENCH_CAPTURE_SQL ? { debug: captureStatementsTo(env.BENCH_CAPTURE_SQL) } : {}),
    },
  );
  return cache.__sql;
}

/** The drizzle client. Lazy: importing this module never connects (so `next build` needs no DB). */
export function getDb(): Database {
  cache.__db ??= drizzle(sqlClient(), { schema });
  return cache.__db;
}

export async function closeDb(): Promise<void> {
  const client = cache.__sql;
  cache.__sql = undefined;
  cache.__db = undefined;
  if (client) await client.end({ timeout: 5 });
}
