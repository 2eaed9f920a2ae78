"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * The app's link: next/link, prefetching on intent instead of on sight. Next prefetches a link's
 * route as soon as the link scrolls into view, so every page downloaded the code of each page it
 * links to while the reader was still reading (on `/`, the header's `/paths` and `/sign-up`: a
 * third of the page's own JavaScript). Here the prefetch starts when the pointer reaches the link
 * (a touch too: pointerenter fires on touch down) or the keyboard focuses it, which is still
 * before the click lands. Next's own pattern ("Hover-triggered prefetch" in its prefetching
 * guide). `prefetch={false}` keeps a link from prefetching at all.
 */
export function Link({
  prefetch,
  onPointerEnter,
  onFocus,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={intent && prefetch !== false ? (prefetch ?? null) : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
