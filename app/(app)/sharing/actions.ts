"use server";

import { schemas } from "./action-schemas";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/db/queries/audit";
import { getPlanByIdForUser } from "@/db/queries/plans";
import { createShareLink, revokeShareLink } from "@/db/queries/share-links";
import { appUrl } from "@/lib/env";
import { userAction, type ActionResult } from "@/lib/server/actions";
import { now } from "@/lib/server/clock";
import { issueToken } from "@/lib/server/tokens";
import { scopeFromForm, sharesNothing } from "@/lib/sharing/scope";

export const createShareLinkAction = userAction(
  "sharing.createLink",
  schemas.createShareLinkAction,
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
  schemas.revokeShareLinkAction,
  async (input, { user }) => {
    await revokeShareLink({ userId: user.id, linkId: input.linkId, now: now() });
    await recordAuditEvent({ event: "share_link_revoke", userId: user.id });
    revalidatePath("/sharing");
    return { ok: true, message: "Link revoked. It stopped working at once." };
  },
);
