import { LoadingScreen, Skeleton } from "@/components/ui/skeleton";

/** Shown at once on navigation while the dashboard's data loads: the page's shape, in grey. */
export default function DashboardLoading() {
  return (
    <LoadingScreen label="Loading your dashboard…">
      <div className="space-y-2">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-5 w-48 max-w-full" />
      </div>
      <div className="space-y-3">
        <Skeleton className="h-6 w-32" />
        <div className="grid gap-4 sm:grid-cols-2">
          {[0, 1].map((card) => (
            <div
              key={card}
              className="flex items-center gap-4 rounded-lg border border-border bg-surface p-4"
            >
              <Skeleton className="h-16 w-16 shrink-0 rounded-full" />
              <div className="min-w-0 flex-1 space-y-2">
                <Skeleton className="h-5 w-3/4" />
                <Skeleton className="h-4 w-full" />
              </div>
            </div>
          ))}
        </div>
      </div>
      <div className="space-y-3 rounded-lg border border-border bg-surface p-4">
        <Skeleton className="h-5 w-44" />
        <Skeleton className="h-5 w-3/4" />
        <Skeleton className="h-4 w-full" />
        <Skeleton className="h-4 w-full" />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        {[0, 1].map((panel) => (
          <div key={panel} className="space-y-3 rounded-lg border border-border bg-surface p-4">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ))}
      </div>
    </LoadingScreen>
  );
}
