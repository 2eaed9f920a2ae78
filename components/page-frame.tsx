import type { ReactNode } from "react";
import { SiteHeader } from "./site-header";
import { SiteMain } from "./site-main";

/**
 * The header and the main landmark of every page; the root layout holds the rest (the skip link
 * points at `#main`, the footer follows). Route groups render it, each with its own account part.
 */
export function PageFrame({ account, children }: { account: ReactNode; children: ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      <SiteMain>{children}</SiteMain>
    </>
  );
}
