/**
 * Server actions as HTTP endpoints, the way a browser (or an attacker) calls them: the build's
 * server-reference manifest names each action's id, file and export; a POST with the
 * `Next-Action` header and the JSON-encoded arguments invokes it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

export interface BuiltAction {
  id: string;
  filename: string;
  exportedName: string;
  /** "file#export", the access-control matrix's key. */
  key: string;
}

export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(
    readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { filename: string; exportedName: string }> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    filename: entry.filename,
    exportedName: entry.exportedName,
    key: `${entry.filename}#${entry.exportedName}`,
  }));
}

export function actionIdOf(exportedName: string): string {
  const action = builtActions().find((candidate) => candidate.exportedName === exportedName);
  if (!action) throw new Error(`No server action exported as ${exportedName} in the build`);
  return action.id;
}

/**
 * The arguments as React's client encodes them (`encodeReply`): JSON in which a string starting
 * with "$" gets a second "$" (a single one introduces a reference: "$@1", "$K1"). Sent raw,
 * such a string makes Next's decoding fail before any action runs.
 */
export function encodeActionArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("$") ? `$${value}` : value,
  );
}

/** Calls an action with `(previousState, input)`, as the app's forms and components do. */
export function callAction(
  api: APIRequestContext,
  id: string,
  input: Record<string, unknown>,
  options: { path?: string; timeout?: number } = {},
) {
  return api.post(options.path ?? "/", {
    headers: {
      "Next-Action": id,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    data: encodeActionArguments([null, input]),
    maxRedirects: 0,
    timeout: options.timeout,
  });
}
