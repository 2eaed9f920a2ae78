import { LoadingScreen, Skeleton } from "@/components/ui/skeleton";

/** Shown at once on navigation while the plan loads: ring, title and milestone rows in grey. */
export default function PlanLoading() {
  return (
    <LoadingScreen label="Loading your plan…">
      <div className="flex items-center gap-4">
        <Skeleton className="h-[72px] w-[72px] shrink-0 rounded-full" />
        <div className="min-w-0 flex-1 space-y-2">
          <Skeleton className="h-4 w-28" />
          <Skeleton className="h-8 w-64 max-w-full" />
          <Skeleton className="h-4 w-72 max-w-full" />
        </div>
      </div>
      <div className="space-y-3 rounded-lg border border-border bg-surface p-4">
        <Skeleton className="h-5 w-32" />
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-4 w-1/2" />
      </div>
      <div className="space-y-6">
        <Skeleton className="h-6 w-36" />
        {[0, 1, 2].map((step) => (
          <div
            key={step}
            className="space-y-4 rounded-lg border border-border bg-surface p-4 sm:p-5"
          >
            <Skeleton className="h-5 w-2/3" />
            <Skeleton className="h-4 w-full" />
            {[0, 1].map((row) => (
              <div key={row} className="flex items-center justify-between gap-3">
                <Skeleton className="h-5 w-1/2" />
                <Skeleton className="h-11 w-28 shrink-0" />
              </div>
            ))}
          </div>
        ))}
      </div>
    </LoadingScreen>
  );
}
