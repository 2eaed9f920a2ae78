/**
 * The input schemas of the actions in ./actions.ts, one per exported action (same names).
 * Kept apart because a "use server" file may export only async functions; the fuzz test
 * (e2e/fuzz.spec.ts) generates its inputs from them.
 */

import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates";
import { displayNameSchema } from "@/lib/validation";

const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London.");

export const schemas = {
  saveSettingsAction: z.object({ name: displayNameSchema, timeZone: timeZoneSchema }).strict(),
  adoptBrowserTimeZoneAction: z.object({ timeZone: timeZoneSchema }).strict(),
  regenerateCalendarAction: z.object({}).strict(),
  revokeCalendarAction: z.object({}).strict(),
} satisfies Record<string, z.ZodType>;
