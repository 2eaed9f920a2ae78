"use server";

import { schemas } from "./action-schemas";
import { revalidatePath } from "next/cache";
import { revokeCalendarToken } from "@/db/queries/calendar";
import { issueCalendarToken } from "@/lib/server/loaders/calendar-feed";
import { updateUserSettings } from "@/db/queries/users";
import { userAction } from "@/lib/server/actions";

export const saveSettingsAction = userAction(
  "settings.save",
  schemas.saveSettingsAction,
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
  schemas.adoptBrowserTimeZoneAction,
  async (input, { user }) => {
    if (!user.timeZone) await updateUserSettings({ userId: user.id, timeZone: input.timeZone });
    return { ok: true };
  },
);

export const regenerateCalendarAction = userAction(
  "calendar.regenerate",
  schemas.regenerateCalendarAction,
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
  schemas.revokeCalendarAction,
  async (_input, { user }) => {
    await revokeCalendarToken(user.id);
    revalidatePath("/settings");
    return { ok: true, message: "Calendar link turned off." };
  },
);
