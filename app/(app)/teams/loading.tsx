import { LoadingScreen, Skeleton } from "@/components/ui/skeleton";

export default function TeamsLoading() {
  return (
    <LoadingScreen label="Loading your teams…">
      <Skeleton className="h-8 w-64 max-w-full" />
      <Skeleton className="h-24 w-full" />
      <Skeleton className="h-40 w-full" />
    </LoadingScreen>
  );
}
