"use server";

import { z } from "zod";
import { publicAction } from "@/lib/server/actions";
import { resetPassword as reset } from "@/lib/server/auth/account-security";
import { newPasswordSchema } from "@/lib/validation";

/** The emailed single-use token is the credential: no session needed. */
export const resetPassword = publicAction(
  "auth.resetPassword",
  z.object({ token: z.string().min(20).max(200), password: newPasswordSchema }).strict(),
  async ({ token, password }, { address }) => reset({ token, password, address }),
);
