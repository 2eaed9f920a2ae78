"use client";

import { SiteMain } from "@/components/site-main";
import { ErrorMessage } from "./_components/error-message";

/**
 * A failure in a route group's own layout (a page's failure is its group's error.tsx): without
 * that layout there is no header here, only the message and the footer. Kept free of the header's
 * components, which would otherwise ship in every page's JavaScript (error boundaries load with
 * the layout).
 */
export default function RootError(props: { error: unknown; retry: () => void }) {
  return (
    <SiteMain>
      <ErrorMessage {...props} />
    </SiteMain>
  );
}
