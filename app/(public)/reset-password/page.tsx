import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { peekEmailLink } from "@/lib/server/email-links";
import { listLinkedProviders } from "@/lib/server/loaders/sign-in-methods";
import { ResetPasswordForm } from "./_components/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  const row =
    typeof token === "string" && token.length <= 200
      ? await peekEmailLink({ token, purpose: "reset_password" })
      : undefined;
  const valid = Boolean(row);
  // Linked providers, offered for unlinking on the same screen (one might be an intruder's).
  const linked = row ? await listLinkedProviders(row.userId) : [];
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
      {valid ? (
        <ResetPasswordForm token={token as string} linked={linked} />
      ) : (
        <div className="space-y-3">
          <p className="text-muted">This link has expired or was already used.</p>
          <Link
            href="/forgot-password"
            className="font-medium text-accent underline underline-offset-2"
          >
            Ask for a new link
          </Link>
        </div>
      )}
    </div>
  );
}
