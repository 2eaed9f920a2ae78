/**
 * The e2e suite's SMTP server: accepts every message on SMTP_CATCHER_PORT (default 2525) and
 * writes it as JSON to .data/e2e/mail/, where specs read the links from it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { smtpCatcher } from "../e2e/support/smtp";

const port = Number(process.env.SMTP_CATCHER_PORT ?? 2525);
const mailDir = path.resolve(process.env.SMTP_CATCHER_DIR ?? ".data/e2e/mail");
mkdirSync(mailDir, { recursive: true });

let counter = 0;
const server = smtpCatcher(({ to, raw }) => {
  const file = path.join(mailDir, `${Date.now()}-${process.pid}-${counter++}.json`);
  writeFileSync(file, JSON.stringify({ to, raw, receivedAt: new Date().toISOString() }));
});

server.listen(port, "127.0.0.1", () =>
  console.log(`[smtp-catcher] listening on 127.0.0.1:${port}`),
);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
