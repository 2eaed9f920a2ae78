import type { ReactNode } from "react";

/** The page's main landmark, the skip link's target (the root layout renders the link). */
export function SiteMain({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
      {children}
    </main>
  );
}
