import { ensureDatabase } from "@/db/connection";
import { migrateAndSeed } from "@/db/migrate";
import { assertProductionReady, env } from "@/lib/env";

import http from "node:http";
import { trustedClientAddress } from "@/lib/client-address";
import { withErrorsRedacted } from "@/lib/server/unexpected-errors";

// Runs once per server process, before the first request is served. A misconfigured production
// server stops here, saying why, rather than serving requests it can't handle.
try {
  assertProductionReady();
} catch (error) {
  console.error(`\n[config] ${(error as Error).message}\n`);
  process.exit(1);
}

// In production the log leaves the machine: no Error printed to it (by Next for a failed render,
// by a library) shows its message, which may quote a token or an address (finding 16).
if (env.NODE_ENV === "production") {
  console.error = withErrorsRedacted(console.error.bind(console));
}

// Next copies the socket's address into X-Forwarded-For only when the header is absent, so a
// client could choose its own address. Before Next sees a request, the header is replaced by the
// one address we trust (TRUSTED_PROXY_HOPS), which throttling and the audit log then read.
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function patchedEmit(
  this: http.Server,
  event: string,
  ...args: unknown[]
) {
  if (event === "request") {
    const request = args[0] as http.IncomingMessage;
    request.headers["x-forwarded-for"] = trustedClientAddress(
      request.headers["x-forwarded-for"],
      request.socket?.remoteAddress,
      env.TRUSTED_PROXY_HOPS,
    );
  }
  return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
} as typeof emit;
const url = await ensureDatabase({
  databaseUrl: env.DATABASE_URL,
  embeddedDir: env.EMBEDDED_DB_DIR,
});
await migrateAndSeed(url, { log: (line) => console.log(line) });

// The job queue (reminders, housekeeping): every app process can enqueue; unless WORKER=separate
// (then `npm run worker` processes do it), this process also works the queues.
{
  const { startJobs } = await import("@/lib/server/jobs/boss");
  const { jobHandlers } = await import("@/lib/server/jobs/handlers");
  await startJobs({ work: env.WORKER === "inline" ? jobHandlers : undefined, databaseUrl: url });
  console.log(
    `[jobs] queue started (${env.WORKER === "inline" ? "working here" : "enqueue only"})`,
  );
}

// On SIGTERM, let a running job finish (or hand it back), then close the database pool, before
// Next's own handler ends the process, so connections end cleanly rather than being cut.
const nextHandlers = process.listeners("SIGTERM");
process.removeAllListeners("SIGTERM");
process.once("SIGTERM", () => {
  void import("@/lib/server/jobs/boss")
    .then(({ stopJobs }) => stopJobs())
    .catch((error) => console.error("[jobs] stopping failed", error))
    .then(() => import("@/db"))
    .then(({ closeDb }) => closeDb())
    .then(() => console.log("[db] pool closed"))
    .catch((error) => console.error("[db] closing the pool failed", error))
    .finally(() => {
      for (const handler of nextHandlers) handler("SIGTERM");
      if (nextHandlers.length === 0) process.exit(0);
    });
});
