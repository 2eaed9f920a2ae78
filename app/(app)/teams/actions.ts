"use server";

import { schemas } from "./action-schemas";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/db/queries/audit";
import { getCustomMilestoneForUser } from "@/db/queries/custom-milestones";
import {
  acceptInvitation,
  cancelInvitation,
  createInvitation,
  createOrganization,
  deleteOrganization,
  getMembershipForUser,
  getTeamMember,
  listTeamRowsForViewer,
  removeMembership,
  setMemberRole,
  updateMemberScope,
} from "@/db/queries/organizations";
import { getPlanByIdForUser } from "@/db/queries/plans";
import {
  cancelSignOffRequest,
  confirmSignOff,
  requestSignOff,
  withdrawSignOff,
} from "@/db/queries/sign-offs";
import { getRequirement } from "@/lib/catalog";
import { AppError, notFound } from "@/lib/errors";
import { userAction } from "@/lib/server/actions";
import { reserveInvitation } from "@/lib/server/sharing/invitations";
import { now } from "@/lib/server/clock";
import {
  INVITATION_DAYS,
  sendInvitationMail,
  sendSignOffRequestMail,
} from "@/lib/server/sharing/mail";
import { queueMemberSummary, rebuildMemberSummary } from "@/lib/server/sharing/summary";
import { issueToken, hashToken } from "@/lib/server/tokens";
import { clientAddress } from "@/lib/server/request-context";
import { logUnexpectedError } from "@/lib/server/unexpected-errors";
import {
  ROLE_LABELS,
  assignableRoles,
  can,
  canRemove,
  type TeamPermission,
} from "@/lib/sharing/roles";
import { scopeFromForm, sharesPlan } from "@/lib/sharing/scope";

/** The caller's membership, if their role allows `permission`; otherwise "not found". */
async function membershipAllowing(
  userId: string,
  organizationId: string,
  permission: TeamPermission,
) {
  const membership = await getMembershipForUser({ userId, organizationId });
  if (!can(membership.role, permission)) throw notFound("organization");
  return membership;
}

function revalidateTeam(organizationId?: string) {
  revalidatePath("/teams");
  if (organizationId) revalidatePath(`/teams/${organizationId}`);
}

export const createOrganizationAction = userAction(
  "teams.create",
  schemas.createOrganizationAction,
  async (input, { user }) => {
    const organization = await createOrganization({ userId: user.id, name: input.name });
    await recordAuditEvent({ event: "organization_create", userId: user.id });
    revalidateTeam();
    redirect(`/teams/${organization.id}`);
  },
  { echo: ["name"] },
);

export const inviteMemberAction = userAction(
  "teams.invite",
  schemas.inviteMemberAction,
  async (input, { user }) => {
    const membership = await membershipAllowing(user.id, input.organizationId, "invite");
    if (!assignableRoles(membership.role).includes(input.role)) {
      return {
        ok: false,
        message: "You can't give that role.",
        errors: { role: ["Managers invite educators and members."] },
      };
    }
    await reserveInvitation(user.id, input.organizationId);
    const { token, tokenHash } = issueToken();
    await createInvitation({
      organizationId: input.organizationId,
      email: input.email,
      role: input.role,
      tokenHash,
      invitedBy: user.id,
      expiresAt: new Date(now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    await sendInvitationMail({
      to: input.email,
      organizationName: membership.name,
      inviterName: user.name ?? user.email,
      role: ROLE_LABELS[input.role],
      token,
    });
    await recordAuditEvent({ event: "organization_invite", userId: user.id });
    revalidateTeam(input.organizationId);
    return { ok: true, message: `Invitation sent to ${input.email}.` };
  },
  { echo: ["email"] },
);

export const cancelInvitationAction = userAction(
  "teams.cancelInvitation",
  schemas.cancelInvitationAction,
  async (input, { user }) => {
    await membershipAllowing(user.id, input.organizationId, "invite");
    await cancelInvitation({ ...input, now: now() });
    revalidateTeam(input.organizationId);
    return { ok: true, message: "Invitation cancelled." };
  },
);

export const acceptInvitationAction = userAction(
  "teams.accept",
  schemas.acceptInvitationAction,
  async ({ token, ...choices }, { user }) => {
    const { organizationId } = await acceptInvitation({
      tokenHash: hashToken(token),
      userId: user.id,
      verifiedEmail: user.emailVerified ? user.email : null,
      scope: scopeFromForm(choices),
      now: now(),
    });
    // Built now, once: the view shows the new member's data on the manager's next load. Later
    // writes queue their rebuild (lib/server/sharing/summary.ts).
    await rebuildMemberSummary(user).catch((error: unknown) => {
      logUnexpectedError("sharing.summary", error);
      return queueMemberSummary(user);
    });
    await recordAuditEvent({
      event: "organization_join",
      userId: user.id,
      address: await clientAddress(),
    });
    revalidateTeam(organizationId);
    redirect(`/teams/${organizationId}?joined=1`);
  },
);

export const updateSharingAction = userAction(
  "teams.updateSharing",
  schemas.updateSharingAction,
  async ({ organizationId, ...choices }, { user }) => {
    await membershipAllowing(user.id, organizationId, "share");
    const scope = scopeFromForm(choices);
    if (Array.isArray(scope.plans)) {
      for (const planId of scope.plans) await getPlanByIdForUser({ userId: user.id, planId });
    }
    await updateMemberScope({ userId: user.id, organizationId, scope });
    revalidateTeam(organizationId);
    return { ok: true, message: "Sharing saved. It applies at once." };
  },
);

export const leaveOrganizationAction = userAction(
  "teams.leave",
  schemas.leaveOrganizationAction,
  async (input, { user }) => {
    await membershipAllowing(user.id, input.organizationId, "leave");
    await removeMembership({ userId: user.id, organizationId: input.organizationId });
    await recordAuditEvent({ event: "organization_leave", userId: user.id });
    revalidateTeam(input.organizationId);
    redirect("/teams?left=1");
  },
);

export const removeMemberAction = userAction(
  "teams.removeMember",
  schemas.removeMemberAction,
  async (input, { user }) => {
    const membership = await membershipAllowing(user.id, input.organizationId, "remove");
    const target = await getTeamMember(input);
    if (!target || input.userId === user.id || !canRemove(membership.role, target.role)) {
      throw notFound("member");
    }
    await removeMembership({ userId: input.userId, organizationId: input.organizationId });
    await recordAuditEvent({ event: "organization_remove_member", userId: user.id });
    revalidateTeam(input.organizationId);
    return { ok: true, message: `${target.name ?? target.email} was removed.` };
  },
);

export const changeRoleAction = userAction(
  "teams.changeRole",
  schemas.changeRoleAction,
  async (input, { user }) => {
    await membershipAllowing(user.id, input.organizationId, "change_roles");
    await setMemberRole(input);
    await recordAuditEvent({ event: "organization_role_change", userId: user.id });
    revalidateTeam(input.organizationId);
    return { ok: true, message: `Role changed to ${ROLE_LABELS[input.role].toLowerCase()}.` };
  },
);

export const deleteOrganizationAction = userAction(
  "teams.delete",
  schemas.deleteOrganizationAction,
  async (input, { user }) => {
    await membershipAllowing(user.id, input.organizationId, "delete_organization");
    await deleteOrganization(input.organizationId);
    await recordAuditEvent({ event: "organization_delete", userId: user.id });
    revalidateTeam();
    redirect("/teams?deleted=1");
  },
);

// Sign-off -----------------------------------------------------------------------------------

export const requestSignOffAction = userAction(
  "signOffs.request",
  schemas.requestSignOffAction,
  async (input, { user }) => {
    const plan = await getPlanByIdForUser({ userId: user.id, planId: input.planId });
    const membership = await getMembershipForUser({
      userId: user.id,
      organizationId: input.organizationId,
    });
    if (!sharesPlan(membership.scope, plan.id)) {
      throw new AppError(
        "bad_request:sign_off",
        "Share this plan with the organization first: its educators can only sign off what they can see.",
      );
    }
    let title: string;
    let ref: { requirementSlug?: string; customMilestoneId?: string };
    if (input.milestone.startsWith("custom:")) {
      const custom = await getCustomMilestoneForUser({
        userId: user.id,
        milestoneId: input.milestone.slice("custom:".length),
      });
      if (custom.planId !== plan.id) throw notFound("milestone");
      title = custom.title;
      ref = { customMilestoneId: custom.id };
    } else {
      const requirement = getRequirement(input.milestone);
      if (requirement?.kind !== "experience") {
        throw new AppError(
          "bad_request:sign_off",
          "Only experience milestones and your own milestones can be signed off.",
        );
      }
      title = requirement.name;
      ref = { requirementSlug: requirement.slug };
    }
    await requestSignOff({
      userId: user.id,
      organizationId: input.organizationId,
      ref,
      title,
      now: now(),
    });
    const rows = await listTeamRowsForViewer({
      viewerId: user.id,
      organizationId: input.organizationId,
    }).catch(() => []);
    for (const reviewer of rows.filter(
      (row) => can(row.role, "sign_off") && row.userId !== user.id,
    )) {
      await sendSignOffRequestMail({
        to: reviewer.email,
        memberName: user.name ?? user.email,
        milestone: title,
        organizationId: input.organizationId,
        organizationName: membership.name,
      });
    }
    await recordAuditEvent({ event: "sign_off_request", userId: user.id });
    revalidatePath(`/plans/${plan.id}`);
    revalidateTeam(input.organizationId);
    return { ok: true, message: `Sign-off requested from ${membership.name}.` };
  },
);

export const cancelSignOffRequestAction = userAction(
  "signOffs.cancel",
  schemas.cancelSignOffRequestAction,
  async (input, { user }) => {
    await cancelSignOffRequest({ userId: user.id, signOffId: input.signOffId, now: now() });
    revalidatePath("/plans", "layout");
    return { ok: true, message: "Request cancelled." };
  },
);

export const confirmSignOffAction = userAction(
  "signOffs.confirm",
  schemas.confirmSignOffAction,
  async (input, { user }) => {
    await confirmSignOff({
      viewerId: user.id,
      // The display name only (never the email): it outlives the account in the member's history.
      viewerName: user.name?.trim() || "A team educator",
      organizationId: input.organizationId,
      signOffId: input.signOffId,
      comment: input.comment ?? null,
      now: now(),
    });
    await recordAuditEvent({ event: "sign_off_confirm", userId: user.id });
    revalidateTeam(input.organizationId);
    return { ok: true, message: "Signed off." };
  },
);

export const withdrawSignOffAction = userAction(
  "signOffs.withdraw",
  schemas.withdrawSignOffAction,
  async (input, { user }) => {
    await withdrawSignOff({ authorId: user.id, ...input, now: now() });
    await recordAuditEvent({ event: "sign_off_withdraw", userId: user.id });
    revalidatePath("/teams", "layout");
    return { ok: true, message: "Sign-off withdrawn." };
  },
);
