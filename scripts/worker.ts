/**
 * `npm run worker`: a process that works the job queue (reminders, housekeeping) and serves no
 * pages. Run it beside the app with WORKER=separate (the app then only enqueues); any number of
 * workers can share one database. SIGTERM lets a running job finish (or hands it back), then exits.
 */
import { closeDb } from "../db";
import { ensureDatabase, stopEmbeddedDatabase } from "../db/connection";
import { migrateAndSeed } from "../db/migrate";
import { env } from "../lib/env";
import { startJobs, stopJobs } from "../lib/server/jobs/boss";
import { jobHandlers } from "../lib/server/jobs/handlers";

const url = await ensureDatabase({
  databaseUrl: env.DATABASE_URL,
  embeddedDir: env.EMBEDDED_DB_DIR,
});
await migrateAndSeed(url, { log: (line) => console.log(line) });
await startJobs({ work: jobHandlers, databaseUrl: url });
console.log(`[jobs] worker ${process.pid} working the queues`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await stopJobs().catch((error) => console.error("[jobs] stopping failed", error));
  await closeDb().catch(() => {});
  await stopEmbeddedDatabase().catch(() => {});
  console.log(`[jobs] worker ${process.pid} stopped`);
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown());
process.on("SIGINT", () => void shutdown());
