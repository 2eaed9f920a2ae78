import { LoadingScreen, Skeleton } from "@/components/ui/skeleton";

/** Shown at once while the upkeep page's data loads. */
export default function UpkeepLoading() {
  return (
    <LoadingScreen label="Loading your upkeep…">
      <div className="space-y-2">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-5 w-full max-w-xl" />
      </div>
      <Skeleton className="h-20 w-full" />
      <Skeleton className="h-40 w-full" />
      <div className="grid gap-4 lg:grid-cols-2">
        {[0, 1].map((card) => (
          <div key={card} className="space-y-3 rounded-lg border border-border bg-surface p-4">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        ))}
      </div>
    </LoadingScreen>
  );
}
