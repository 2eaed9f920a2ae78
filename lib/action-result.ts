/** What every server action returns (see lib/server/actions.ts). Importable from client components. */
export type ActionResult<Data = undefined> =
  | { ok: true; message?: string; data?: Data }
  | {
      ok: false;
      message: string;
      code?: string;
      errors?: Record<string, string[] | undefined>;
      /** What the user typed, to put back in the form (never a password). */
      values?: Record<string, string>;
    };

/** The failure to show in a form (field errors, the values to put back), or undefined. */
export function failureOf<Data>(
  state: ActionResult<Data> | undefined,
): Extract<ActionResult<Data>, { ok: false }> | undefined {
  return state && !state.ok ? state : undefined;
}
