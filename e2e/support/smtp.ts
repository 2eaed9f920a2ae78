import { SMTPServer } from "smtp-server";

export interface CaughtMessage {
  to: string[];
  raw: string;
}

/**
 * A real SMTP server that accepts every message (no mock of our mail code): the e2e suite's
 * catcher (scripts/smtp-catcher.ts) and integration tests that watch mail leave.
 */
export function smtpCatcher(onMessage: (message: CaughtMessage) => void): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        onMessage({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
}
