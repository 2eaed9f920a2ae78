import { inject, describe, expect, it } from "vitest";
import postgres from "postgres";
import { migrateAndSeed } from "./migrate";
import { createDatabase, dropDatabases, withDatabase } from "./testing/databases";

describe("migrateAndSeed", () => {
  it("three migrators started at once on an empty database all succeed (advisory lock)", async () => {
    const admin = inject("adminDatabaseUrl");
    const name = `${inject("runPrefix")}_race`;
    await createDatabase(admin, name);
    const url = withDatabase(admin, name);
    try {
      const results = await Promise.allSettled([
        migrateAndSeed(url),
        migrateAndSeed(url),
        migrateAndSeed(url),
      ]);
      expect(results.map((result) => result.status)).toEqual([
        "fulfilled",
        "fulfilled",
        "fulfilled",
      ]);

      const sql = postgres(url, { max: 1 });
      const tables = await sql<{ tablename: string }[]>`
        select tablename from pg_tables where schemaname = 'public' order by tablename`;
      const applied = await sql<{ count: number }[]>`
        select count(*)::int as count from drizzle.__drizzle_migrations`;
      await sql.end();
      expect(tables.map((table) => table.tablename)).toEqual(
        expect.arrayContaining([
          "users",
          "accounts",
          "verification_tokens",
          "user_sessions",
          "email_tokens",
        ]),
      );
      const journal = (await import("./migrations/meta/_journal.json")).default;
      expect(applied[0]?.count).toBe(journal.entries.length);
    } finally {
      await dropDatabases(admin, [name]);
    }
  });
});
