/**
 * The database can fail without losing a write: an app instance on a Postgres of its own (its own
 * embedded cluster, port and folder: never the server other specs share) keeps serving while the
 * database is stopped under a stream of writes and started again. The app process survives, it
 * recovers once the database is back, and every write it acknowledged is in the database.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { expect, test } from "./fixtures";
import { actionIdOf, callAction } from "./support/actions";
import { startExtraServer } from "./support/servers";
import { extraServerPort } from "./support/ports";

test.setTimeout(180_000);

test("stopping and restarting Postgres under writes loses no acknowledged write @slow", async ({
  playwright,
}) => {
  const dataDir = path.resolve(".data", `resilience-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  let database: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, log: () => {} });
  const server = await startExtraServer(extraServerPort(4), {
    DATABASE_URL: database.url,
    ACCOUNT_REQUESTS_PER_HOUR: "100000",
  });
  const api = await playwright.request.newContext({ baseURL: server.baseURL });
  const reportId = actionIdOf("reportCorrection");

  const acknowledged: string[] = [];
  let counter = 0;
  async function write(): Promise<boolean> {
    const message = `resilience write ${++counter} ${Date.now()}`;
    try {
      const response = await callAction(
        api,
        reportId,
        { subject: "ardms-spi", message },
        { timeout: 15_000 },
      );
      if ((await response.text()).includes('"ok":true')) {
        acknowledged.push(message);
        return true;
      }
    } catch {
      // A failed request is not an acknowledged write.
    }
    return false;
  }

  try {
    for (let i = 0; i < 20; i++) expect(await write()).toBe(true);

    // Stop the database in the middle of a stream of writes.
    const stream = (async () => {
      for (let i = 0; i < 10; i++) await write();
    })();
    await database.stop();
    await stream;
    const health = await api.get("/api/health");
    expect(health.status()).toBe(503);
    for (let i = 0; i < 5; i++) await write();
    expect(server.alive()).toBe(true);

    // Bring it back and measure how long the app takes to write again.
    database = await startEmbeddedPostgres({ dataDir, log: () => {} });
    const restarted = Date.now();
    let recoveredAfter = -1;
    while (Date.now() - restarted < 30_000) {
      if (await write()) {
        recoveredAfter = Date.now() - restarted;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.log(
      `[resilience] recovered ${recoveredAfter} ms after the database came back (goal 5,000 ms)`,
    );
    expect(recoveredAfter, "recovery within 30 s").toBeGreaterThanOrEqual(0);
    expect((await api.get("/api/health")).status()).toBe(200);
    for (let i = 0; i < 10; i++) expect(await write()).toBe(true);

    // Every acknowledged write is there.
    const sql = postgres(database.url, { max: 1, onnotice: () => {} });
    const rows = await sql<{ message: string }[]>`select message from correction_reports`;
    await sql.end();
    const stored = new Set(rows.map((row) => row.message));
    expect(acknowledged.filter((message) => !stored.has(message))).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(31); // 20 before + 1 on recovery + 10 after

    // SIGTERM ends the process by itself (Next's handler, after ours closes the pool).
    // Our client's keep-alive connections go first, as a load balancer's would.
    await api.dispose();
    expect(server.alive()).toBe(true);
    expect(await server.stop()).not.toBe("timeout");
  } finally {
    await api.dispose().catch(() => {});
    await server.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
