/**
 * `npx tsx --import ./scripts/node/server-only.mjs scripts/reminders-scan.ts --now=2026-11-30T08:00:00Z`: runs
 * the reminder scan for a chosen instant (the clock seam: the scheduled job runs it for "now").
 * It records the due reminders and queues their sending; the app's workers send them.
 */
import { closeDb } from "../db";
import { ensureDatabase } from "../db/connection";
import { env } from "../lib/env";
import { startJobs, stopJobs } from "../lib/server/jobs/boss";
import { scan } from "../lib/server/reminders/scan";

const arg = process.argv.find((value) => value.startsWith("--now="))?.slice("--now=".length);
const at = arg ? new Date(arg) : new Date();
if (Number.isNaN(at.getTime())) {
  console.error(`--now must be an ISO instant, e.g. --now=2026-11-30T08:00:00Z (got ${arg})`);
  process.exit(2);
}
const url = await ensureDatabase({
  databaseUrl: env.DATABASE_URL,
  embeddedDir: env.EMBEDDED_DB_DIR,
});
await startJobs({ databaseUrl: url });
try {
  const result = await scan(at);
  console.log(JSON.stringify({ now: at.toISOString(), ...result }));
} finally {
  await stopJobs();
  await closeDb();
}
process.exit(0);
