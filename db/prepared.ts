import "server-only";
import { getDb, type Database } from "@/db";

/**
 * A drizzle prepared query, built once per client instead of on every call: drizzle otherwise
 * rebuilds the SQL text from the query builder each time (a measurable share of a signed-in
 * request's CPU, `npm run bench`). Values go in as `sql.placeholder(name)`; postgres.js already
 * prepares the statement on the server side. Rebuilt if the client is replaced (closeDb()).
 */
export function preparedQuery<T>(build: (db: Database) => T): () => T {
  let built: { db: Database; query: T } | undefined;
  return () => {
    const db = getDb();
    if (built?.db !== db) built = { db, query: build(db) };
    return built.query;
  };
}
