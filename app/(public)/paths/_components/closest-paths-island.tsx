"use client";

import { lazy, Suspense } from "react";
import { useSessionHint } from "@/components/use-session-hint";
import type { PathFigures } from "./closest-paths";

// Loaded only for a browser that may be signed in: a visitor's /paths ships none of the
// ranking's code. React.lazy rather than next/dynamic: this island never renders on the server
// (no hint there), so next/dynamic's server-side preloading would only add its own 1.6 kB.
const ClosestPaths = lazy(() =>
  import("./closest-paths").then((module) => ({ default: module.ClosestPaths })),
);

/**
 * "Closest paths for me" is for signed-in users: without the "maybe signed in" hint cookie
 * (lib/auth/session-hint.ts) it renders nothing and asks the server nothing.
 */
export function ClosestPathsIsland({ paths }: { paths: Readonly<Record<string, PathFigures>> }) {
  return useSessionHint() ? (
    <Suspense fallback={null}>
      <ClosestPaths paths={paths} />
    </Suspense>
  ) : null;
}
