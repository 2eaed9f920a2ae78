/**
 * `npm run db:seed`: loads the career catalog (lib/catalog) into the configured database, after
 * applying any pending migration it needs. Idempotent: a second run writes nothing.
 */
import { runDatabaseScript } from "./db-script";

await runDatabaseScript("seed", async (url, { migrateAndSeed }) => {
  const { seed } = await migrateAndSeed(url, { seed: true });
  if (!seed) return;
  const changed = seed.written > 0 || seed.structureRebuilt || seed.retired > 0;
  console.log(
    changed
      ? `[db] catalog seeded: ${seed.written} rows written, ${seed.retired} retired` +
          (seed.structureRebuilt ? ", path structure rebuilt" : "")
      : "[db] the catalog was already up to date: nothing written",
  );
});
