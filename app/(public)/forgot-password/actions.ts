"use server";

import { schemas } from "./action-schemas";
import { publicAction } from "@/lib/server/actions";
import { requestPasswordReset as requestReset } from "@/lib/server/auth/account-security";

/** Public and throttled per address; answers the same whether or not the account exists. */
export const requestPasswordReset = publicAction(
  "auth.requestPasswordReset",
  schemas.requestPasswordReset,
  async ({ email }, { address }) => requestReset({ email, address }),
);
