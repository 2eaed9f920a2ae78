import { LoadingScreen, Skeleton } from "@/components/ui/skeleton";

/** Shown at once while a page of the CE log loads. */
export default function CeLogLoading() {
  return (
    <LoadingScreen label="Loading your CE log…">
      <div className="mx-auto max-w-4xl space-y-6">
        <div className="space-y-2">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-8 w-56 max-w-full" />
          <Skeleton className="h-5 w-full max-w-xl" />
        </div>
        <div className="divide-y divide-border rounded-lg border border-border bg-surface">
          {[0, 1, 2, 3, 4, 5].map((row) => (
            <div key={row} className="space-y-2 p-3">
              <Skeleton className="h-5 w-2/3" />
              <Skeleton className="h-4 w-1/2" />
            </div>
          ))}
        </div>
      </div>
    </LoadingScreen>
  );
}
