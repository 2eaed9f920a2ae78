"use client";

import { useEffect, useState } from "react";
import { Verdict } from "@/components/eligibility/verdict";
import { Skeleton } from "@/components/ui/skeleton";
import type { EligibilityAnswer } from "@/lib/eligibility/types";
import type { PointsResult } from "@/lib/eligibility/points";

type Loaded =
  | { state: "loading" }
  | { state: "anonymous" }
  | { state: "error" }
  | { state: "ready"; answers: EligibilityAnswer[]; points: Record<string, PointsResult> };

/**
 * The signed-in user's verdicts for this path's exams and credentials. The page around it is
 * prerendered for everyone; only this island asks the server, and only the browser of a signed-in
 * user gets an answer.
 */
export function PathVerdicts({
  pathSlug,
  names,
}: {
  pathSlug: string;
  names: Readonly<Record<string, string>>;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  useEffect(() => {
    let live = true;
    fetch(`/api/eligibility/paths/${encodeURIComponent(pathSlug)}`, { credentials: "same-origin" })
      .then(async (response) => {
        if (!live) return;
        if (response.status === 401) return setLoaded({ state: "anonymous" });
        if (!response.ok) return setLoaded({ state: "error" });
        const body = (await response.json()) as {
          answers: EligibilityAnswer[];
          points: Record<string, PointsResult>;
        };
        if (live) setLoaded({ state: "ready", ...body });
      })
      .catch(() => live && setLoaded({ state: "error" }));
    return () => {
      live = false;
    };
  }, [pathSlug]);

  if (loaded.state === "anonymous") {
    return (
      <p className="text-sm text-muted">
        <a
          href={`/sign-in?callbackUrl=/paths/${pathSlug}`}
          className="text-accent underline underline-offset-2"
        >
          Sign in
        </a>{" "}
        to see whether you can sit each exam on this path now.
      </p>
    );
  }
  return (
    <section
      aria-labelledby="your-eligibility-heading"
      className="max-w-3xl space-y-3"
      aria-busy={loaded.state === "loading"}
    >
      <h2 id="your-eligibility-heading" className="text-lg font-semibold">
        Your eligibility
      </h2>
      {loaded.state === "loading" ? (
        <div className="space-y-2" aria-label="Checking your eligibility…">
          <Skeleton className="h-5 w-64 max-w-full" />
          <Skeleton className="h-4 w-full" />
        </div>
      ) : loaded.state === "error" ? (
        <p className="text-sm text-danger">
          Your eligibility could not be loaded. Reload to try again.
        </p>
      ) : loaded.answers.length === 0 ? (
        <p className="text-sm text-muted">This path has no exam or credential to sit.</p>
      ) : (
        <ul className="space-y-3">
          {loaded.answers.map((answer) => (
            <li key={answer.target}>
              <Verdict
                answer={answer}
                points={loaded.points[answer.target]}
                context={{ names, profileHref: "/settings#profile" }}
              />
            </li>
          ))}
        </ul>
      )}
      {loaded.state === "ready" ? (
        <p className="text-sm">
          <a
            href="/eligibility"
            className="inline-flex min-h-11 items-center font-medium text-accent underline underline-offset-2"
          >
            All your exams and what to add
          </a>
        </p>
      ) : null}
    </section>
  );
}
