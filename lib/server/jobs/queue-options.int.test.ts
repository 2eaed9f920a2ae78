/**
 * A queue keeps the options it was made with unless told otherwise: a database whose queues were
 * made under another JOBS_EXPIRE_SECONDS (an earlier configuration, or an earlier test file in the
 * same database) must take this configuration's on start, or a dead worker's job stays away for
 * the old expiry (workers.int.test.ts timed out that way, depending on which file ran first).
 */
import PgBoss from "pg-boss";
import { expect, it } from "vitest";
import { env } from "@/lib/env";
import { QUEUES } from "./queues";

const { startJobs, stopJobs } = await import("./boss");

it("a queue made earlier with another expiry takes this configuration's on start", async () => {
  await stopJobs();
  const earlier = new PgBoss({
    connectionString: process.env.DATABASE_URL,
    supervise: false,
    schedule: false,
  });
  await earlier.start();
  const stale = { name: QUEUES.remindersSend, expireInSeconds: env.JOBS_EXPIRE_SECONDS + 600 };
  await earlier.createQueue(QUEUES.remindersSend, stale);
  await earlier.updateQueue(QUEUES.remindersSend, stale);
  expect((await earlier.getQueue(QUEUES.remindersSend))?.expireInSeconds).toBe(
    env.JOBS_EXPIRE_SECONDS + 600,
  );
  await earlier.stop({ graceful: false, wait: true });

  try {
    const boss = await startJobs({ databaseUrl: process.env.DATABASE_URL });
    expect((await boss.getQueue(QUEUES.remindersSend))?.expireInSeconds).toBe(
      env.JOBS_EXPIRE_SECONDS,
    );
  } finally {
    await stopJobs();
  }
});
