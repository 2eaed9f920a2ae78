"use client";

import { useSyncExternalStore } from "react";
import { hasSessionHint } from "@/lib/auth/session-hint";

/** Cookie changes, including those a response made (sign-out clears the hint that way). */
function subscribeToCookies(onChange: () => void) {
  const store = "cookieStore" in window ? window.cookieStore : null;
  store?.addEventListener("change", onChange);
  window.addEventListener("focus", onChange);
  return () => {
    store?.removeEventListener("change", onChange);
    window.removeEventListener("focus", onChange);
  };
}

const hintInBrowser = () => hasSessionHint(document.cookie);
// Prerendered public pages are built for a visitor: no hint on the server.
const noHintOnServer = () => false;

/**
 * Whether this browser may be signed in: the "maybe signed in" hint cookie
 * (lib/auth/session-hint.ts), followed as it changes (the Cookie Store API's change event, and
 * each re-render for browsers without it). False on the server and in the first render.
 */
export function useSessionHint(): boolean {
  return useSyncExternalStore(subscribeToCookies, hintInBrowser, noHintOnServer);
}
