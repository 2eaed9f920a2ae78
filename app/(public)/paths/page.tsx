import type { Metadata } from "next";
import { catalog } from "@/lib/catalog";
import { catalogLookup } from "@/lib/catalog/lookup";
import { PathCard } from "@/app/(public)/paths/_components/path-card";
import { PathComparison } from "@/app/(public)/paths/_components/path-comparison";
import { buildComparisonRows, estimatePath, formatEstimate } from "@/lib/catalog/view";
import type { ComparisonRow } from "@/lib/catalog/view";
import type { PathFigures } from "@/app/(public)/paths/_components/closest-paths";
import { ClosestPathsIsland } from "@/app/(public)/paths/_components/closest-paths-island";

/** Pay and growth labels per path and dataset, for the signed-in user's "closest paths". */
function closestPathFigures(rows: Record<"bls" | "article", ComparisonRow[]>) {
  const label = (cell: ComparisonRow["salary"]) =>
    cell ? `${cell.label}${cell.period ? ` (${cell.period})` : ""}` : null;
  const result: Record<string, PathFigures> = {};
  for (const path of catalog.paths) {
    const of = (dataset: "bls" | "article") => {
      const row = rows[dataset].find((r) => r.slug === path.slug);
      return { pay: label(row?.salary ?? null), growth: label(row?.growth ?? null) };
    };
    result[path.slug] = { title: path.title, figures: { bls: of("bls"), article: of("article") } };
  }
  return result;
}

const DESCRIPTION =
  "Compare sonography career paths side by side: echocardiographer, PACS administrator, clinical educator, imaging manager and more, with pay, growth, steps and time to qualify.";

export const metadata: Metadata = {
  title: "Career paths",
  description: DESCRIPTION,
  openGraph: { title: "Sonography career paths", description: DESCRIPTION, type: "website" },
};

export default function PathsPage() {
  const rowsByDataset = {
    bls: buildComparisonRows(catalog.paths, "bls", catalogLookup),
    article: buildComparisonRows(catalog.paths, "article", catalogLookup),
  };
  return (
    <div className="space-y-12">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Career paths</h1>
        <p className="max-w-2xl text-muted">
          {catalog.paths.length} ways a sonographer can move on: deeper into a specialty, into
          imaging technology, teaching or leadership. Each shows what it asks of you, in order, with
          a source for every fact.
        </p>
        <p>
          <a
            href="#compare-heading"
            className="inline-flex min-h-11 items-center text-sm font-medium text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent"
          >
            Jump to the comparison table
          </a>
        </p>
      </header>

      <ClosestPathsIsland paths={closestPathFigures(rowsByDataset)} />

      <section aria-labelledby="all-paths-heading" className="space-y-4">
        <h2 id="all-paths-heading" className="text-lg font-semibold">
          All paths
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {catalog.paths.map((path) => (
            <li key={path.slug}>
              <PathCard
                path={path}
                timeToQualify={formatEstimate(estimatePath(path, catalogLookup).totalMonths)}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="compare-heading" className="scroll-mt-6 space-y-4">
        <div className="space-y-1">
          <h2 id="compare-heading" className="text-lg font-semibold">
            Compare side by side
          </h2>
          <p className="max-w-2xl text-sm text-muted">
            Pay and outlook come from two datasets that are never mixed. Choose one, then sort by
            any column with a button in its header.
          </p>
        </div>
        <PathComparison rowsByDataset={rowsByDataset} />
      </section>
    </div>
  );
}
