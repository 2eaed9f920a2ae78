/**
 * WORKER=separate: the app only enqueues and `npm run worker` does the work. An app instance and a
 * worker process share a database of their own; a reminder due at a scan is mailed by the worker,
 * and the app process handles no job.
 */
import { spawn, type ChildProcess } from "node:child_process";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { uniqueEmail, waitForMail } from "./support/data";
import { ownDatabase } from "./support/own-database";
import { SMTP_CATCHER_PORT, extraServerPort } from "./support/ports";
import { scanRemindersAt } from "./support/reminders";
import { startExtraServer, type ExtraServer } from "./support/servers";

test.setTimeout(180_000);

test("with WORKER=separate the worker process sends the reminders and the app runs no job @slow", async () => {
  const database = await ownDatabase("worker");
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  let app: ExtraServer | undefined;
  let worker: ChildProcess | undefined;
  try {
    const mail = {
      SMTP_URL: `smtp://127.0.0.1:${SMTP_CATCHER_PORT}`,
      EMAIL_FROM: "Sonography Career Planner <no-reply@example.test>",
      AUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
      APP_URL: "http://localhost:3999",
      JOBS_EXPIRE_SECONDS: "5",
    };
    app = await startExtraServer(extraServerPort(7), {
      DATABASE_URL: database.url,
      WORKER: "separate",
      ...mail,
    });
    let workerLog = "";
    worker = spawn(
      process.execPath,
      ["--import", "./scripts/node/server-only.mjs", "--import", "tsx", "scripts/worker.ts"],
      {
        env: { ...process.env, DATABASE_URL: database.url, WORKER: "separate", ...mail },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    worker.stdout!.on("data", (chunk: Buffer) => (workerLog += chunk.toString()));
    worker.stderr!.on("data", (chunk: Buffer) => (workerLog += chunk.toString()));
    await expect.poll(() => workerLog, { timeout: 60_000 }).toContain("working the queues");

    // Verified users with an exam two days after the scan: if the app worked the queue too, it
    // would win some of these jobs.
    const emails = Array.from({ length: 5 }, () => uniqueEmail("worker"));
    for (const email of emails) {
      const [user] = await sql<{ id: string }[]>`
        insert into users (id, email, email_verified, time_zone)
        values (${crypto.randomUUID()}, ${email}, now(), 'UTC') returning id`;
      await sql`insert into progress (user_id, requirement_slug, status, exam_date, created_at)
                values (${user!.id}, 'ardms-ae', 'scheduled', '2027-03-12', '2027-03-01T00:00:00Z')`;
    }

    await scanRemindersAt("2027-03-10T08:00:00Z", database.url);
    for (const email of emails)
      expect(await waitForMail(email, { timeoutMs: 30_000 })).toContain("AE exam");

    await expect
      .poll(async () => (await sql`select 1 from reminders where state <> 'sent'`).length)
      .toBe(0);
    const handled = await sql<{ handled_by: string; state: string }[]>`
      select handled_by, state from reminders`;
    expect(handled).toHaveLength(5);
    expect(new Set(handled.map((row) => `${row.handled_by} ${row.state}`))).toEqual(
      new Set([`worker:${worker.pid} sent`]),
    );
  } finally {
    worker?.kill("SIGTERM");
    await app?.stop();
    await sql.end();
    await database.drop().catch(() => {});
  }
});
