import "server-only";
import { and, asc, count, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db";
import {
  memberSummaries,
  organizationInvitations,
  organizationMembers,
  organizations,
  users,
  type OrganizationMember,
} from "@/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { can, leavesWithoutOwner, type OrganizationRole } from "@/lib/sharing/roles";
import { NOTHING_SHARED, readScope, type ShareScope } from "@/lib/sharing/scope";

/**
 * Organizations, their members and invitations. THE access rule for a member's data lives here,
 * once: `memberDataVisibleTo` (and its SQL form `viewerMayView`), used by every team query. A
 * viewer sees a member's data only while both belong to the organization, the viewer's role may
 * view, and only what the member's scope shares.
 */

/** SQL: the viewer belongs to the organization with a role that may view members' data. */
function viewerMayView(viewerId: string, organizationId: string) {
  const viewing = (["owner", "manager", "educator", "member"] as const).filter((role) =>
    can(role, "view"),
  );
  return sql`exists (select 1 from ${organizationMembers} v
    where v.organization_id = ${organizationId} and v.user_id = ${viewerId}
    and v.role in (${sql.join(
      viewing.map((role) => sql`${role}`),
      sql`, `,
    )}))`;
}

/**
 * What `memberId` shares with `viewerId` through `organizationId`: their scope, or null when the
 * viewer may not see it (not both members, or the viewer's role does not view).
 */
export async function memberDataVisibleTo(input: {
  viewerId: string;
  memberId: string;
  organizationId: string;
}): Promise<ShareScope | null> {
  const [row] = await getDb()
    .select({ scope: organizationMembers.scope })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, input.organizationId),
        eq(organizationMembers.userId, input.memberId),
        viewerMayView(input.viewerId, input.organizationId),
      ),
    );
  return row ? readScope(row.scope) : null;
}

export async function createOrganization(input: { userId: string; name: string }) {
  return getDb().transaction(async (tx) => {
    const [organization] = await tx.insert(organizations).values({ name: input.name }).returning();
    await tx.insert(organizationMembers).values({
      organizationId: organization!.id,
      userId: input.userId,
      role: "owner",
      scope: NOTHING_SHARED,
    });
    return organization!;
  });
}

/** The caller's membership of an organization (with its name), or "not found". */
export async function getMembershipForUser(input: { userId: string; organizationId: string }) {
  const [row] = await getDb()
    .select({
      organizationId: organizations.id,
      name: organizations.name,
      role: organizationMembers.role,
      scope: organizationMembers.scope,
      memberId: organizationMembers.id,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(
      and(
        eq(organizationMembers.userId, input.userId),
        eq(organizationMembers.organizationId, input.organizationId),
      ),
    );
  if (!row) throw notFound("organization");
  return { ...row, scope: readScope(row.scope) };
}

/** Whether the user belongs to any organization (whether their summary is kept). */
export async function belongsToAnyOrganization(userId: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ id: organizationMembers.id })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, userId))
    .limit(1);
  return row !== undefined;
}

/** Every organization the user belongs to, with role and what they share (settings, recovery). */
export async function listMembershipsByUser(userId: string) {
  const rows = await getDb()
    .select({
      organizationId: organizations.id,
      name: organizations.name,
      role: organizationMembers.role,
      scope: organizationMembers.scope,
      memberCount: sql<number>`(select count(*)::int from ${organizationMembers} m where m.organization_id = ${organizations.id})`,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizations.name));
  return rows.map((row) => ({ ...row, scope: readScope(row.scope) }));
}

/**
 * The readiness view's rows: every member of the organization with their name, role, scope and
 * summary, in ONE query, only when the viewer may view (else no rows). The summary is filtered
 * by the scope in lib/sharing/summary.ts before anything is shown.
 */
export async function listTeamRowsForViewer(input: { viewerId: string; organizationId: string }) {
  const rows = await getDb()
    .select({
      userId: organizationMembers.userId,
      role: organizationMembers.role,
      scope: organizationMembers.scope,
      name: users.name,
      email: users.email,
      summary: memberSummaries.summary,
      summaryUpdatedAt: memberSummaries.updatedAt,
    })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .leftJoin(memberSummaries, eq(memberSummaries.userId, organizationMembers.userId))
    .where(
      and(
        eq(organizationMembers.organizationId, input.organizationId),
        viewerMayView(input.viewerId, input.organizationId),
      ),
    )
    .orderBy(asc(users.name), asc(users.email));
  return rows.map((row) => ({ ...row, scope: readScope(row.scope) }));
}

export async function updateMemberScope(input: {
  userId: string;
  organizationId: string;
  scope: ShareScope;
}) {
  const [row] = await getDb()
    .update(organizationMembers)
    .set({ scope: input.scope })
    .where(
      and(
        eq(organizationMembers.userId, input.userId),
        eq(organizationMembers.organizationId, input.organizationId),
      ),
    )
    .returning({ id: organizationMembers.id });
  if (!row) throw notFound("organization");
}

async function ownerCount(tx: Transaction, organizationId: string) {
  // Lock the organization's owners so two owners cannot both leave at once.
  const owners = await tx
    .select({ id: organizationMembers.id })
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, organizationId),
        eq(organizationMembers.role, "owner"),
      ),
    )
    .for("update");
  return owners.length;
}

const noOwnerLeft = () =>
  new AppError(
    "conflict:organization",
    "An organization always has an owner: make someone else an owner first, or delete the organization.",
  );

/** One membership, locked for the rest of the transaction (a role change or a removal). */
async function lockMembership(
  tx: Transaction,
  input: { userId: string; organizationId: string },
): Promise<OrganizationMember | undefined> {
  const [member] = await tx
    .select()
    .from(organizationMembers)
    .where(
      and(
        eq(organizationMembers.userId, input.userId),
        eq(organizationMembers.organizationId, input.organizationId),
      ),
    )
    .for("update");
  return member;
}

/** Removes a membership (leaving, or being removed); refuses to remove the last owner. */
export async function removeMembership(input: { userId: string; organizationId: string }) {
  await getDb().transaction(async (tx) => {
    const member = await lockMembership(tx, input);
    if (!member) throw notFound("organization");
    const owners = await ownerCount(tx, input.organizationId);
    if (leavesWithoutOwner({ ownerCount: owners, targetRole: member.role, newRole: null }))
      throw noOwnerLeft();
    await tx.delete(organizationMembers).where(eq(organizationMembers.id, member.id));
  });
}

export async function setMemberRole(input: {
  organizationId: string;
  userId: string;
  role: OrganizationRole;
}): Promise<OrganizationMember> {
  return getDb().transaction(async (tx) => {
    const member = await lockMembership(tx, input);
    if (!member) throw notFound("member");
    const owners = await ownerCount(tx, input.organizationId);
    if (leavesWithoutOwner({ ownerCount: owners, targetRole: member.role, newRole: input.role }))
      throw noOwnerLeft();
    const [updated] = await tx
      .update(organizationMembers)
      .set({ role: input.role })
      .where(eq(organizationMembers.id, member.id))
      .returning();
    return updated!;
  });
}

export async function getTeamMember(input: { organizationId: string; userId: string }) {
  const [row] = await getDb()
    .select({ role: organizationMembers.role, name: users.name, email: users.email })
    .from(organizationMembers)
    .innerJoin(users, eq(users.id, organizationMembers.userId))
    .where(
      and(
        eq(organizationMembers.organizationId, input.organizationId),
        eq(organizationMembers.userId, input.userId),
      ),
    );
  return row;
}

/** Deleting an organization removes only it, its memberships and invitations (cascade). */
export async function deleteOrganization(organizationId: string) {
  await getDb().delete(organizations).where(eq(organizations.id, organizationId));
}

/** Organizations in which this user is the only owner: they block leaving or deleting the account. */
export async function listSoleOwnerships(userId: string) {
  return getDb()
    .select({ organizationId: organizations.id, name: organizations.name })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(
      and(
        eq(organizationMembers.userId, userId),
        eq(organizationMembers.role, "owner"),
        sql`(select count(*) from ${organizationMembers} o where o.organization_id = ${organizationMembers.organizationId} and o.role = 'owner') = 1`,
      ),
    );
}

// Invitations ---------------------------------------------------------------------------------

export async function createInvitation(input: {
  organizationId: string;
  email: string;
  role: OrganizationRole;
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
}) {
  const [row] = await getDb()
    .insert(organizationInvitations)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning();
  return row!;
}

export async function listPendingInvitations(input: { organizationId: string; now: Date }) {
  return getDb()
    .select({
      id: organizationInvitations.id,
      email: organizationInvitations.email,
      role: organizationInvitations.role,
      expiresAt: organizationInvitations.expiresAt,
      createdAt: organizationInvitations.createdAt,
    })
    .from(organizationInvitations)
    .where(
      and(
        eq(organizationInvitations.organizationId, input.organizationId),
        isNull(organizationInvitations.acceptedAt),
        isNull(organizationInvitations.cancelledAt),
        gt(organizationInvitations.expiresAt, input.now),
      ),
    )
    .orderBy(asc(organizationInvitations.createdAt));
}

export async function cancelInvitation(input: {
  organizationId: string;
  invitationId: string;
  now: Date;
}) {
  const [row] = await getDb()
    .update(organizationInvitations)
    .set({ cancelledAt: input.now })
    .where(
      and(
        eq(organizationInvitations.id, input.invitationId),
        eq(organizationInvitations.organizationId, input.organizationId),
        isNull(organizationInvitations.acceptedAt),
        isNull(organizationInvitations.cancelledAt),
      ),
    )
    .returning({ id: organizationInvitations.id });
  if (!row) throw notFound("invitation");
}

/** A live invitation by its token's hash, with the organization's name (for the accept page). */
export async function getLiveInvitation(input: { tokenHash: string; now: Date }) {
  const [row] = await getDb()
    .select({
      id: organizationInvitations.id,
      organizationId: organizationInvitations.organizationId,
      organizationName: organizations.name,
      email: organizationInvitations.email,
      role: organizationInvitations.role,
    })
    .from(organizationInvitations)
    .innerJoin(organizations, eq(organizations.id, organizationInvitations.organizationId))
    .where(
      and(
        eq(organizationInvitations.tokenHash, input.tokenHash),
        isNull(organizationInvitations.acceptedAt),
        isNull(organizationInvitations.cancelledAt),
        gt(organizationInvitations.expiresAt, input.now),
      ),
    );
  return row;
}

/**
 * Accepts an invitation: single use, only for the account whose verified email is the invited
 * address. One transaction: the invitation is claimed (row lock) and the membership created.
 */
export async function acceptInvitation(input: {
  tokenHash: string;
  userId: string;
  verifiedEmail: string | null;
  scope: ShareScope;
  now: Date;
}) {
  return getDb().transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(organizationInvitations)
      .where(
        and(
          eq(organizationInvitations.tokenHash, input.tokenHash),
          isNull(organizationInvitations.acceptedAt),
          isNull(organizationInvitations.cancelledAt),
          gt(organizationInvitations.expiresAt, input.now),
        ),
      )
      .for("update");
    if (!invitation) throw notFound("invitation");
    if (!input.verifiedEmail || input.verifiedEmail.toLowerCase() !== invitation.email) {
      throw new AppError(
        "forbidden:invitation",
        "This invitation was sent to another email address. Sign in with the account that received it (its email must be verified).",
      );
    }
    await tx
      .update(organizationInvitations)
      .set({ acceptedAt: input.now })
      .where(eq(organizationInvitations.id, invitation.id));
    await tx
      .insert(organizationMembers)
      .values({
        organizationId: invitation.organizationId,
        userId: input.userId,
        role: invitation.role,
        scope: input.scope,
      })
      .onConflictDoNothing();
    return { organizationId: invitation.organizationId };
  });
}

export async function countMembers(organizationId: string): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(organizationMembers)
    .where(eq(organizationMembers.organizationId, organizationId));
  return row?.n ?? 0;
}
