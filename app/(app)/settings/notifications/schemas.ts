import { z } from "zod";
import { PAUSE_WEEKS, REMINDER_KINDS } from "@/lib/reminders/rules";
import { toArray } from "@/lib/validation";

/** Which kinds are on (a checkbox group), the weekly digest, and a pause in weeks. */
export const notificationPreferencesSchema = z
  .object({
    on: z.preprocess(toArray, z.array(z.enum(REMINDER_KINDS)).max(REMINDER_KINDS.length)),
    digest: z.enum(["on"]).optional(),
    pauseWeeks: z.coerce
      .number()
      .int()
      .refine((weeks) => (PAUSE_WEEKS as readonly number[]).includes(weeks), "Choose a pause."),
  })
  .strict();
