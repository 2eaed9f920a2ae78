/**
 * The production build and `next start` for the benchmark, and the machine's shared lock.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Holds an flock(1) lock (the file other builds and server runs on this machine share) until
 * release() is called: a child `flock FILE cat` keeps it while its stdin stays open.
 */
export async function acquireLock(file: string, log: (line: string) => void) {
  const started = Date.now();
  const holder = spawn("flock", [file, "sh", "-c", "echo locked; exec cat >/dev/null"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    holder.once("error", reject);
    holder.once("exit", (code) => reject(new Error(`flock exited with ${code}`)));
    holder.stdout!.once("data", () => resolve());
  });
  const waited = Date.now() - started;
  if (waited > 1000) log(`[lock] waited ${(waited / 1000).toFixed(0)} s for ${file}`);
  return {
    release: async () => {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.stdin!.end();
      await exited;
    },
  };
}

export async function build(log: (line: string) => void): Promise<number> {
  const started = Date.now();
  const child = spawn("npx", ["next", "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  const seconds = (Date.now() - started) / 1000;
  log(`[build] next build in ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Linux's USER_HZ: /proc reports CPU time in these ticks. */
const CLOCK_TICKS =
  Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

export interface BenchServer {
  baseUrl: string;
  port: number;
  /** Resident memory of the server's process group (next start and any child), in MB. */
  rssMB(): number;
  /**
   * CPU time (user + system) the server's process group has used so far, in ms. Per request, it
   * is the figure least moved by other work on a shared machine (Postgres not included).
   */
  cpuMs(): number;
  /** Sends a signal to every process of the server's group; returns how many it reached. */
  signal(name: NodeJS.Signals): number;
  stop(): Promise<void>;
}

export async function startServer(input: {
  port: number;
  databaseUrl: string;
  log: (line: string) => void;
  /** Extra environment, e.g. BENCH_CAPTURE_SQL for the capture server. */
  env?: Record<string, string>;
}): Promise<BenchServer> {
  const child: ChildProcess = spawn(
    path.resolve("node_modules/.bin/next"),
    ["start", "-p", String(input.port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: input.databaseUrl,
        AUTH_SECRET: "bench-secret-not-for-production-0123456789abcdef",
        AUTH_TRUST_HOST: "true",
        AUTH_URL: "",
        APP_URL: "",
        PORT: String(input.port),
        NEXT_TELEMETRY_DISABLED: "1",
        ACCOUNT_REQUESTS_PER_HOUR: "1000000",
        SIGNIN_MAX_FAILURES: "1000000",
        ...input.env,
      },
      stdio: ["ignore", "ignore", "pipe"],
      detached: true,
    },
  );
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
  });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  // "localhost", not 127.0.0.1: Next rewrites loopback hosts to localhost (stack notes G6).
  const baseUrl = `http://localhost:${input.port}`;
  const started = Date.now();
  while (true) {
    if (exited) throw new Error(`next start exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // starting
    }
    if (Date.now() - started > 90_000) {
      process.kill(-child.pid!, "SIGTERM");
      throw new Error(`next start did not answer /api/health within 90 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  input.log(`[server] next start healthy on ${baseUrl} in ${Date.now() - started} ms`);
  return {
    baseUrl,
    port: input.port,
    rssMB: () => {
      const kb = execFileSync("ps", ["-o", "rss=", "-g", String(child.pid)], { encoding: "utf8" })
        .split("\n")
        .map((line) => Number(line.trim()) || 0)
        .reduce((sum, value) => sum + value, 0);
      return Math.round(kb / 1024);
    },
    cpuMs: () => {
      const pids = execFileSync("ps", ["-o", "pid=", "-g", String(child.pid)], { encoding: "utf8" })
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      let ticks = 0;
      for (const pid of pids) {
        try {
          // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
          const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
          const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
          ticks += Number(fields[11]) + Number(fields[12]);
        } catch {
          // exited meanwhile
        }
      }
      return (ticks * 1000) / CLOCK_TICKS;
    },
    signal: (name) => {
      const pids = execFileSync("ps", ["-o", "pid=", "-g", String(child.pid)], { encoding: "utf8" })
        .split("\n")
        .map((line) => Number(line.trim()))
        .filter(Boolean);
      for (const pid of pids) process.kill(pid, name);
      return pids.length;
    },
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      const timeout = new Promise((resolve) => setTimeout(resolve, 15_000, "timeout"));
      if ((await Promise.race([exit, timeout])) === "timeout") {
        input.log("[server] did not stop within 15 s of SIGTERM");
      }
      if (/Error|error/.test(stderr)) input.log(`[server] stderr:\n${stderr.slice(-3000)}`);
    },
  };
}

/** The id of a server action in the build, from Next's server reference manifest. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${file}#${exportedName} in the build`);
  return found[0];
}
