"use server";

import { schemas } from "./action-schemas";
import { createCorrectionReport } from "@/db/queries/corrections";
import { publicAction, throttled } from "@/lib/server/actions";
import { accountRequestRule } from "@/lib/server/auth/throttles";

/** Public (signed-out visitors may report too), so it is throttled per address. */
export const reportCorrection = publicAction(
  "catalog.reportCorrection",
  schemas.reportCorrection,
  async (input, { signedIn, address }) =>
    throttled(accountRequestRule("correction", address), async () => {
      await createCorrectionReport({
        userId: signedIn?.user.id ?? null,
        subjectSlug: input.subject,
        factText: input.fact || null,
        message: input.message,
        contactEmail: input.contactEmail || null,
      });
      return {
        ok: true,
        message: "Thank you. The maintainers will check the sources and correct the catalog.",
      };
    }),
  { echo: ["message", "contactEmail"] },
);
