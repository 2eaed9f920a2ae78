"use server";

import { schemas } from "./action-schemas";
import { revalidatePath } from "next/cache";
import { saveNotificationPreferences } from "@/db/queries/reminders";
import { REMINDER_KINDS } from "@/lib/reminders/rules";
import { userAction } from "@/lib/server/actions";
import { now } from "@/lib/server/clock";
import { requestLocale } from "@/lib/server/locale";

/** Which reminders, how (single mails or a weekly digest), and a pause of some weeks. */
export const saveNotificationPreferencesAction = userAction(
  "notifications.savePreferences",
  schemas.saveNotificationPreferencesAction,
  async (input, { user }) => {
    await saveNotificationPreferences({
      userId: user.id,
      off: REMINDER_KINDS.filter((kind) => !input.on.includes(kind)),
      digest: input.digest === "on",
      pausedUntil:
        input.pauseWeeks > 0 ? new Date(now().getTime() + input.pauseWeeks * 7 * 86_400_000) : null,
      // Dates in reminder mails follow the reader's browser language.
      locale: await requestLocale(),
    });
    revalidatePath("/settings/notifications");
    return { ok: true, message: "Reminder settings saved." };
  },
);
