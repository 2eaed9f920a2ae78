import { Link } from "./ui/link";
import type { ReactNode } from "react";
import { ThemeSwitch } from "./theme-switch";

/**
 * The site's header. `account` is its right side, which the route group decides: signed-in pages
 * render the account menu on the server (they know the user already), public pages render
 * `SessionUserMenu`, which asks the browser's hint cookie first.
 */
export function SiteHeader({ account }: { account: ReactNode }) {
  return (
    <header className="border-b border-border bg-surface">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2 sm:px-6">
        {/* On a phone the app's name wraps first (shrink 1000 against the nav's 1); only on the
            narrowest screens does the nav give way too, by cutting the account name short. */}
        <Link
          href="/"
          className="flex min-h-11 shrink-[1000] items-center gap-2 font-semibold text-fg"
        >
          <span
            aria-hidden="true"
            className="inline-block h-6 w-6 shrink-0 rounded-full border-4 border-accent"
          />
          <span>
            Sonography <span className="hidden sm:inline">Career </span>Planner
          </span>
        </Link>
        <nav aria-label="Main" className="flex min-w-0 items-center gap-1 text-sm">
          <Link
            href="/paths"
            className="inline-flex min-h-11 shrink-0 items-center rounded-md px-2 hover:bg-surface-2 sm:px-3"
          >
            Paths
          </Link>
          {account}
          <ThemeSwitch />
        </nav>
      </div>
    </header>
  );
}
