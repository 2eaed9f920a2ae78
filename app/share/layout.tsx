import type { ReactNode } from "react";
import { PublicFrame } from "../_components/public-frame";

/** A shared plan is read without an account: the public pages' frame. */
export default function ShareLayout({ children }: { children: ReactNode }) {
  return <PublicFrame>{children}</PublicFrame>;
}
