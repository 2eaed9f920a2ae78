import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { Toaster } from "@/components/ui/toaster";
import { AccountMenu, SignedOutLinks, accountLabel } from "@/components/user-menu";
import { currentUser } from "@/lib/server/auth/current-user";
import { signOutAction } from "./actions";
import { AppNav } from "./_components/app-nav";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // The page's own session check reuses this one (cached per request): no extra query. The header
  // knows the user from it too, so its account menu is in the HTML (no session request).
  const signedIn = await currentUser();
  return (
    <PageFrame
      account={
        signedIn ? (
          <AccountMenu label={accountLabel(signedIn.user)} signOut={signOutAction} />
        ) : (
          <SignedOutLinks />
        )
      }
    >
      <Toaster>
        {signedIn ? <AppNav unread={signedIn.unreadReminders} /> : null}
        {children}
      </Toaster>
    </PageFrame>
  );
}
