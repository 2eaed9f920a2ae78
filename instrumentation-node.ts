import { ensureDatabase } from "@/db/connection";
import { migrateAndSeed } from "@/db/migrate";
import { assertProductionReady, env } from "@/lib/env";

// Runs once per server process, before the first request is served.
assertProductionReady();
const url = await ensureDatabase({
  databaseUrl: env.DATABASE_URL,
  embeddedDir: env.EMBEDDED_DB_DIR,
});
await migrateAndSeed(url, { log: (line) => console.log(line) });

process.once("SIGTERM", () => {
  void import("@/db").then(({ closeDb }) => closeDb());
});
