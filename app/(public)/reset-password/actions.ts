"use server";

import { schemas } from "./action-schemas";
import { publicAction } from "@/lib/server/actions";
import { resetPassword as reset } from "@/lib/server/auth/account-security";

/** The emailed single-use token is the credential: no session needed. */
export const resetPassword = publicAction(
  "auth.resetPassword",
  schemas.resetPassword,
  async ({ token, password, unlink }, { address }) => reset({ token, password, unlink, address }),
);
