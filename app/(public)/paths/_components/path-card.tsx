import { Link } from "@/components/ui/link";
import type { CatalogPath } from "@/lib/catalog/types";
import { CATEGORY_LABELS } from "@/lib/catalog/view";
import { Badge } from "@/components/catalog/badge";

/** One path as a card; the whole card is the link to the path's page. */
export function PathCard({ path, timeToQualify }: { path: CatalogPath; timeToQualify: string }) {
  return (
    <article className="relative flex h-full flex-col gap-3 rounded-lg border border-border bg-surface p-5 transition-colors focus-within:border-accent hover:border-accent">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="accent">{CATEGORY_LABELS[path.category]}</Badge>
        <span className="text-xs text-muted">
          {path.steps.length} {path.steps.length === 1 ? "step" : "steps"}
        </span>
      </div>
      <h3 className="text-base font-semibold">
        <Link
          href={`/paths/${path.slug}`}
          className="after:absolute after:inset-0 after:rounded-lg hover:text-accent"
        >
          {path.title}
        </Link>
      </h3>
      <p className="text-sm text-muted">{path.tagline}</p>
      <dl className="mt-auto space-y-1 border-t border-border pt-3 text-sm">
        <div>
          <dt className="inline font-medium">Education: </dt>
          <dd className="inline">{path.educationSummary}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Time to qualify: </dt>
          <dd className="inline">{timeToQualify}</dd>
        </div>
      </dl>
      <span aria-hidden="true" className="text-sm font-medium text-accent">
        See what it takes →
      </span>
    </article>
  );
}
