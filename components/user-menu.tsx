"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { startTransition, useEffect, useState } from "react";
import { buttonClasses } from "./ui/button";

interface SessionInfo {
  user?: { name?: string | null; email?: string | null };
}

/**
 * Reads the session in the browser so that the header does not make public pages dynamic.
 * The server still checks every protected page and action itself.
 */
export function UserMenu({ signOut }: { signOut: () => Promise<void> }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: SessionInfo | null) => {
        if (!cancelled) setSession(data?.user ? data : null);
      })
      .catch(() => !cancelled && setSession(null));
    return () => {
      cancelled = true;
    };
  }, []);

  if (session === undefined) {
    return <span className="inline-block h-11 w-20" aria-hidden="true" />;
  }
  if (!session) {
    return (
      <>
        <Link
          href="/sign-in"
          className="inline-flex min-h-11 shrink-0 items-center rounded-md px-2 hover:bg-surface-2 sm:px-3"
        >
          Sign in
        </Link>
        <Link href="/sign-up" className={buttonClasses("primary", "sm", "shrink-0 max-sm:hidden")}>
          Get started
        </Link>
      </>
    );
  }
  const label = session.user?.name || session.user?.email || "Account";
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger
        className="inline-flex min-h-11 min-w-11 max-w-[7rem] items-center gap-1 truncate rounded-md px-2 hover:bg-surface-2 sm:max-w-[10rem] sm:px-3"
        aria-label={`Account menu for ${label}`}
      >
        <span className="truncate">{label}</span>
        <span aria-hidden="true">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-48 rounded-md border border-border bg-surface p-1 shadow-lg"
        >
          <DropdownMenu.Item asChild>
            <Link
              href="/dashboard"
              className="flex min-h-11 items-center rounded px-3 text-sm outline-none data-[highlighted]:bg-surface-2"
            >
              Dashboard
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild>
            <Link
              href="/upkeep"
              className="flex min-h-11 items-center rounded px-3 text-sm outline-none data-[highlighted]:bg-surface-2"
            >
              Credential upkeep
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item asChild>
            <Link
              href="/eligibility"
              className="flex min-h-11 items-center rounded px-3 text-sm outline-none data-[highlighted]:bg-surface-2"
            >
              Eligibility
            </Link>
          </DropdownMenu.Item>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item
            onSelect={() => startTransition(() => signOut())}
            className="flex min-h-11 w-full cursor-pointer items-center rounded px-3 text-left text-sm outline-none data-[highlighted]:bg-surface-2"
          >
            Sign out
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
