"use server";

import { z } from "zod";
import { publicAction } from "@/lib/server/actions";
import { requestPasswordReset as requestReset } from "@/lib/server/auth/account-security";
import { emailSchema } from "@/lib/validation";

/** Public and throttled per address; answers the same whether or not the account exists. */
export const requestPasswordReset = publicAction(
  "auth.requestPasswordReset",
  z.object({ email: emailSchema }).strict(),
  async ({ email }, { address }) => requestReset({ email, address }),
);
