/**
 * The benchmark's record of the SQL the app really sends (`npm run bench`, BENCH_CAPTURE_SQL):
 * each statement's text and its parameters, appended to a file under bench-results/ (git-ignored)
 * that the benchmark EXPLAINs and then deletes. Never on in a deployment: lib/env.ts refuses the
 * variable outside bench-results/ and when the public URL is https.
 */
import { appendFileSync } from "node:fs";

export interface CapturedStatement {
  text: string;
  parameters: unknown[];
}

/** A postgres.js `debug` hook that appends every statement to `file`, one JSON object a line. */
export function captureStatementsTo(file: string) {
  return (_connection: number, text: string, parameters: unknown[]) => {
    const line: CapturedStatement = { text, parameters };
    appendFileSync(
      /*turbopackIgnore: true*/ file,
      `${JSON.stringify(line, (_key, value: unknown) =>
        typeof value === "bigint" ? value.toString() : value,
      )}\n`,
    );
  };
}
