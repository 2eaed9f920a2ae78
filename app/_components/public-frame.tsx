import type { ReactNode } from "react";
import { PageFrame } from "@/components/page-frame";
import { SessionUserMenu } from "@/components/session-user-menu";
import { signOutAction } from "../(app)/actions";

/**
 * The frame of public pages, which are prerendered for everyone: the header's account part is
 * found in the browser (SessionUserMenu). Used by the public route group, share links, and the
 * root's not-found and error pages.
 */
export function PublicFrame({ children }: { children: ReactNode }) {
  return <PageFrame account={<SessionUserMenu signOut={signOutAction} />}>{children}</PageFrame>;
}
