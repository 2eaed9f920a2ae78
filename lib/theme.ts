/**
 * The colour theme: "light", "dark" or "system" (follow the device). The choice lives in
 * localStorage and in a cookie (so a server could read it later); an inline script in <head>
 * applies it before the first paint, so a dark-theme reader never sees a white flash.
 *
 * The script's text is a constant on purpose: a Content-Security-Policy can allow it by hash
 * (`'sha256-…'`) instead of 'unsafe-inline'. `THEME_SCRIPT_HASH` is that hash, checked against
 * the text by lib/theme.test.ts: change the script, and that test gives the new value.
 */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_STORAGE_KEY = "theme";
export const THEME_COOKIE = "theme";
/** One year, in seconds. */
export const THEME_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

/**
 * Runs before the body is parsed: localStorage first, else the cookie; "light"/"dark" set
 * data-theme on <html>, anything else ("system", nothing, storage blocked) leaves the device's
 * preference in charge. Plain ES5 and wrapped in try: it must never break the page.
 */
export const THEME_SCRIPT =
  '(function(){try{var d=document.documentElement,t=null;try{t=localStorage.getItem("theme")}catch(e){}if(!t){var m=document.cookie.match(/(?:^|; )theme=(light|dark|system)(?:;|$)/);t=m&&m[1]}if(t==="light"||t==="dark")d.setAttribute("data-theme",t);else d.removeAttribute("data-theme")}catch(e){}})()';

/**
 * `sha256-<base64>` of THEME_SCRIPT: the form `noncePolicy({ scriptHashes })` in
 * lib/security-headers.ts takes (it adds the quotes). In a policy: `'sha256-…'`.
 */
export const THEME_SCRIPT_HASH = "sha256-9KH3uErrinv8Otoy5f/x/5JU2Cqa1NIA39vM+JRGoCw=";

/** Applies a choice to the document (client only): the attribute the stylesheet reads. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  if (theme === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", theme);
}

/** Remembers a choice in localStorage and a cookie (client only). */
export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be blocked (private mode, policies): the cookie still carries the choice.
  }
  const secure = location.protocol === "https:" ? "; secure" : "";
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${THEME_COOKIE_MAX_AGE}; samesite=lax${secure}`;
}

/** The remembered choice (client only), "system" when there is none. */
export function readStoredTheme(): Theme {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    if (isTheme(stored)) return stored;
  } catch {
    // Fall through to the cookie.
  }
  const match = document.cookie.match(/(?:^|; )theme=(light|dark|system)(?:;|$)/);
  return isTheme(match?.[1]) ? match[1] : "system";
}
