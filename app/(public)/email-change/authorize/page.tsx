import type { Metadata } from "next";
import { EmailLinkForm } from "../_components/email-link-form";

export const metadata: Metadata = { title: "Change your email", robots: { index: false } };

/**
 * Opened from the link sent to the current address of an account without a password. Opening it
 * changes nothing (mail scanners open links): the button sends the confirmation to the new
 * address. Its URL carries a token, so the page sends no referrer (proxy.ts).
 */
export default async function AuthorizeEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Change your email</h1>
      {typeof token === "string" && token.length <= 200 ? (
        <>
          <p>Go on with changing your account&apos;s email address?</p>
          <EmailLinkForm kind="authorize" token={token} label="Yes, send the confirmation" />
        </>
      ) : (
        <p className="text-muted">This link is incomplete.</p>
      )}
    </div>
  );
}
