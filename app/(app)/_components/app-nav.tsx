import { Link } from "@/components/ui/link";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/upkeep", label: "Upkeep" },
  { href: "/teams", label: "Teams" },
  { href: "/sharing", label: "Sharing" },
  { href: "/settings", label: "Settings" },
] as const;

/**
 * The signed-in area's own navigation, under the site header, with the notifications badge. The
 * count comes from the session check's query (no request of its own).
 */
export function AppNav({ unread }: { unread: number }) {
  return (
    <nav
      aria-label="Your planner"
      className="-mt-2 mb-6 flex flex-wrap items-center gap-x-1 gap-y-1 border-b border-border pb-2 text-sm sm:-mt-4 print:hidden"
    >
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          className="inline-flex min-h-11 items-center rounded-md px-2 text-muted hover:bg-surface-2 hover:text-fg sm:px-3"
        >
          {link.label}
        </Link>
      ))}
      <Link
        href="/notifications"
        className="ml-auto inline-flex min-h-11 items-center gap-2 rounded-md px-2 text-muted hover:bg-surface-2 hover:text-fg sm:px-3"
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      >
        <span aria-hidden="true">Notifications</span>
        {unread > 0 ? (
          <span
            aria-hidden="true"
            data-testid="unread-badge"
            className="min-w-6 rounded-full bg-accent px-1.5 text-center text-xs font-semibold leading-6 text-accent-fg"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </Link>
    </nav>
  );
}
