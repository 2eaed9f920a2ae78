"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAuditEvent } from "@/db/queries/audit";
import { getPlanByIdForUser } from "@/db/queries/plans";
import { createShareLink, revokeShareLink } from "@/db/queries/share-links";
import { appUrl } from "@/lib/env";
import { userAction, type ActionResult } from "@/lib/server/actions";
import { now } from "@/lib/server/clock";
import { issueToken } from "@/lib/server/tokens";
import { scopeFromForm, shareFormFields, sharesNothing } from "@/lib/sharing/scope";
import { idSchema } from "@/lib/validation";

export const createShareLinkAction = userAction(
  "sharing.createLink",
  z
    .object({
      label: z
        .string()
        .trim()
        .min(1, "Say who it is for (a label only: anyone with the link can open it).")
        .max(100, "Use at most 100 characters."),
      expiresInDays: z.coerce
        .number({ error: "Choose how long the link lives." })
        .int()
        .min(1, "At least 1 day.")
        .max(365, "At most 365 days.")
        .default(30),
      ...shareFormFields,
      plan: shareFormFields.plan.default("all"),
    })
    .strict(),
  async (input, { user }): Promise<ActionResult<{ url: string }>> => {
    const scope = scopeFromForm(input);
    if (sharesNothing(scope)) {
      return {
        ok: false,
        message: "Choose something to share.",
        errors: { plan: ["Share a plan, your upkeep status, or both."] },
      };
    }
    if (Array.isArray(scope.plans)) {
      for (const planId of scope.plans) await getPlanByIdForUser({ userId: user.id, planId });
    }
    const { token, tokenHash } = issueToken();
    await createShareLink({
      userId: user.id,
      tokenHash,
      label: input.label,
      scope,
      expiresAt: new Date(now().getTime() + input.expiresInDays * 86_400_000),
    });
    await recordAuditEvent({ event: "share_link_create", userId: user.id });
    revalidatePath("/sharing");
    return {
      ok: true,
      message: "Link created. Copy it now: it is shown only once.",
      data: { url: `${appUrl}/share/${token}` },
    };
  },
  { echo: ["label"] },
);

export const revokeShareLinkAction = userAction(
  "sharing.revokeLink",
  z.object({ linkId: idSchema }).strict(),
  async (input, { user }) => {
    await revokeShareLink({ userId: user.id, linkId: input.linkId, now: now() });
    await recordAuditEvent({ event: "share_link_revoke", userId: user.id });
    revalidatePath("/sharing");
    return { ok: true, message: "Link revoked. It stopped working at once." };
  },
);
