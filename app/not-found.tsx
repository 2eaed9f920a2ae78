import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PublicFrame } from "./_components/public-frame";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

/** Any unknown address, and anything a user may not see (answered exactly like "missing"). */
export default function NotFound() {
  return (
    <PublicFrame>
      <div className="mx-auto max-w-xl space-y-5 py-8 text-center sm:py-16">
        <span
          aria-hidden="true"
          className="mx-auto block h-12 w-12 rounded-full border-[6px] border-accent"
        />
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 404</p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Page not found</h1>
        <p className="text-muted">
          This page doesn&apos;t exist, or it isn&apos;t yours to see. Check the address, or carry
          on from one of these:
        </p>
        <div className="flex flex-wrap justify-center gap-3">
          <Link href="/" className={buttonClasses("primary")}>
            Go to the home page
          </Link>
          <Link href="/paths" className={buttonClasses("secondary")}>
            Explore career paths
          </Link>
        </div>
      </div>
    </PublicFrame>
  );
}
