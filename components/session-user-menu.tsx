"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { CLEAR_SESSION_HINT } from "@/lib/auth/session-hint";
import { useSessionHint } from "./use-session-hint";
import { AccountMenu, SignedOutLinks, UserMenuPlaceholder, accountLabel } from "./user-menu";

interface SessionInfo {
  user?: { name?: string | null; email?: string | null };
}

/**
 * The header's account part on public (prerendered) pages, which cannot know the session on the
 * server. Only when the "maybe signed in" hint cookie is there (lib/auth/session-hint.ts) does it
 * ask `/api/auth/session`: an anonymous visit makes no session request. It follows the hint as it
 * changes (sign-out clears it, a stale one is dropped here), so it never shows a menu for a
 * session that has ended. Signed-in pages render the account menu on the server instead.
 */
export function SessionUserMenu({ signOut }: { signOut: () => Promise<void> }) {
  // Read again on every navigation too, for browsers without the Cookie Store API.
  usePathname();
  const hinted = useSessionHint();
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);

  useEffect(() => {
    if (!hinted) return;
    let cancelled = false;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: SessionInfo | null) => {
        if (cancelled) return;
        // A stale hint (the session ended elsewhere or expired): drop it, so no page asks again.
        if (!data?.user) document.cookie = CLEAR_SESSION_HINT;
        setSession(data?.user ? data : null);
      })
      .catch(() => !cancelled && setSession(null));
    return () => {
      cancelled = true;
      // The hint went (sign-out) or the header left: a later hint asks afresh.
      setSession(undefined);
    };
  }, [hinted]);

  if (!hinted) return <SignedOutLinks />;
  if (session === undefined) return <UserMenuPlaceholder />;
  if (!session?.user) return <SignedOutLinks />;
  return <AccountMenu label={accountLabel(session.user)} signOut={signOut} />;
}
