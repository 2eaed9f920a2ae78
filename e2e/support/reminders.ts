import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Runs the reminder scan for a chosen instant, as `npm run reminders:scan -- --now=…` would, on
 * the e2e database (or another): the clock seam the scheduled job uses with "now".
 */
export async function scanRemindersAt(
  instant: string,
  databaseUrl = readFileSync(path.resolve(".data/e2e/database-url"), "utf8").trim(),
): Promise<{ users: number; recorded: number; queued: number }> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "./scripts/node/server-only.mjs",
      "--import",
      "tsx",
      "scripts/reminders-scan.ts",
      `--now=${instant}`,
    ],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`reminders-scan exited ${code}:\n${output}`);
  const line = output
    .trim()
    .split("\n")
    .findLast((candidate) => candidate.startsWith("{"));
  return JSON.parse(line ?? "{}");
}
