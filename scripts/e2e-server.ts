/**
 * Starts the production build for end-to-end tests on a fresh database of its own (never the
 * developer's): a new database on DATABASE_URL's server when set, else on an embedded cluster
 * under .data/e2e-postgres. Writes the database URL to .data/e2e/database-url for the specs'
 * data helpers, forwards SIGTERM to `next start`, then drops the database.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  createDatabase,
  dropDatabases,
  startAdminServer,
  withDatabase,
} from "../db/testing/databases";

const port = process.env.PORT ?? "3100";
const name = process.env.E2E_DATABASE_NAME ?? `scp_e2e_${Date.now().toString(36)}_${process.pid}`;
const admin = await startAdminServer("e2e-postgres");
await createDatabase(admin.url, name);
const databaseUrl = withDatabase(admin.url, name);
const stateDir = path.resolve(".data/e2e");
mkdirSync(stateDir, { recursive: true });
writeFileSync(path.join(stateDir, "database-url"), databaseUrl);
// Specs that need a database of their own (fuzz) create it on the same server.
writeFileSync(path.join(stateDir, "admin-url"), admin.url);

const server = spawn("npx", ["next", "start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: databaseUrl, PORT: port },
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await dropDatabases(admin.url, [name]).catch((error) => console.error(error));
  await admin.stop().catch((error) => console.error(error));
  process.exit(code);
}

server.on("exit", (code) => void shutdown(code ?? 0));
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (!server.killed) server.kill("SIGTERM");
  });
}
