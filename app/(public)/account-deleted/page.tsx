import type { Metadata } from "next";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = {
  title: "Account deleted",
  robots: { index: false, follow: false },
};

/** Where account deletion lands: public and static (the user is signed out by then). */
export default function AccountDeletedPage() {
  return (
    <div className="mx-auto max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Your account has been deleted</h1>
      <p>
        Your account, plans, progress, custom milestones, exam history, calendar link and every
        signed-in device are gone, and you have been signed out.
      </p>
      <p className="text-muted">
        What we keep: the security log records that an account was deleted, and your earlier
        sign-ins, under a one-way code rather than your name or email. Corrections you reported on
        the career catalog stay, for the maintainers, without your account or email address.
      </p>
      <p>
        <Link href="/" className="font-medium text-accent underline underline-offset-2">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
