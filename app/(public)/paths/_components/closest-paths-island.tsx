"use client";

import dynamic from "next/dynamic";
import { useSessionHint } from "@/components/use-session-hint";
import type { PathFigures } from "./closest-paths";

// Loaded only for a browser that may be signed in: a visitor's /paths (and every page that
// prefetches it) ships none of the ranking's code.
const ClosestPaths = dynamic(
  () => import("./closest-paths").then((module) => module.ClosestPaths),
  {
    ssr: false,
  },
);

/**
 * "Closest paths for me" is for signed-in users: without the "maybe signed in" hint cookie
 * (lib/auth/session-hint.ts) it renders nothing and asks the server nothing.
 */
export function ClosestPathsIsland({ paths }: { paths: Readonly<Record<string, PathFigures>> }) {
  return useSessionHint() ? <ClosestPaths paths={paths} /> : null;
}
