import "server-only";
import PgBoss from "pg-boss";
import { resolveDatabaseUrl } from "@/db/connection";
import { env } from "@/lib/env";
import { QUEUES, SCHEDULES, SEND_RETRY_LIMIT, type QueueName } from "./queues";
import { logUnexpectedError } from "@/lib/server/unexpected-errors";

/**
 * The app's one job queue: pg-boss on the app's own Postgres, with a small pool of its own.
 * Every process starts it: app processes to enqueue and, unless WORKER=separate, to work the
 * queues; `npm run worker` processes to work them. Schedules live in Postgres, so any number of
 * instances share them and each scheduled job runs once.
 */

export type JobHandlers = Record<
  QueueName,
  (data: Record<string, unknown>, job: JobInfo) => Promise<void>
>;

export interface JobInfo {
  id: string;
  retryCount: number;
  retryLimit: number;
}

interface Holder {
  __jobs?: Promise<PgBoss>;
  __jobsWorking?: boolean;
}
// On globalThis: Next bundles the start-up hook and the routes apart, and both need the instance.
const holder = globalThis as unknown as Holder;

/** Which process this is, as recorded on what it handles ("app:1234", "worker:5678"). */
export function processRole(): string {
  return `${holder.__jobsWorking && env.WORKER === "separate" ? "worker" : "app"}:${process.pid}`;
}

function queueOptions(queue: QueueName): PgBoss.Queue {
  const base = { name: queue, expireInSeconds: env.JOBS_EXPIRE_SECONDS };
  if (queue === QUEUES.remindersSend || queue === QUEUES.mailSend) {
    // Backoff from 30 s (less when jobs expire sooner, as in tests).
    const retryDelay = Math.min(30, env.JOBS_EXPIRE_SECONDS);
    return { ...base, retryLimit: SEND_RETRY_LIMIT, retryDelay, retryBackoff: true };
  }
  if (queue === QUEUES.memberSummary) {
    // Keyed by the user (singletonKey): one waiting and one running per person, so writes in a
    // burst coalesce and two rebuilds of one person never race. A failed one is retried once.
    return { ...base, retryLimit: 1, retryDelay: 5, policy: "stately" };
  }
  // A missed scan or prune is covered by the next one: no retry storms.
  return { ...base, retryLimit: 1, retryDelay: 60, policy: "singleton" };
}

async function start(work: JobHandlers | undefined, databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    // pg-boss brings its own pg pool: kept small, beside the app's postgres.js pool.
    max: work ? 3 : 2,
    application_name: work ? "planner-jobs-worker" : "planner-jobs",
    // Only working processes run the cron clock and the maintenance (expiry, archiving).
    schedule: Boolean(work),
    supervise: Boolean(work),
    expireInSeconds: env.JOBS_EXPIRE_SECONDS,
    // Maintenance is what hands an expired job (its worker died) back to the queue: at least as
    // often as jobs expire.
    maintenanceIntervalSeconds: Math.min(120, env.JOBS_EXPIRE_SECONDS),
  });
  boss.on("error", (error) => logUnexpectedError("jobs", error));
  await boss.start();
  for (const queue of Object.values(QUEUES)) {
    // createQueue leaves a queue that already exists as it was made; updateQueue makes its stored
    // options (the expiry every new job takes, the retries) follow this configuration, so a changed
    // JOBS_EXPIRE_SECONDS applies from the next start instead of never.
    await boss.createQueue(queue, queueOptions(queue));
    await boss.updateQueue(queue, queueOptions(queue));
  }
  for (const { queue, cron } of SCHEDULES) await boss.schedule(queue, cron, {}, { tz: "UTC" });
  if (work) {
    holder.__jobsWorking = true;
    for (const queue of Object.values(QUEUES)) {
      // pg-boss waits the polling interval after every fetch, even one that found a job: one job
      // a fetch meant at most one mail every 2 s per process, so a morning's reminders queued for
      // hours. A worker told that its job ended asks again at once, and waits only when the
      // queue had nothing for it.
      const worker: { id?: string } = {};
      worker.id = await boss.work<Record<string, unknown>>(
        queue,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 2 },
        async ([job]) => {
          if (!job) return;
          try {
            await work[queue](job.data ?? {}, {
              id: job.id,
              retryCount: job.retryCount,
              retryLimit: job.retryLimit,
            });
          } finally {
            if (worker.id) boss.notifyWorker(worker.id);
          }
        },
      );
    }
  }
  return boss;
}

/**
 * Starts the queue in this process (once): with `work`, this process also works every queue.
 * The database must be migrated first.
 */
export function startJobs(
  options: { work?: JobHandlers; databaseUrl?: string } = {},
): Promise<PgBoss> {
  holder.__jobs ??= start(
    options.work,
    options.databaseUrl ??
      resolveDatabaseUrl({ databaseUrl: env.DATABASE_URL, embeddedDir: env.EMBEDDED_DB_DIR }),
  ).catch((error: unknown) => {
    holder.__jobs = undefined;
    throw error;
  });
  return holder.__jobs;
}

/** Adds a job; `id` makes it idempotent (a second job with the same id is not added). */
export async function enqueue(
  queue: QueueName,
  data: Record<string, unknown>,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const boss = await startJobs();
  return boss.send(queue, data, options);
}

/**
 * On SIGTERM: stop fetching, let a running job finish (or hand it back when it runs past the
 * grace period: pg-boss puts it back in the queue once it expires), then close the pool.
 */
export async function stopJobs(graceMs = 10_000): Promise<void> {
  const started = holder.__jobs;
  holder.__jobs = undefined;
  if (!started) return;
  const boss = await started.catch(() => undefined);
  await boss?.stop({ graceful: true, wait: true, timeout: graceMs });
}
