import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { currentUser } from "@/lib/server/auth/current-user";
import { ConfirmEmailForm } from "./_components/confirm-email-form";

export const metadata: Metadata = { title: "Confirm your email", robots: { index: false } };

/**
 * The "confirm your email" link opens this page; nothing happens until the button is pressed (a
 * POST), in a browser signed in to the account: mail scanners open links.
 */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const signedIn = await currentUser();
  const usable = typeof token === "string" && token.length >= 20 && token.length <= 200;
  const here = `/verify-email?${new URLSearchParams({ token: usable ? token : "" })}`;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Confirm your email</h1>
      {!usable ? (
        <p className="text-muted">This link is incomplete. Open it again from the email.</p>
      ) : signedIn ? (
        <>
          <p className="text-muted">
            Confirm that {signedIn.user.email} is your address, for the account you are signed in
            to.
          </p>
          <ConfirmEmailForm token={token} />
        </>
      ) : (
        <div className="space-y-3">
          <p className="text-muted">
            Sign in to the account this email was sent for, then confirm.
          </p>
          <Link
            href={`/sign-in?${new URLSearchParams({ callbackUrl: here })}`}
            className="font-medium text-accent underline underline-offset-2"
          >
            Sign in to confirm
          </Link>
        </div>
      )}
    </div>
  );
}
