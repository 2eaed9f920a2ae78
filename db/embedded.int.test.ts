import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { livePostmaster, startEmbeddedPostgres } from "./embedded";

const base = path.resolve(".data", `embedded-test-${process.pid}`);
afterAll(() => rmSync(base, { recursive: true, force: true }));

async function waitFor(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("embedded Postgres", () => {
  it("re-attaches to the server a killed app left running, on its own recorded port", async () => {
    const dataDir = path.join(base, "reattach");
    mkdirSync(base, { recursive: true });
    // An "app" that starts the database and is then killed without any chance to stop it.
    const app = spawn("npx", ["tsx", "db/testing/start-embedded.ts", dataDir], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [port, appPid] = await new Promise<[number, number]>((resolve, reject) => {
      app.stdout.on("data", (chunk: Buffer) => {
        const match = chunk.toString().match(/READY (\d+) (\d+)/);
        if (match) resolve([Number(match[1]), Number(match[2])]);
      });
      app.on("exit", () => reject(new Error("app exited early")));
    });
    // Kill the app process alone, as an OOM killer or `kill -9` would: its Postgres is orphaned.
    process.kill(appPid, "SIGKILL");

    expect(port).not.toBe(5432);
    expect(readFileSync(`${dataDir}.port`, "utf8").trim()).toBe(String(port));
    const orphan = livePostmaster(dataDir);
    expect(orphan?.port).toBe(port);

    const again = await startEmbeddedPostgres({ dataDir, log: () => {} });
    expect(again.reattached).toBe(true);
    expect(again.port).toBe(port);
    const sql = postgres(again.url, { max: 1 });
    expect((await sql`select 1 as one`)[0]?.one).toBe(1);
    await sql.end();

    // SIGTERM, never SIGKILL: a clean shutdown removes postmaster.pid.
    process.kill(orphan!.pid, "SIGTERM");
    await waitFor(() => !existsSync(path.join(dataDir, "postmaster.pid")));
  }, 60_000);

  it("says which folder to fix when the postgres user cannot reach the data folder", async () => {
    const closed = path.join(base, "closed");
    mkdirSync(closed, { recursive: true, mode: 0o700 });
    const dataDir = path.join(closed, "inner", "pg");
    if (userInfo().uid === 0) {
      // As root, Postgres runs as the `postgres` user, who cannot enter a 0700 root-owned folder.
      await expect(startEmbeddedPostgres({ dataDir, log: () => {} })).rejects.toThrow(
        new RegExp(`cannot enter ${closed.replace(/[/.]/g, "\\$&")}.*EMBEDDED_DB_DIR`, "s"),
      );
    } else {
      // As an ordinary user, Postgres runs as that user, who owns the folder: it just works.
      const db = await startEmbeddedPostgres({ dataDir, log: () => {} });
      await db.stop();
    }
  }, 60_000);
});
