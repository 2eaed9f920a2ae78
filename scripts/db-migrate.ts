/**
 * `npm run db:migrate`: applies pending migrations to the configured database (DATABASE_URL, or
 * the embedded server under .data/, started for the run and stopped after). Safe to run while the
 * app runs and from several places at once: the same advisory lock as the server's start-up.
 */
import { runDatabaseScript } from "./db-script";

await runDatabaseScript("migrate", async (url, { migrateAndSeed }) => {
  const { migrationsApplied } = await migrateAndSeed(url, { seed: false });
  console.log(
    migrationsApplied === 0
      ? "[db] the database was already up to date: no migration applied"
      : `[db] ${migrationsApplied} migration${migrationsApplied === 1 ? "" : "s"} applied`,
  );
});
