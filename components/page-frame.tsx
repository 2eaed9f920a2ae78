import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";

/**
 * The header and the main landmark of every page; the root layout holds the rest (the skip link
 * points at `#main`, the footer follows). Route groups render it, each with its own account part.
 */
export function PageFrame({ account, children }: { account: ReactNode; children: ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:px-6 sm:py-10">
        {children}
      </main>
    </>
  );
}
