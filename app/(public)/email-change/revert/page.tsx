import type { Metadata } from "next";
import { EmailLinkForm } from "../_components/email-link-form";

export const metadata: Metadata = { title: "Undo an email change", robots: { index: false } };

/**
 * Opened from the notice sent to the old address after an email change. Opening it changes
 * nothing (mail scanners open links): the button does. Its URL carries a token, so the page
 * sends no referrer (proxy.ts).
 */
export default async function RevertEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Undo the email change</h1>
      {typeof token === "string" && token.length <= 200 ? (
        <>
          <p>
            Put this address back on your account? Every device will be signed out, every emailed
            link will stop working and your calendar feed&apos;s link will change.
          </p>
          <EmailLinkForm kind="revert" token={token} label="Undo the change" />
        </>
      ) : (
        <p className="text-muted">This link is incomplete.</p>
      )}
    </div>
  );
}
