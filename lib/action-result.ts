/** What every server action returns (see lib/actions.ts). Importable from client components. */
export type ActionResult<Data = undefined> =
  | { ok: true; message?: string; data?: Data }
  | { ok: false; message: string; code?: string; errors?: Record<string, string[] | undefined> };
