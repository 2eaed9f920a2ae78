import type { HTMLAttributes, ReactNode } from "react";

/** A grey placeholder block in the shape of content that is on its way. */
export function Skeleton({ className = "", ...props }: HTMLAttributes<HTMLDivElement>) {
  // Rounded corners by default; a shape of its own (rounded-full for a ring) replaces them.
  const rounding = /(^|\s)rounded-/.test(className) ? "" : "rounded-md";
  return (
    <div
      aria-hidden="true"
      data-skeleton=""
      className={`animate-pulse bg-surface-2 motion-reduce:animate-none ${rounding} ${className}`}
      {...props}
    />
  );
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
