/**
 * `npm run bench:reads`: the dashboard's data reads alone, in this process, without the server,
 * React or the load generator around them, so that one lever on them (issue 15's `json_agg`) can
 * be judged on figures the shared machine moves far less than the page benchmark's throughput.
 *
 * On a fresh database (DATABASE_URL's server, else the bench's embedded cluster) it creates the two
 * measured users (scripts/bench/users.ts: typical and heavy), then reads each one's dashboard rows
 * both ways, alternately, and prints the CPU time and the wall time per read:
 * - nine statements: the plans, the plan engine's five record reads, custom milestones, the
 *   newest history and the CE log, each on its own (what the dashboard ran before);
 * - getDashboardRows (db/queries/dashboard.ts): what it runs now;
 * - loadDashboard: those reads and the engines over them (plans, deadlines, upkeep cycles), all
 *   of the page's data work; the rest of a request is the session check and rendering.
 * Not a test: it prints figures and exits 0.
 */
import { desc, eq } from "drizzle-orm";
import { migrateAndSeed } from "@/db/migrate";
import { milestoneEvents } from "@/db/schema";
import {
  createDatabase,
  dropDatabases,
  startAdminServer,
  withDatabase,
} from "@/db/testing/databases";
import { createMeasuredUsers } from "./users";

const ROUNDS = Number(process.env.ROUNDS ?? 300);
// As the bench: DATABASE_URL's server if set, else the embedded cluster in .data/bench-postgres.
const admin = await startAdminServer("bench-postgres");
const name = `scp_bench_reads_${process.pid}`;
await createDatabase(admin.url, name);
const url = withDatabase(admin.url, name);
// The app's client reads DATABASE_URL (lib/env.ts) when its modules load: set it first.
process.env.DATABASE_URL = url;
const { closeDb, getDb } = await import("@/db");
const { listCeActivitiesByUser } = await import("@/db/queries/ce-activities");
const { getDashboardRows } = await import("@/db/queries/dashboard");
const { listAllCustomMilestonesByUser, listPlansByUserId } = await import("@/db/queries/plans");
const { getUserRecords } = await import("@/db/queries/progress");
const { getUserById } = await import("@/db/queries/users");
const { loadDashboard } = await import("@/lib/server/loaders/dashboard");

async function nineStatements(userId: string) {
  return Promise.all([
    listPlansByUserId(userId),
    getUserRecords(userId),
    listAllCustomMilestonesByUser(userId),
    getDb()
      .select()
      .from(milestoneEvents)
      .where(eq(milestoneEvents.userId, userId))
      .orderBy(desc(milestoneEvents.createdAt))
      .limit(8),
    listCeActivitiesByUser(userId),
  ]);
}

/** CPU (user + system) and wall milliseconds per call, over `rounds` calls. */
async function measure(read: () => Promise<unknown>, rounds: number) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await read();
  const used = process.cpuUsage(cpu);
  return {
    cpuMs: (used.user + used.system) / 1000 / rounds,
    wallMs: (performance.now() - started) / rounds,
  };
}

try {
  await migrateAndSeed(url);
  const users = await createMeasuredUsers(url);
  console.log(`${ROUNDS} reads of each, alternating in slices of 25, after a warm-up of 50`);
  for (const user of users) {
    const row = (await getUserById(user.id))!;
    const ways = {
      "nine statements": () => nineStatements(user.id),
      getDashboardRows: () => getDashboardRows(user.id),
      loadDashboard: () => loadDashboard(row),
    };
    for (const read of Object.values(ways)) await measure(read, 50);
    const totals = Object.fromEntries(Object.keys(ways).map((way) => [way, { cpu: 0, wall: 0 }]));
    for (let slice = 0; slice < ROUNDS / 25; slice++) {
      for (const [way, read] of Object.entries(ways)) {
        const figures = await measure(read, 25);
        totals[way]!.cpu += figures.cpuMs / (ROUNDS / 25);
        totals[way]!.wall += figures.wallMs / (ROUNDS / 25);
      }
    }
    for (const [way, total] of Object.entries(totals)) {
      console.log(
        `${user.label.padEnd(8)} ${way.padEnd(17)} CPU ${total.cpu.toFixed(2)} ms, wall ${total.wall.toFixed(2)} ms per read`,
      );
    }
  }
} finally {
  await closeDb();
  await dropDatabases(admin.url, [name]);
  await admin.stop();
}
