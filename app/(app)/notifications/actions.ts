"use server";

import { schemas } from "./action-schemas";
import { revalidatePath } from "next/cache";
import { markRemindersRead } from "@/db/queries/reminders";
import { userAction } from "@/lib/server/actions";
import { now } from "@/lib/server/clock";

/** Marks every reminder of the signed-in user read (the badge goes away). */
export const markNotificationsReadAction = userAction(
  "notifications.markRead",
  schemas.markNotificationsReadAction,
  async (_input, { user }) => {
    await markRemindersRead({ userId: user.id, now: now() });
    revalidatePath("/notifications");
    return { ok: true, message: "All caught up." };
  },
);
