import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { buttonClasses } from "@/components/ui/button";
import { magicLinkFieldsSchema } from "@/lib/auth/magic-link";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/**
 * Where the emailed sign-in link lands. Opening it changes nothing (mail scanners open links):
 * the button posts the link's fields to /sign-in/link/confirm, which goes on to Auth.js.
 */
export default async function SignInLinkPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const fields = magicLinkFieldsSchema.safeParse({
    token: params.token,
    email: params.email,
    callbackUrl: typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  });
  if (!fields.success) {
    return (
      <div className="mx-auto max-w-sm space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-muted">That sign-in link is incomplete. Ask for a new one.</p>
        <Link href="/sign-in" className="font-medium text-accent underline underline-offset-2">
          Back to sign in
        </Link>
      </div>
    );
  }
  const { token, email, callbackUrl } = fields.data;
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="text-muted">
        Sign in to Sonography Career Planner as <strong className="break-all">{email}</strong>? The
        link works once.
      </p>
      <form method="post" action="/sign-in/link/confirm">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <button type="submit" className={buttonClasses("primary", "md", "w-full")}>
          Sign in
        </button>
      </form>
    </div>
  );
}
