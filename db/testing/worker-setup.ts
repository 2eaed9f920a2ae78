import { inject } from "vitest";
import { createDatabase, databasesWithPrefix, withDatabase } from "./databases";

// Each worker gets its own database cloned from the migrated template, so tests that look at
// whole tables don't race with other workers. Set before any app module reads the environment.
const adminUrl = inject("adminDatabaseUrl");
const name = `${inject("runPrefix")}_w${process.env.VITEST_POOL_ID ?? "0"}`;
if (!(await databasesWithPrefix(adminUrl, name)).includes(name)) {
  await createDatabase(adminUrl, name, inject("templateDatabase"));
}
process.env.DATABASE_URL = withDatabase(adminUrl, name);
