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
  __uploadSql?: postgres.Sql;
  __uploadDb?: Database;
}

// One client per process; kept on globalThis so hot reload in development doesn't leak pools.
const cache = globalThis as unknown as ClientCache;

function newClient(max: number): postgres.Sql {
  return postgres(
    resolveDatabaseUrl({ databaseUrl: env.DATABASE_URL, embeddedDir: env.EMBEDDED_DB_DIR }),
    {
      max,
      connect_timeout: 5,
      idle_timeout: 60,
      onnotice: () => {},
      ...(env.BENCH_CAPTURE_SQL ? { debug: captureStatementsTo(env.BENCH_CAPTURE_SQL) } : {}),
    },
  );
}

export function sqlClient(): postgres.Sql {
  cache.__sql ??= newClient(env.DATABASE_POOL_SIZE);
  return cache.__sql;
}

/** The drizzle client. Lazy: importing this module never connects (so `next build` needs no DB). */
export function getDb(): Database {
  cache.__db ??= drizzle(sqlClient(), { schema });
  return cache.__db;
}

/**
 * The client certificate uploads write through. An upload streams the request body into Postgres
 * inside one transaction (db/queries/certificates.ts), so it holds its connection for as long as
 * the phone takes to send the file: with the pages' small pool, a few slow uploads would leave no
 * connection for anyone else. Uploads get their own few connections and wait for each other only.
 */
export function getUploadDb(): Database {
  cache.__uploadSql ??= newClient(env.DATABASE_UPLOAD_POOL_SIZE);
  cache.__uploadDb ??= drizzle(cache.__uploadSql, { schema });
  return cache.__uploadDb;
}

export async function closeDb(): Promise<void> {
  const clients = [cache.__sql, cache.__uploadSql];
  cache.__sql = cache.__uploadSql = undefined;
  cache.__db = cache.__uploadDb = undefined;
  await Promise.all(clients.map((client) => client?.end({ timeout: 5 })));
}
