import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/server/auth/current-user";

export const metadata: Metadata = { title: "Benchmark floor", robots: { index: false } };

/**
 * The benchmark's floor (`npm run bench`): the signed-in layouts, proxy and session check of
 * every signed-in page, and no data or content of its own, so the real pages are measured
 * against what the framework and the session check already cost. In every build; 404 unless the
 * server started with BENCH_FLOOR=1.
 */
export default async function BenchFloorPage() {
  if (!env.BENCH_FLOOR) notFound();
  await requireUser();
  return <h1 className="text-2xl font-semibold">Floor</h1>;
}
