/**
 * The mail layer on real parts: a mail is queued (sealed, in pg-boss on the test database), a
 * job worker in this process renders it and hands it to a real SMTP server, which receives one
 * message with a text and an HTML part.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpCatcher, type CaughtMessage } from "@/e2e/support/smtp";

process.env.SMTP_URL = "smtp://127.0.0.1:1"; // replaced by the catcher's port below
process.env.EMAIL_FROM = "Sonography Career Planner <mail@example.test>";
process.env.JOBS_EXPIRE_SECONDS = "5";

const caught: CaughtMessage[] = [];
const smtp = smtpCatcher((message) => caught.push(message));

const app = {} as {
  db: typeof import("@/db");
  boss: typeof import("@/lib/server/jobs/boss");
  mail: typeof import("@/lib/server/mail");
  testing: typeof import("@/lib/server/mail/testing");
};

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  app.db = await import("@/db");
  app.boss = await import("@/lib/server/jobs/boss");
  app.mail = await import("@/lib/server/mail");
  app.testing = await import("@/lib/server/mail/testing");
  const { jobHandlers } = await import("@/lib/server/jobs/handlers");
  await app.boss.startJobs({ work: jobHandlers, databaseUrl: process.env.DATABASE_URL });
}, 60_000);

afterAll(async () => {
  await app.boss?.stopJobs();
  await app.db?.closeDb();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

async function waitForMail(to: string): Promise<CaughtMessage> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const found = caught.find((message) => message.to.includes(to));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no mail to ${to}`);
}

describe("the mail queue", () => {
  it("a queued mail is delivered by a job with a text and an HTML part", async () => {
    const to = `queued-${crypto.randomUUID().slice(0, 8)}@example.test`;
    const since = new Date(Date.now() - 1000);
    const link = "http://localhost:3999/reset-password?token=abcdefghijklmnopqrstuvwxyz";
    await app.mail.queueMail({
      template: "password-reset",
      to,
      link,
      minutes: 30,
      firstPassword: false,
    });

    // The job's data is sealed: the link is not readable in pg-boss's table.
    const rows = JSON.stringify(
      await (await import("@/db/queries/jobs")).listJobDataByQueue({ queue: "mail-send", since }),
    );
    expect(rows).not.toContain("abcdefghijklmnopqrstuvwxyz");
    expect(await app.testing.queuedMailsSince(since, to)).toEqual([
      expect.objectContaining({ template: "password-reset", link }),
    ]);

    const message = await waitForMail(to);
    const raw = message.raw.replace(/=\r?\n/g, "").replace(/=3D/gi, "=");
    expect(raw).toMatch(/^Subject: Choose a new password$/m);
    expect(raw).toMatch(/multipart\/alternative/);
    expect(raw).toMatch(/Content-Type: text\/plain/);
    expect(raw).toMatch(/Content-Type: text\/html/);
    expect(raw).toContain(link);
    expect(raw).toContain("<!DOCTYPE html");
  });
});
