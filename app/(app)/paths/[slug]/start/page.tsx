import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getPath } from "@/lib/catalog";
import { findPlanByPathForUser, listPlansByUserId } from "@/db/queries/plans";
import { requireUser } from "@/lib/server/auth/current-user";
import { StartPathForm } from "./_components/start-path-form";

export const metadata: Metadata = { title: "Start a path" };

export default async function StartPathPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const path = getPath(slug);
  if (!path) notFound();
  const { user } = await requireUser();
  const existing = await findPlanByPathForUser({ userId: user.id, pathSlug: slug });
  if (existing) redirect(`/plans/${existing.id}`);
  const plans = await listPlansByUserId(user.id);

  return (
    <div className="mx-auto max-w-xl space-y-6">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">Start a path</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{path.title}</h1>
        <p className="mt-2 text-muted">{path.tagline}</p>
      </div>
      <p>
        You&apos;ll get a personal plan with this path&apos;s {path.steps.length} steps. Anything
        you have already done counts straight away, in every path you follow.
      </p>
      <StartPathForm pathSlug={path.slug} hasOtherPlans={plans.length > 0} />
      <Link
        href={`/paths/${path.slug}`}
        className="inline-flex min-h-11 items-center text-sm text-accent underline underline-offset-2"
      >
        Back to the path
      </Link>
    </div>
  );
}
