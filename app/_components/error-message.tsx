"use client";

import { useEffect } from "react";
import { Button, buttonClasses } from "@/components/ui/button";

/**
 * An unexpected failure inside a page: each route group's error.tsx shows it inside the group's
 * frame (its header stays). The message is generic: server errors reach the browser only as a
 * digest, which the user can quote to support.
 */
export function ErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  return (
    <div role="alert" className="mx-auto max-w-xl space-y-5 py-8 text-center sm:py-16">
      <span
        aria-hidden="true"
        className="mx-auto block h-12 w-12 rounded-full border-[6px] border-danger"
      />
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Something went wrong</h1>
      <p className="text-muted">
        We couldn&apos;t show this page just now. Your saved plans are safe. Try again, and if it
        keeps happening, come back in a few minutes.
      </p>
      {digest ? <p className="text-sm text-muted">Reference: {digest}</p> : null}
      <div className="flex flex-wrap justify-center gap-3">
        <Button type="button" onClick={() => retry()}>
          Try again
        </Button>
        {/* A full page load, not a client navigation: after a failure the app starts afresh, and
            the error boundaries (which load with every layout) stay free of the router's link. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate, see above */}
        <a href="/" className={buttonClasses("secondary")}>
          Go to the home page
        </a>
      </div>
    </div>
  );
}
