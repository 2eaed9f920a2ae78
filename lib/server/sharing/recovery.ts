import "server-only";
import { recordAuditEvent } from "@/db/queries/audit";
import { listMembershipsByUser } from "@/db/queries/organizations";
import { revokeAllShareLinksOfUser } from "@/db/queries/share-links";
import { now } from "@/lib/server/clock";
import { describeScope, type MembershipForReview } from "@/lib/sharing/scope";
import { ROLE_LABELS } from "@/lib/sharing/roles";

/**
 * For recovery (password reset, sign-out everywhere, account claim): every share link stops
 * working at once, and the person's memberships are listed for review.
 */
export async function revokeAllShareLinks(userId: string): Promise<number> {
  const revoked = await revokeAllShareLinksOfUser({ userId, now: now() });
  if (revoked > 0) await recordAuditEvent({ event: "share_links_revoke_all", userId });
  return revoked;
}

export async function listMembershipsForReview(userId: string): Promise<MembershipForReview[]> {
  const memberships = await listMembershipsByUser(userId);
  return memberships.map((membership) => ({
    organizationId: membership.organizationId,
    name: membership.name,
    role: ROLE_LABELS[membership.role],
    shares: describeScope(membership.scope),
  }));
}
