"use client";

import type { KeyboardEvent, MouseEvent, ReactNode, ToggleEvent } from "react";

const ITEM_SELECTOR = '[role="menuitem"], [role="menuitemradio"]';

function items(menu: HTMLElement): HTMLElement[] {
  return Array.from(menu.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
}

/** The menu keyboard of the ARIA practices: arrows wrap, Home and End jump, Tab leaves. */
function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const menu = event.currentTarget;
  if (event.key === "Tab") {
    menu.hidePopover();
    return;
  }
  const all = items(menu);
  if (all.length === 0) return;
  const current = all.indexOf(document.activeElement as HTMLElement);
  const next = {
    ArrowDown: (current + 1) % all.length,
    ArrowUp: (current - 1 + all.length) % all.length,
    Home: 0,
    End: all.length - 1,
  }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  all[next]?.focus();
}

/** Opening moves focus to the first item, as a menu button should. */
function onMenuToggle(event: ToggleEvent<HTMLDivElement>) {
  if (event.newState === "open") items(event.currentTarget)[0]?.focus();
}

/** A choice closes the menu; the browser then hands focus back to the trigger. */
function onMenuClick(event: MouseEvent<HTMLDivElement>) {
  if ((event.target as HTMLElement).closest(ITEM_SELECTOR)) event.currentTarget.hidePopover();
}

/**
 * A menu on the browser's own Popover API: the trigger is a `<button popovertarget>`, so its
 * first click opens the menu even before React has hydrated, and the browser closes it on Escape
 * or a click elsewhere and hands focus back. Nothing here is a library: the header's menus cost
 * the page no JavaScript beyond these few handlers, which add the menu keyboard once hydrated.
 * The menu sits under its trigger by CSS anchor positioning (`.popover-menu` in globals.css).
 * Items are the caller's: elements with role `menuitem` or `menuitemradio`.
 */
export function PopoverMenu({
  id,
  menuLabel,
  triggerLabel,
  triggerClassName,
  trigger,
  className,
  children,
}: {
  /** Unique on the page: ties the trigger to the menu and names the CSS anchor. */
  id: string;
  /** The menu's accessible name (omit when the trigger's text names it). */
  menuLabel?: string;
  /** The trigger's accessible name when its content is an icon or shortened. */
  triggerLabel?: string;
  triggerClassName: string;
  trigger: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const anchor = `--${id}`;
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        aria-haspopup="menu"
        aria-label={triggerLabel}
        className={triggerClassName}
        style={{ anchorName: anchor }}
      >
        {trigger}
      </button>
      <div
        id={id}
        popover="auto"
        role="menu"
        aria-label={menuLabel}
        onKeyDown={onMenuKeyDown}
        onToggle={onMenuToggle}
        onClick={onMenuClick}
        className={`popover-menu rounded-md border border-border bg-surface p-1 text-fg shadow-lg ${className ?? ""}`}
        style={{ positionAnchor: anchor }}
      >
        {children}
      </div>
    </>
  );
}

/** The look of one menu row (a link, a button or a radio choice). */
export const MENU_ITEM_CLASSES =
  "flex min-h-11 w-full cursor-pointer items-center gap-3 rounded px-3 text-left text-sm outline-none hover:bg-surface-2 focus-visible:bg-surface-2";
