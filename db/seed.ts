import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type * as schema from "./schema";

/** Loads the catalog (db/catalog) idempotently. Filled in with the catalog tables. */
export async function seedCatalog(_db: PostgresJsDatabase<typeof schema>): Promise<void> {}
