import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { MailMessage } from "./messages";
import {
  DeleteAccount,
  EmailChangeAuthorize,
  EmailChangeConfirm,
  EmailChangedNotice,
  EmailTakenNotice,
  MagicLink,
  PasswordReset,
  Reauthenticate,
  VerifyEmail,
} from "./templates/account";
import { OrganizationInvitation, SignOffRequest } from "./templates/sharing";
import type { RenderedMail } from "./transport";

/**
 * Renders a mail's HTML and text parts from its component. Only the mail job and the reminder
 * sender import this (from the job handlers, run by the worker or the app's start-up hook): it
 * needs react-dom/server, which the React Server Components build refuses, so it must stay out
 * of every page, route and action.
 */
export async function renderElement(
  element: ReactElement,
  envelope: { to: string; subject: string; headers?: Record<string, string> },
): Promise<RenderedMail> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, {
      plainText: true,
      // Links as bare addresses ("Sign in https://…"), not "[https://…]": easier to copy.
      htmlToTextOptions: {
        selectors: [
          { selector: "a", options: { linkBrackets: false, hideLinkHrefIfSameAsText: true } },
        ],
      },
    }),
  ]);
  return { ...envelope, html, text };
}

type Renderable = Exclude<MailMessage, { template: "password-reset-request" }>;

function elementOf(message: Renderable): { subject: string; element: ReactElement } {
  switch (message.template) {
    case "verify-email":
      return {
        subject: "Confirm your email address",
        element: <VerifyEmail link={message.link} hours={message.hours} />,
      };
    case "magic-link":
      return {
        subject: "Your sign-in link",
        element: <MagicLink link={message.link} minutes={message.minutes} />,
      };
    case "password-reset":
      return {
        subject: message.firstPassword ? "Choose a password" : "Choose a new password",
        element: (
          <PasswordReset
            link={message.link}
            minutes={message.minutes}
            firstPassword={message.firstPassword}
          />
        ),
      };
    case "delete-account":
      return {
        subject: "Confirm deleting your account",
        element: <DeleteAccount link={message.link} minutes={message.minutes} />,
      };
    case "email-change-confirm":
      return {
        subject: "Confirm your new email address",
        element: <EmailChangeConfirm link={message.link} hours={message.hours} />,
      };
    case "email-change-authorize":
      return {
        subject: "Confirm changing your email address",
        element: (
          <EmailChangeAuthorize
            link={message.link}
            newEmail={message.newEmail}
            minutes={message.minutes}
          />
        ),
      };
    case "email-changed-notice":
      return {
        subject: "Your email address was changed",
        element: (
          <EmailChangedNotice
            newEmail={message.newEmail}
            revertLink={message.revertLink}
            days={message.days}
          />
        ),
      };
    case "email-taken-notice":
      return {
        subject: "Someone tried to use your address for another account",
        element: <EmailTakenNotice />,
      };
    case "reauthenticate":
      return {
        subject: "Confirm it's you",
        element: <Reauthenticate link={message.link} minutes={message.minutes} />,
      };
    case "organization-invitation":
      return {
        subject: `Invitation to ${message.organizationName}`,
        element: (
          <OrganizationInvitation
            link={message.link}
            organizationName={message.organizationName}
            inviterName={message.inviterName}
            role={message.role}
            days={message.days}
          />
        ),
      };
    case "sign-off-request":
      return {
        subject: `Sign-off requested: ${message.milestone}`,
        element: (
          <SignOffRequest
            link={message.link}
            memberName={message.memberName}
            milestone={message.milestone}
            organizationName={message.organizationName}
          />
        ),
      };
  }
}

export function renderMail(message: Renderable): Promise<RenderedMail> {
  const { subject, element } = elementOf(message);
  return renderElement(element, { to: message.to, subject });
}
