"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { revokeCalendarToken } from "@/db/queries/calendar";
import { issueCalendarToken } from "@/lib/server/loaders/calendar-feed";
import { updateUserSettings } from "@/db/queries/users";
import { userAction } from "@/lib/server/actions";
import { isValidTimeZone } from "@/lib/dates";
import { displayNameSchema } from "@/lib/validation";

const timeZoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London.");

export const saveSettingsAction = userAction(
  "settings.save",
  z.object({ name: displayNameSchema, timeZone: timeZoneSchema }).strict(),
  async (input, { user }) => {
    await updateUserSettings({
      userId: user.id,
      name: input.name ?? null,
      timeZone: input.timeZone,
    });
    revalidatePath("/settings");
    revalidatePath("/dashboard");
    return { ok: true, message: "Settings saved." };
  },
);

/** Called once from the browser when no zone is set yet, so "today" defaults to the user's own. */
export const adoptBrowserTimeZoneAction = userAction(
  "settings.adoptTimeZone",
  z.object({ timeZone: timeZoneSchema }).strict(),
  async (input, { user }) => {
    if (!user.timeZone) await updateUserSettings({ userId: user.id, timeZone: input.timeZone });
    return { ok: true };
  },
);

export const regenerateCalendarAction = userAction(
  "calendar.regenerate",
  z.object({}).strict(),
  async (_input, { user }) => {
    const token = await issueCalendarToken(user.id);
    revalidatePath("/settings");
    return {
      ok: true,
      message: "New calendar link created. Any older link has stopped working.",
      data: { token },
    };
  },
);

export const revokeCalendarAction = userAction(
  "calendar.revoke",
  z.object({}).strict(),
  async (_input, { user }) => {
    await revokeCalendarToken(user.id);
    revalidatePath("/settings");
    return { ok: true, message: "Calendar link turned off." };
  },
);
