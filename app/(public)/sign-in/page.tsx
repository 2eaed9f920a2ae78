import type { Metadata } from "next";
import { magicLinkEnabled, oauthProviders } from "@/lib/env";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { EmailLinkForm, PasswordSignInForm, ProviderButton } from "./_components/sign-in-forms";

export const metadata: Metadata = { title: "Sign in" };

const PROVIDER_LABELS = {
  google: "Google",
  "microsoft-entra-id": "Microsoft",
  github: "GitHub",
} as const;

const ERROR_MESSAGES: Record<string, string> = {
  OAuthAccountNotLinked:
    "An account with this email already exists. Sign in with your password or an email link, then try again.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  AccessDenied: "Sign-in was refused.",
  SessionEnded: "Your session had ended. Sign in again.",
  EmailRequired: "That provider did not share an email address with us, so we cannot sign you in.",
  TooManyLinks:
    "Too many sign-in links were asked for that address or from your network. Try again in an hour, or sign in with your password.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl =
    typeof params.callbackUrl === "string" ? safeRedirectPath(params.callbackUrl) : undefined;
  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const error = errorCode
    ? (ERROR_MESSAGES[errorCode] ?? "Sign-in failed. Please try again.")
    : undefined;
  const notice =
    params.signedOut === "everywhere"
      ? "You've been signed out on every device, and every share link you made was revoked. Once signed in, review what your organizations see under Teams."
      : params.emailChanged === "1"
        ? "Your email address has changed. Sign in with the new one."
        : undefined;
  const enabledProviders = (
    Object.keys(PROVIDER_LABELS) as (keyof typeof PROVIDER_LABELS)[]
  ).filter((provider) => oauthProviders[provider]);

  return (
    <div className="mx-auto max-w-sm space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="mt-1 text-sm text-muted">Pick up your plan where you left it.</p>
      </div>
      {notice ? (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="status" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <PasswordSignInForm callbackUrl={callbackUrl} />
      {magicLinkEnabled ? (
        <section
          aria-labelledby="email-link-heading"
          className="space-y-3 border-t border-border pt-6"
        >
          <h2 id="email-link-heading" className="text-sm font-semibold">
            Or sign in without a password
          </h2>
          <EmailLinkForm callbackUrl={callbackUrl} />
        </section>
      ) : null}
      {enabledProviders.length > 0 ? (
        <section aria-labelledby="oauth-heading" className="space-y-3 border-t border-border pt-6">
          <h2 id="oauth-heading" className="text-sm font-semibold">
            Or continue with
          </h2>
          {enabledProviders.map((provider) => (
            <ProviderButton
              key={provider}
              provider={provider}
              label={PROVIDER_LABELS[provider]}
              callbackUrl={callbackUrl}
            />
          ))}
        </section>
      ) : null}
    </div>
  );
}
