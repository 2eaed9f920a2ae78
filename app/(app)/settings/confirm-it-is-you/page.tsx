import type { Metadata } from "next";
import { requireUser } from "@/lib/server/auth/current-user";
import { ConfirmItIsYouForm } from "./_components/confirm-it-is-you-form";

export const metadata: Metadata = { title: "Confirm it's you", robots: { index: false } };

/**
 * The emailed re-authentication link (accounts without a password) opens this page; nothing
 * happens until the button is pressed (a POST): mail scanners open links.
 */
export default async function ConfirmItIsYouPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser();
  const { token } = await searchParams;
  const usable = typeof token === "string" && token.length >= 20 && token.length <= 200;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Confirm it&apos;s you</h1>
      {usable ? (
        <>
          <p className="text-muted">
            Confirm to link a sign-in provider to your account in the next 10 minutes.
          </p>
          <ConfirmItIsYouForm token={token} />
        </>
      ) : (
        <p className="text-muted">This link is incomplete. Open it again from the email.</p>
      )}
    </div>
  );
}
