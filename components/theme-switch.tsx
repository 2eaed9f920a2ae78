"use client";

import { useEffect, useSyncExternalStore } from "react";
import {
  THEMES,
  THEME_STORAGE_KEY,
  applyTheme,
  readStoredTheme,
  storeTheme,
  type Theme,
} from "@/lib/theme";
import { MENU_ITEM_CLASSES, PopoverMenu } from "./ui/popover-menu";

const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

const LABELS: Record<Theme, string> = { light: "Light", dark: "Dark", system: "System" };

function ThemeIcon({ theme }: { theme: Theme }) {
  const common = {
    width: 20,
    height: 20,
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 2,
    strokeLinecap: "round" as const,
    strokeLinejoin: "round" as const,
    "aria-hidden": true,
  };
  if (theme === "light") {
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
      </svg>
    );
  }
  if (theme === "dark") {
    return (
      <svg {...common}>
        <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
    );
  }
  return (
    <svg {...common}>
      <rect x="3" y="4" width="18" height="12" rx="2" />
      <path d="M8 20h8M12 16v4" />
    </svg>
  );
}

/**
 * Light, dark or the device's setting, remembered in localStorage and a cookie. The inline
 * script from lib/theme.ts applies the stored choice before paint; this only changes it.
 * A menu behind one 44 px button keeps the phone header on one line; it opens natively, before
 * hydration too (ui/popover-menu.tsx), and the choices work once the page is interactive.
 */
export function ThemeSwitch() {
  // "system" on the server: it can't know the stored choice (public pages are static).
  const theme = useSyncExternalStore(subscribe, readStoredTheme, () => "system" as const);

  // A choice made in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === THEME_STORAGE_KEY) applyTheme(readStoredTheme());
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  function choose(value: Theme) {
    storeTheme(value);
    applyTheme(value);
    listeners.forEach((listener) => listener());
  }

  return (
    <PopoverMenu
      id="theme-menu"
      menuLabel="Theme"
      triggerLabel={`Theme: ${LABELS[theme]}`}
      triggerClassName="inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-md text-fg hover:bg-surface-2"
      trigger={<ThemeIcon theme={theme} />}
      className="min-w-40"
    >
      <div aria-hidden="true" className="px-3 py-1.5 text-xs font-medium text-muted">
        Theme
      </div>
      {THEMES.map((value) => (
        <button
          key={value}
          type="button"
          role="menuitemradio"
          aria-checked={theme === value}
          onClick={() => choose(value)}
          className={`${MENU_ITEM_CLASSES} ${theme === value ? "font-semibold" : ""}`}
        >
          <ThemeIcon theme={value} />
          <span className="flex-1">{LABELS[value]}</span>
          <span aria-hidden="true">{theme === value ? "✓" : ""}</span>
        </button>
      ))}
    </PopoverMenu>
  );
}
