import type { ReactNode } from "react";

/** A titled card section: the one shape of the dashboard's and the plan's summary panels. */
export function Panel({
  id,
  title,
  children,
  className = "",
}: {
  /** Names the heading; the section is labelled by it. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`rounded-lg border border-border bg-surface p-4 ${className}`}
    >
      <h2 id={`${id}-heading`} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
