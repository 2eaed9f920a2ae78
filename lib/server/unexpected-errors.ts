import "server-only";
import { randomBytes } from "node:crypto";

/**
 * What the log may say about an error nobody expected: its class, its code and where in our code
 * it was thrown, with a reference the user is shown, so that support can find the line. Never its
 * message: a Postgres error quotes the values it refused ("invalid input syntax for type uuid:
 * "<a token>""), its detail names the duplicate key (an email address), and a library's message
 * may carry a URL with a token in it.
 */

/** Ten characters a person can read out over the phone: lowercase letters and digits. */
export function newErrorReference(): string {
  return randomBytes(8).toString("base64url").toLowerCase().replace(/[-_]/g, "0").slice(0, 10);
}

/** The error's class and code (a Postgres SQLSTATE, a Node errno code, our AppError code). */
export function errorIdentity(error: unknown): { kind: string; code?: string } {
  if (!(error instanceof Error)) return { kind: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    kind:
      error.constructor?.name && error.constructor.name !== "Error"
        ? error.constructor.name
        : error.name,
    code: typeof code === "string" || typeof code === "number" ? String(code) : undefined,
  };
}

/** The stack's frames only: the lines before them repeat the message. */
function framesOf(error: unknown, limit = 8): string {
  if (!(error instanceof Error) || !error.stack) return "";
  const frames = error.stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, limit);
  return frames.length > 0 ? `\n${frames.join("\n")}` : "";
}

/**
 * Logs an unexpected error as `[where] unexpected <class> code=<code> ref=<reference>` and its
 * stack frames, and returns the reference to show the user (a new one unless given: Next's digest
 * for a render error, so the page and the log agree).
 */
export function logUnexpectedError(
  where: string,
  error: unknown,
  reference: string = newErrorReference(),
): string {
  const { kind, code } = errorIdentity(error);
  console.error(
    `[${where}] unexpected ${kind}${code ? ` code=${code}` : ""} ref=${reference}${framesOf(error)}`,
  );
  return reference;
}

/** An error as the log may show it: class, code, Next's digest when it has one, and frames. */
export function redactedError(error: Error): string {
  const { kind, code } = errorIdentity(error);
  const digest = (error as { digest?: unknown }).digest;
  return `${kind}${code ? ` code=${code}` : ""}${typeof digest === "string" ? ` ref=${digest}` : ""} (message withheld)${framesOf(error)}`;
}

/**
 * Wraps a log function so that no Error it is given prints its message or properties: Next prints
 * a failed render's error whole, and so may a library. Installed on console.error in production
 * (instrumentation-node.ts), where the log leaves the machine.
 */
export function withErrorsRedacted<Log extends (...args: unknown[]) => void>(log: Log): Log {
  return ((...args: unknown[]) =>
    log(...args.map((arg) => (arg instanceof Error ? redactedError(arg) : arg)))) as Log;
}
