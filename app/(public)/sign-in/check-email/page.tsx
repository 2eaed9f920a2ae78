import type { Metadata } from "next";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Check your email</h1>
      <p className="text-muted">
        If that address can sign in, a link is on its way. It works once and expires in 15 minutes.
      </p>
      <Link href="/sign-in" className="font-medium text-accent underline underline-offset-2">
        Back to sign in
      </Link>
    </div>
  );
}
