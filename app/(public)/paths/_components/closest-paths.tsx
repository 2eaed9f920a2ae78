"use client";

import { Link } from "@/components/ui/link";
import { useEffect, useState } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import type { PathRanking } from "@/lib/eligibility/closest-paths";

export interface PathFigures {
  title: string;
  /** Pay and growth per dataset, as labels ("$62,027 (2018)"), null when the dataset has none. */
  figures: Record<"bls" | "article", { pay: string | null; growth: string | null }>;
}

type Loaded =
  | { state: "loading" }
  | { state: "anonymous" }
  | { state: "error" }
  | { state: "ready"; rankings: PathRanking[] };

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});

function remaining(ranking: PathRanking): string {
  if (!ranking.reachable) return "No route for you yet";
  if (ranking.remainingMonths === null) return "Time can't be estimated";
  if (ranking.remainingMonths === 0) return "Nothing left to do";
  const months = Math.ceil(ranking.remainingMonths);
  return `About ${months} ${months === 1 ? "month" : "months"}${ranking.certain ? "" : " (uncertain)"}`;
}

function cost(ranking: PathRanking): string {
  if (ranking.remainingCostUsd === 0 && !ranking.costComplete) return "Fees not known";
  return `${usd.format(ranking.remainingCostUsd)} in known fees${ranking.costComplete ? "" : " (some fees not known)"}`;
}

/**
 * "Closest paths for me": for a signed-in user, every path ordered by their own remaining time,
 * with known remaining fees, pay and growth from the chosen dataset and a reason each. The /paths
 * page stays prerendered: only this island asks the server, and only when ClosestPathsIsland
 * (the hint check) loads it.
 */
export function ClosestPaths({ paths }: { paths: Readonly<Record<string, PathFigures>> }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [dataset, setDataset] = useState<"bls" | "article">("bls");
  useEffect(() => {
    let live = true;
    fetch("/api/eligibility/paths", { credentials: "same-origin" })
      .then(async (response) => {
        if (!live) return;
        // A stale hint (the session ended): a visitor after all.
        if (response.status === 401) return setLoaded({ state: "anonymous" });
        if (!response.ok) return setLoaded({ state: "error" });
        const body = (await response.json()) as { rankings: PathRanking[] };
        if (live) setLoaded({ state: "ready", rankings: body.rankings });
      })
      .catch(() => live && setLoaded({ state: "error" }));
    return () => {
      live = false;
    };
  }, []);

  if (loaded.state === "anonymous") return null;
  return (
    <section
      aria-labelledby="closest-heading"
      className="space-y-4"
      aria-busy={loaded.state === "loading"}
    >
      <div className="space-y-1">
        <h2 id="closest-heading" className="text-lg font-semibold">
          Closest paths for me
        </h2>
        <p className="max-w-2xl text-sm text-muted">
          Ordered by the time you still need, from what you hold and your profile.{" "}
          <Link href="/settings#profile" className="text-accent underline underline-offset-2">
            Update your profile
          </Link>
        </p>
      </div>
      <fieldset className="flex flex-wrap items-center gap-x-4">
        <legend className="sr-only">Pay and growth from</legend>
        <span className="text-sm text-muted" aria-hidden="true">
          Pay and growth from:
        </span>
        {(
          [
            ["bls", "BLS"],
            ["article", "Study.com article (2018)"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="closest-dataset"
              value={value}
              checked={dataset === value}
              onChange={() => setDataset(value)}
              className="h-5 w-5 shrink-0 accent-[var(--color-accent)]"
            />
            {label}
          </label>
        ))}
      </fieldset>
      {loaded.state === "loading" ? (
        <div className="space-y-2" role="status" aria-label="Ranking paths for you…">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-16 w-full" />
          ))}
        </div>
      ) : loaded.state === "error" ? (
        <p className="text-sm text-danger">
          Your ranking could not be loaded. Reload to try again.
        </p>
      ) : (
        <ol className="space-y-3" aria-label="Closest paths for me">
          {loaded.rankings.map((ranking, index) => {
            const path = paths[ranking.pathSlug];
            const figures = path?.figures[dataset];
            return (
              <li
                key={ranking.pathSlug}
                data-testid={`closest-${ranking.pathSlug}`}
                className="space-y-1 rounded-lg border border-border bg-surface p-4"
              >
                <p className="flex flex-wrap items-baseline justify-between gap-2">
                  <Link
                    href={`/paths/${ranking.pathSlug}`}
                    className="inline-flex min-h-11 items-center font-semibold text-accent underline underline-offset-2"
                  >
                    {index + 1}. {path?.title ?? ranking.pathSlug}
                  </Link>
                  <span className="text-sm font-medium">{remaining(ranking)}</span>
                </p>
                <p className="text-sm" data-testid="closest-reason">
                  {ranking.reason}
                </p>
                <p className="flex flex-wrap gap-x-4 text-sm text-muted">
                  <span>{cost(ranking)}</span>
                  <span>Pay: {figures?.pay ?? "no figure in this dataset"}</span>
                  <span>Growth: {figures?.growth ?? "no figure in this dataset"}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
