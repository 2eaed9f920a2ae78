import type { Metadata } from "next";
import { signOutAction } from "@/app/(app)/actions";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign out", robots: { index: false } };

// Rendered per request, with the nonce policy (proxy.ts lists it).
export const dynamic = "force-dynamic";

/**
 * Auth.js's sign-out page (pages.signOut): ours, so that signing out goes through the action that
 * ends the session row (Auth.js's own POST /api/auth/signout ends it too).
 */
export default function SignOutPage() {
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Sign out</h1>
      <p className="text-muted">Sign out of Sonography Career Planner on this device?</p>
      <form action={signOutAction}>
        <button type="submit" className={buttonClasses("primary", "md", "w-full")}>
          Sign out
        </button>
      </form>
    </div>
  );
}
