/**
 * Each built server action's own zod schema: exported beside the action, in the file named like
 * its actions file with `action-schemas.ts` (a "use server" file may export only async
 * functions), under the action's export name.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { BuiltAction } from "./actions";

export function schemaFileOf(action: Pick<BuiltAction, "filename">): string {
  return action.filename.replace(/actions\.ts$/, "action-schemas.ts");
}

export async function schemaOf(action: BuiltAction): Promise<z.ZodType | undefined> {
  const file = path.resolve(schemaFileOf(action));
  if (!existsSync(file)) return undefined;
  const loaded = (await import(file)) as { schemas?: Record<string, z.ZodType> };
  return loaded.schemas?.[action.exportedName];
}
