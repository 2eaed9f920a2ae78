import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface ExtraServer {
  baseURL: string;
  /** False once the server process has exited. */
  alive(): boolean;
  /** Sends SIGTERM; resolves with how the process ended, or "timeout" (then it is killed). */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null } | "timeout">;
}

/**
 * Another `next start` of the same build on the e2e database: several instances behind one
 * Postgres, as in production. Settings in `env` override the defaults.
 */
export async function startExtraServer(
  port: number,
  env: Record<string, string>,
): Promise<ExtraServer> {
  const databaseUrl =
    env.DATABASE_URL ?? readFileSync(path.resolve(".data/e2e/database-url"), "utf8").trim();
  const child: ChildProcess = spawn(
    "npx",
    ["next", "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "e2e-test-secret-not-for-production-0123456789",
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
        ...env,
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  const baseURL = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    }),
  );
  return {
    baseURL,
    alive: () => exit === undefined,
    stop: async () => {
      if (exit) return exit;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return "timeout";
      }
      const result = await Promise.race([
        exited,
        new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 15_000)),
      ]);
      if (result === "timeout") process.kill(-child.pid!, "SIGKILL");
      return result;
    },
  };
}
