import "server-only";
import { appUrl } from "@/lib/env";
import { queueMail } from "@/lib/server/mail";

/** How long an invitation link works (organization_invitations.expires_at is set from it). */
export const INVITATION_DAYS = 7;

/** The sharing mails, queued like every other (templates in lib/server/mail/templates/sharing). */
export async function sendInvitationMail(input: {
  to: string;
  organizationName: string;
  inviterName: string;
  role: string;
  token: string;
}) {
  await queueMail({
    template: "organization-invitation",
    to: input.to,
    link: `${appUrl}/teams/join/${input.token}`,
    organizationName: input.organizationName,
    inviterName: input.inviterName,
    role: input.role,
    days: INVITATION_DAYS,
  });
}

export async function sendSignOffRequestMail(input: {
  to: string;
  memberName: string;
  milestone: string;
  organizationId: string;
  organizationName: string;
}) {
  await queueMail({
    template: "sign-off-request",
    to: input.to,
    link: `${appUrl}/teams/${input.organizationId}#sign-offs`,
    memberName: input.memberName,
    milestone: input.milestone,
    organizationName: input.organizationName,
  });
}
