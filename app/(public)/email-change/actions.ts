"use server";

import { z } from "zod";
import { publicAction } from "@/lib/server/actions";
import { authorizeEmailChange, revertEmailChange } from "@/lib/server/auth/account-security";

const tokenSchema = z.object({ token: z.string().min(20).max(200) }).strict();

/** The button on the page opened from the "your email was changed" notice. */
export const revertEmailChangeAction = publicAction(
  "auth.revertEmailChange",
  tokenSchema,
  async ({ token }, { address }) => revertEmailChange({ token, address }),
);

/** The button on the page opened from the link sent to a passwordless account's address. */
export const authorizeEmailChangeAction = publicAction(
  "auth.authorizeEmailChange",
  tokenSchema,
  async ({ token }) => authorizeEmailChange({ token }),
);
