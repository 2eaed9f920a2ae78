import "server-only";
import { appUrl } from "@/lib/env";
import { sendMail } from "@/lib/server/mail";

/**
 * The sharing mails, in one small module so that moving them to templates on the job queue is one
 * change: an invitation to an organization, and a request to sign off a milestone.
 */

export async function sendInvitationMail(input: {
  to: string;
  organizationName: string;
  inviterName: string;
  role: string;
  token: string;
}) {
  const link = `${appUrl}/teams/join/${input.token}`;
  await sendMail({
    to: input.to,
    subject: `Invitation to ${input.organizationName}`,
    text: [
      `${input.inviterName} invited you to join ${input.organizationName} as ${input.role.toLowerCase()} on Sonography Career Planner.`,
      "",
      `Accept (valid 7 days, once): ${link}`,
      "",
      "Only the account whose verified email is this address can accept. You choose what you share, and can change it or leave at any time.",
    ].join("\n"),
  });
}

export async function sendSignOffRequestMail(input: {
  to: string;
  memberName: string;
  milestone: string;
  organizationId: string;
  organizationName: string;
}) {
  await sendMail({
    to: input.to,
    subject: `Sign-off requested: ${input.milestone}`,
    text: [
      `${input.memberName} asks you to sign off "${input.milestone}" (${input.organizationName}).`,
      "",
      `Review it: ${appUrl}/teams/${input.organizationId}#sign-offs`,
    ].join("\n"),
  });
}
