/**
 * A worker drains its queue back to back. pg-boss waits its polling interval (2 s) after every
 * fetch, even one that found a job, unless told the job ended: with one job a fetch, that held
 * each process to one job every 2 s, so a morning's reminders, or a busy hour's mail, queued for
 * hours (mail.int.test.ts waited 24 s behind a dozen mails other files had left).
 */
import { expect, it } from "vitest";
import type { JobHandlers } from "./boss";
import { QUEUES } from "./queues";

const { enqueue, startJobs, stopJobs } = await import("./boss");

it("works twelve queued jobs one after another, without a polling pause between them", async () => {
  const marker = crypto.randomUUID();
  for (let index = 0; index < 12; index++) {
    await enqueue(QUEUES.mailSend, { marker, index });
  }
  // enqueue started a queue that only sends; the worker below is a fresh start.
  await stopJobs();

  const handled: number[] = [];
  const ignore = async () => {};
  const work: JobHandlers = {
    [QUEUES.remindersScan]: ignore,
    [QUEUES.remindersSend]: ignore,
    [QUEUES.mailSend]: async (data) => {
      if (data.marker === marker) handled.push(Date.now());
    },
    [QUEUES.memberSummary]: ignore,
    [QUEUES.pruneThrottleEvents]: ignore,
    [QUEUES.pruneEmailTokens]: ignore,
    [QUEUES.pruneSessions]: ignore,
  };
  const started = Date.now();
  try {
    await startJobs({ work, databaseUrl: process.env.DATABASE_URL });
    const deadline = started + 25_000;
    while (handled.length < 12 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await stopJobs();
  }
  expect(handled).toHaveLength(12);
  // With a 2 s pause after each job the twelve take at least 22 s; back to back, well under 1 s
  // on a quiet machine. 8 s leaves room for a busy one.
  expect(handled.at(-1)! - started).toBeLessThan(8_000);
});
