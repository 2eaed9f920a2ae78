import { Link } from "./ui/link";
import { buttonClasses } from "./ui/button";
import { MENU_ITEM_CLASSES, PopoverMenu } from "./ui/popover-menu";

const HEADER_LINK_CLASSES =
  "inline-flex min-h-11 shrink-0 items-center rounded-md px-2 hover:bg-surface-2 sm:px-3";

/** The header's right side for a visitor: sign in, or start an account. */
export function SignedOutLinks() {
  return (
    <>
      <Link href="/sign-in" className={HEADER_LINK_CLASSES}>
        Sign in
      </Link>
      <Link href="/sign-up" className={buttonClasses("primary", "sm", "shrink-0 max-sm:hidden")}>
        Get started
      </Link>
    </>
  );
}

/** Holds the account menu's place while the header asks who is signed in (no layout shift). */
export function UserMenuPlaceholder() {
  return <span className="inline-block h-11 w-20" aria-hidden="true" />;
}

/**
 * The account menu: the signed-in area's main pages and sign-out. Sign-out is a form posting the
 * server action, so it works from the first click, before hydration too.
 */
export function AccountMenu({ label, signOut }: { label: string; signOut: () => Promise<void> }) {
  return (
    <PopoverMenu
      id="account-menu"
      triggerLabel={`Account menu for ${label}`}
      triggerClassName="inline-flex min-h-11 min-w-11 max-w-[7rem] items-center gap-1 truncate rounded-md px-2 hover:bg-surface-2 sm:max-w-[10rem] sm:px-3"
      trigger={
        <>
          <span className="truncate">{label}</span>
          <span aria-hidden="true">▾</span>
        </>
      }
    >
      <Link role="menuitem" href="/dashboard" className={MENU_ITEM_CLASSES}>
        Dashboard
      </Link>
      <Link role="menuitem" href="/upkeep" className={MENU_ITEM_CLASSES}>
        Credential upkeep
      </Link>
      <Link role="menuitem" href="/eligibility" className={MENU_ITEM_CLASSES}>
        Eligibility
      </Link>
      <div role="separator" className="my-1 h-px bg-border" />
      <form action={signOut}>
        <button type="submit" role="menuitem" className={MENU_ITEM_CLASSES}>
          Sign out
        </button>
      </form>
    </PopoverMenu>
  );
}

/** What the account menu's trigger shows: the name, else the address. */
export function accountLabel(user: { name?: string | null; email?: string | null }): string {
  return user.name || user.email || "Account";
}
