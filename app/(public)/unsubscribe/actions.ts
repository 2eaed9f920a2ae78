"use server";

import { schemas } from "./action-schemas";
import { publicAction } from "@/lib/server/actions";
import { unsubscribe, type UnsubscribeScope } from "@/lib/server/reminders/unsubscribe";

/** The button on the unsubscribe page: the link's HMAC is the credential (no sign-in needed). */
export const unsubscribeAction = publicAction(
  "reminders.unsubscribe",
  schemas.unsubscribeAction,
  async (input) => {
    const done = await unsubscribe({
      userId: input.u,
      scope: input.k as UnsubscribeScope,
      token: input.t,
    });
    if (!done) {
      return {
        ok: false,
        message: "This link is not valid. Choose your reminders in Settings instead.",
      };
    }
    return { ok: true, message: "Done: you won't get these reminders any more." };
  },
);
