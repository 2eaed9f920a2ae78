import type { HTMLAttributes, ReactNode } from "react";

/** A grey placeholder block in the shape of content that is on its way. */
export function Skeleton({ className = "", ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div aria-hidden="true" data-skeleton="" className={`skeleton ${className}`} {...props} />;
}

/**
 * The frame of a loading page: one polite status for screen readers ("Loading your plan…"),
 * the grey shapes hidden from them.
 */
export function LoadingScreen({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-busy="true" data-testid="loading-skeleton" className="space-y-8">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
