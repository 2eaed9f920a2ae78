"use server";

import { schemas } from "./action-schemas";
import { publicAction } from "@/lib/server/actions";
import { authorizeEmailChange, revertEmailChange } from "@/lib/server/auth/account-security";

/** The button on the page opened from the "your email was changed" notice. */
export const revertEmailChangeAction = publicAction(
  "auth.revertEmailChange",
  schemas.revertEmailChangeAction,
  async ({ token }, { address }) => revertEmailChange({ token, address }),
);

/** The button on the page opened from the link sent to a passwordless account's address. */
export const authorizeEmailChangeAction = publicAction(
  "auth.authorizeEmailChange",
  schemas.authorizeEmailChangeAction,
  async ({ token }) => authorizeEmailChange({ token }),
);
