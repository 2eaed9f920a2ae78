import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";
import { currentUser } from "@/lib/server/auth/current-user";
import { AppNav } from "./_components/app-nav";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // The page's own session check reuses this one (cached per request): no extra query.
  const signedIn = await currentUser();
  return (
    <Toaster>
      {signedIn ? <AppNav unread={signedIn.unreadReminders} /> : null}
      {children}
    </Toaster>
  );
}
