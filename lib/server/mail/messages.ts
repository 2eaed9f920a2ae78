import "server-only";

/**
 * Every mail the app sends, as data: what a job carries (sealed) from the request that asked for
 * it to the worker that renders and sends it. Links are complete; nothing here is rendered.
 */
export type MailMessage =
  | { template: "verify-email"; to: string; link: string; hours: number }
  | { template: "magic-link"; to: string; link: string; minutes: number }
  | {
      template: "password-reset";
      to: string;
      link: string;
      minutes: number;
      firstPassword: boolean;
    }
  | { template: "delete-account"; to: string; link: string; minutes: number }
  | { template: "email-change-confirm"; to: string; link: string; hours: number }
  | {
      template: "email-change-authorize";
      to: string;
      link: string;
      newEmail: string;
      minutes: number;
    }
  | {
      template: "email-changed-notice";
      to: string;
      newEmail: string;
      revertLink: string;
      days: number;
    }
  | { template: "email-taken-notice"; to: string }
  /** Confirms a signed-in account without a password before it links a sign-in provider. */
  | { template: "reauthenticate"; to: string; link: string; minutes: number }
  | {
      template: "organization-invitation";
      to: string;
      link: string;
      organizationName: string;
      inviterName: string;
      role: string;
      days: number;
    }
  | {
      template: "sign-off-request";
      to: string;
      link: string;
      memberName: string;
      milestone: string;
      organizationName: string;
    }
  /**
   * Not a mail yet: a password-reset request, resolved by the job after the response (an account
   * with that address gets a "password-reset" link; no account, no mail), so the request does
   * the same work either way.
   */
  | { template: "password-reset-request"; to: string };

export type MailTemplate = MailMessage["template"];
