import { LoadingScreen, Skeleton } from "@/components/ui/skeleton";

export default function EligibilityLoading() {
  return (
    <LoadingScreen label="Working out your eligibility…">
      <div className="space-y-2">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-5 w-80 max-w-full" />
      </div>
      {[0, 1, 2].map((row) => (
        <div key={row} className="space-y-2 rounded-lg border border-border bg-surface p-4">
          <Skeleton className="h-5 w-56 max-w-full" />
          <Skeleton className="h-4 w-full" />
        </div>
      ))}
    </LoadingScreen>
  );
}
