import { APP_NAME, Action, MailLayout, Paragraph } from "./layout";

/**
 * The account mails (every one a component, rendered to HTML and text by render.tsx). Each takes
 * its links ready-made; none reads the database or the clock.
 */

export function VerifyEmail({ link, hours }: { link: string; hours: number }) {
  return (
    <MailLayout preview="Confirm your email address">
      <Paragraph>Welcome to {APP_NAME}. Confirm that this is your email address:</Paragraph>
      <Action href={link}>Confirm my address</Action>
      <Paragraph>The link expires in {hours} hours.</Paragraph>
    </MailLayout>
  );
}

export function MagicLink({ link, minutes }: { link: string; minutes: number }) {
  return (
    <MailLayout preview="Your sign-in link">
      <Paragraph>Sign in to {APP_NAME}:</Paragraph>
      <Action href={link}>Sign in</Action>
      <Paragraph>
        The link works once and expires in {minutes} minutes. If you did not ask for it, ignore this
        email.
      </Paragraph>
    </MailLayout>
  );
}

export function PasswordReset({
  link,
  minutes,
  firstPassword,
}: {
  link: string;
  minutes: number;
  firstPassword: boolean;
}) {
  return (
    <MailLayout preview={firstPassword ? "Choose a password" : "Choose a new password"}>
      <Paragraph>
        {firstPassword
          ? `You asked to add a password to your ${APP_NAME} account.`
          : `Someone (hopefully you) asked to reset the password of your ${APP_NAME} account.`}
      </Paragraph>
      <Action href={link}>{firstPassword ? "Choose a password" : "Choose a new password"}</Action>
      <Paragraph>
        The link works once and expires in {minutes} minutes. If you didn&apos;t ask, ignore this
        email: nothing changes.
      </Paragraph>
    </MailLayout>
  );
}

export function DeleteAccount({ link, minutes }: { link: string; minutes: number }) {
  return (
    <MailLayout preview="Confirm deleting your account">
      <Paragraph>
        You asked to delete your {APP_NAME} account and everything in it. To confirm, open this link
        in the browser where you are signed in:
      </Paragraph>
      <Action href={link}>Delete my account</Action>
      <Paragraph>
        The link works once and expires in {minutes} minutes. If you did not ask for this, ignore
        this email: nothing will be deleted.
      </Paragraph>
    </MailLayout>
  );
}

export function EmailChangeConfirm({ link, hours }: { link: string; hours: number }) {
  return (
    <MailLayout preview="Confirm your new email address">
      <Paragraph>Confirm that this is the new email address for your {APP_NAME} account:</Paragraph>
      <Action href={link}>Confirm my new address</Action>
      <Paragraph>
        The link expires in {hours} hours. Until then, your old address stays in use.
      </Paragraph>
    </MailLayout>
  );
}

export function EmailChangeAuthorize({
  link,
  newEmail,
  minutes,
}: {
  link: string;
  newEmail: string;
  minutes: number;
}) {
  return (
    <MailLayout preview="Confirm changing your email address">
      <Paragraph>
        You asked to change the email address of your {APP_NAME} account to {newEmail}. Your account
        has no password, so we check with this address first.
      </Paragraph>
      <Action href={link}>Yes, change my address</Action>
      <Paragraph>
        The link expires in {minutes} minutes. If you did not ask for this, ignore this email and
        sign out everywhere from Settings: someone may be using your account.
      </Paragraph>
    </MailLayout>
  );
}

export function EmailChangedNotice({
  newEmail,
  revertLink,
  days,
}: {
  newEmail: string;
  revertLink: string;
  days: number;
}) {
  return (
    <MailLayout preview="Your email address was changed">
      <Paragraph>
        The email address of your {APP_NAME} account was changed to {newEmail}. This address no
        longer signs in.
      </Paragraph>
      <Paragraph>
        If you did not do this, take your account back: this signs out every device, voids every
        emailed link and puts this address back.
      </Paragraph>
      <Action href={revertLink}>This wasn&apos;t me: undo the change</Action>
      <Paragraph>The link works once, for {days} days.</Paragraph>
    </MailLayout>
  );
}

export function EmailTakenNotice() {
  return (
    <MailLayout preview="Someone tried to move an account to this address">
      <Paragraph>
        Someone asked to change the email address of a {APP_NAME} account to this address, which
        your account already uses. Nothing changed, and there is nothing you need to do.
      </Paragraph>
    </MailLayout>
  );
}

export function Reauthenticate({ link, minutes }: { link: string; minutes: number }) {
  return (
    <MailLayout preview="Confirm it's you">
      <Paragraph>
        To link a sign-in provider to your {APP_NAME} account, open this link in the browser where
        you asked for it and press &quot;Confirm&quot;:
      </Paragraph>
      <Action href={link}>Confirm it&apos;s you</Action>
      <Paragraph>
        The link works once and expires in {minutes} minutes. If you did not ask for it, ignore this
        email.
      </Paragraph>
    </MailLayout>
  );
}
