import Link from "next/link";
import { ThemeSwitch } from "./theme-switch";
import { UserMenu } from "./user-menu";

/** Static: the user menu reads the session on the client so public pages stay prerendered. */
/** `signOut` is the server action the user menu calls (components/ never imports a route). */
export function SiteHeader({ signOut }: { signOut: () => Promise<void> }) {
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
          <UserMenu signOut={signOut} />
          <ThemeSwitch />
        </nav>
      </div>
    </header>
  );
}
