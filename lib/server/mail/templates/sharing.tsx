import { APP_NAME, Action, MailLayout, Paragraph } from "./layout";

/** The sharing mails: an invitation to an organization, and a request to sign off a milestone. */

export function OrganizationInvitation({
  link,
  organizationName,
  inviterName,
  role,
  days,
}: {
  link: string;
  organizationName: string;
  inviterName: string;
  role: string;
  days: number;
}) {
  return (
    <MailLayout preview={`Invitation to ${organizationName}`}>
      <Paragraph>
        {inviterName} invited you to join {organizationName} as {role.toLowerCase()} on {APP_NAME}.
      </Paragraph>
      <Action href={link}>See the invitation</Action>
      <Paragraph>
        The link works once, for {days} days. Only the account whose verified email is this address
        can accept. You choose what you share, and can change it or leave at any time.
      </Paragraph>
    </MailLayout>
  );
}

export function SignOffRequest({
  link,
  memberName,
  milestone,
  organizationName,
}: {
  link: string;
  memberName: string;
  milestone: string;
  organizationName: string;
}) {
  return (
    <MailLayout preview={`Sign-off requested: ${milestone}`}>
      <Paragraph>
        {memberName} asks you to sign off &ldquo;{milestone}&rdquo; ({organizationName}).
      </Paragraph>
      <Action href={link}>Review it</Action>
    </MailLayout>
  );
}
