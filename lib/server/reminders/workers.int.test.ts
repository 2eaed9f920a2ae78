/**
 * Reminders end to end on real parts: two worker processes (`scripts/worker.ts`) on one database,
 * a real SMTP server, scans at chosen instants. Every expected mail arrives exactly once; a worker
 * killed right after a claim, or right after the mail server accepted the mail, never causes a
 * second mail, and every reminder is either mailed or shown in the app.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { smtpCatcher } from "@/e2e/support/smtp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Jobs of dead workers come back within seconds; set before any app module reads the environment.
process.env.JOBS_EXPIRE_SECONDS = "3";
process.env.SMTP_URL = "smtp://127.0.0.1:1"; // replaced by the catcher's port below
process.env.EMAIL_FROM = "Sonography Career Planner <reminders@example.test>";

interface Caught {
  to: string;
  reminderId: string | undefined;
  raw: string;
}

const caught: Caught[] = [];
const smtp = smtpCatcher(({ to, raw }) => {
  caught.push({
    to: to.join(","),
    reminderId: /^X-Reminder-Id: (.+)$/im.exec(raw)?.[1]?.trim(),
    raw,
  });
});

let smtpPort = 0;
const workers = new Map<
  string,
  { child: ChildProcess; log: string[]; exited: Promise<NodeJS.Signals | null> }
>();

function startWorker(name: string, extra: Record<string, string> = {}) {
  // Node itself with tsx's loader (not the tsx launcher), so the worker is this child process.
  const child = spawn(
    process.execPath,
    ["--import", "./scripts/node/server-only.mjs", "--import", "tsx", "scripts/worker.ts"],
    {
      env: {
        ...process.env,
        NODE_ENV: "test",
        WORKER: "separate",
        AUTH_SECRET: "reminders-test-secret-not-for-production-0123456789",
        APP_URL: "http://localhost:3999",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        ...extra,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const log: string[] = [];
  child.stdout!.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once("exit", (_code, signal) => resolve(signal)),
  );
  workers.set(name, { child, log, exited });
  return waitFor(
    async () => log.join("").includes("working the queues"),
    `${name} to start`,
    60_000,
    () => log.join(""),
  );
}

async function stopWorker(name: string) {
  const worker = workers.get(name);
  if (!worker) return;
  workers.delete(name);
  if (worker.child.exitCode === null && worker.child.signalCode === null)
    worker.child.kill("SIGTERM");
  await worker.exited;
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
  context: () => string = () => "",
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out waiting for ${what}\n${context()}`);
}

// App modules, loaded once the environment above is set.
const app = {} as {
  db: typeof import("@/db");
  schema: typeof import("@/db/schema");
  users: typeof import("@/db/queries/users");
  progress: typeof import("@/db/queries/progress");
  scan: typeof import("./scan");
  boss: typeof import("@/lib/server/jobs/boss");
};

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  app.db = await import("@/db");
  app.schema = await import("@/db/schema");
  app.users = await import("@/db/queries/users");
  app.progress = await import("@/db/queries/progress");
  app.scan = await import("./scan");
  app.boss = await import("@/lib/server/jobs/boss");
  await app.boss.startJobs({ databaseUrl: process.env.DATABASE_URL });
}, 60_000);

afterAll(async () => {
  for (const name of [...workers.keys()]) await stopWorker(name);
  await app.boss?.stopJobs();
  await app.db?.closeDb();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function person(label: string, timeZone: string, verified: boolean) {
  const user = (await app.users.createUserWithPassword({
    email: `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`,
    passwordHash: "not-used",
  }))!;
  await app.db
    .getDb()
    .update(app.schema.users)
    .set({ timeZone, emailVerified: verified ? new Date("2027-01-01T00:00:00Z") : null })
    .where(eq(app.schema.users.id, user.id));
  return user;
}

async function reminderRows(userIds: string[]) {
  const rows = await app.db.getDb().select().from(app.schema.reminders);
  return rows.filter((row) => userIds.includes(row.userId));
}

/** Nothing waiting and nothing mid-send (a claim whose lease ran out is what a crash leaves). */
async function settled(userIds: string[]) {
  const rows = await reminderRows(userIds);
  return rows.every(
    (row) =>
      row.state !== "pending" &&
      !(row.state === "sending" && row.leaseUntil !== null && row.leaseUntil > new Date()),
  );
}

describe("reminders across two workers", () => {
  it("mail each due reminder exactly once, and never twice after a worker dies mid-send", async () => {
    const setAt = new Date("2027-01-01T00:00:00Z");
    // Ana (UTC): AE exam on 2027-03-12 → 2027-02-26 08:00Z (14 days) and 2027-03-10 08:00Z.
    const ana = await person("ana", "UTC", true);
    await app.progress.saveProgress({
      userId: ana.id,
      requirementSlug: "ardms-ae",
      expectedVersion: 0,
      changes: { status: "scheduled", examDate: "2027-03-12" },
      now: setAt,
    });
    // Ben (New York): target for SPI on 2027-02-20 → 2027-02-13 13:00Z and overdue 02-21 13:00Z.
    const ben = await person("ben", "America/New_York", true);
    await app.progress.saveProgress({
      userId: ben.id,
      requirementSlug: "ardms-spi",
      expectedVersion: 0,
      changes: { status: "planned", targetDate: "2027-02-20" },
      now: setAt,
    });
    // Cy has not verified the address: reminders stay in the app.
    const cy = await person("cy", "UTC", false);
    await app.progress.saveProgress({
      userId: cy.id,
      requirementSlug: "ardms-ae",
      expectedVersion: 0,
      changes: { status: "scheduled", examDate: "2027-03-12" },
      now: setAt,
    });
    const people = [ana.id, ben.id, cy.id];
    const scanAt = async (iso: string) => {
      await app.scan.scan(new Date(iso));
      await waitFor(
        () => settled(people),
        `the reminders of ${iso} to be sent`,
        60_000,
        () => [...workers.values()].map((w) => w.log.join("")).join("\n"),
      );
    };
    const mailsFor = (reminderId: string) =>
      caught.filter((mail) => mail.reminderId === reminderId);
    const rowByKey = async (userId: string, keyStart: string) =>
      (await reminderRows([userId])).find((row) => row.key.startsWith(keyStart))!;

    // 1. Two healthy workers: Ben's 7-day reminder, once; scanning the same instant twice adds nothing.
    await Promise.all([startWorker("first"), startWorker("second")]);
    await scanAt("2027-02-14T00:00:00Z");
    await scanAt("2027-02-14T00:00:00Z");
    const benWeek = await rowByKey(ben.id, "target|ardms-spi|2027-02-20|7d");
    expect(benWeek.state).toBe("sent");
    expect(mailsFor(benWeek.id)).toHaveLength(1);
    expect(mailsFor(benWeek.id)[0]!.raw).toContain("Content-Type: text/html");

    // 2. The only worker dies right after claiming Ben's overdue reminder.
    await stopWorker("second");
    await stopWorker("first");
    await startWorker("crash-after-claim", { REMINDERS_CRASH_AT: "claimed" });
    await app.scan.scan(new Date("2027-02-21T14:00:00Z"));
    expect(await workers.get("crash-after-claim")!.exited).toBe("SIGKILL");
    workers.delete("crash-after-claim");
    await Promise.all([startWorker("first"), startWorker("second")]);
    const benLate = await rowByKey(ben.id, "target|ardms-spi|2027-02-20|overdue");
    // Its job expires and comes back; the retry finds it claimed and leaves it alone.
    await waitFor(async () => {
      const job = await (await app.boss.startJobs()).getJobById("reminders-send", benLate.id);
      return job?.state === "completed";
    }, "the dead worker's job to come back and finish");
    expect((await rowByKey(ben.id, "target|ardms-spi|2027-02-20|overdue")).state).toBe("sending");
    expect(mailsFor(benLate.id)).toHaveLength(0);

    // 3. The only worker dies right after the mail server accepted Ana's 14-day reminder.
    await stopWorker("second");
    await stopWorker("first");
    await startWorker("crash-after-accept", { REMINDERS_CRASH_AT: "accepted" });
    await app.scan.scan(new Date("2027-02-26T09:00:00Z"));
    expect(await workers.get("crash-after-accept")!.exited).toBe("SIGKILL");
    workers.delete("crash-after-accept");
    await Promise.all([startWorker("first"), startWorker("second")]);
    const anaFortnight = await rowByKey(ana.id, "exam|ardms-ae|2027-03-12|14d");
    await waitFor(async () => {
      const job = await (await app.boss.startJobs()).getJobById("reminders-send", anaFortnight.id);
      return job?.state === "completed";
    }, "the dead worker's job to come back and finish");
    expect(mailsFor(anaFortnight.id)).toHaveLength(1);
    expect((await rowByKey(ana.id, "exam|ardms-ae|2027-03-12|14d")).state).toBe("sending");

    // 4. Healthy again: Ana's 2-day reminder, once, across repeated scans.
    await scanAt("2027-03-10T09:00:00Z");
    await scanAt("2027-03-10T09:30:00Z");
    const anaTwoDays = await rowByKey(ana.id, "exam|ardms-ae|2027-03-12|2d");
    expect(anaTwoDays.state).toBe("sent");
    expect(mailsFor(anaTwoDays.id)).toHaveLength(1);

    // No key was mailed twice, and every key was mailed or is shown in the app.
    const rows = await reminderRows(people);
    for (const row of rows) {
      expect(mailsFor(row.id).length, row.key).toBeLessThanOrEqual(1);
      expect(["sent", "sending", "failed", "in_app"], row.key).toContain(row.state);
    }
    const cyRows = rows.filter((row) => row.userId === cy.id);
    expect(cyRows.map((row) => row.state)).toEqual(["in_app", "in_app"]);
    expect(caught.filter((mail) => mail.to.includes("cy-"))).toHaveLength(0);
    // Two processes did the work, never the test's own (enqueue-only) process.
    expect(
      new Set(rows.filter((row) => row.handledBy).map((row) => row.handledBy!.split(":")[0])),
    ).toEqual(new Set(["worker"]));
  }, 240_000);
});
