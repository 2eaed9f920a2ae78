import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";

export default function SignedInLayout({ children }: { children: ReactNode }) {
  return <Toaster>{children}</Toaster>;
}
