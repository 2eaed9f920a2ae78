"use client";

import { Link } from "@/components/ui/link";
import { useId, useMemo, useState } from "react";
import type { PathCategory } from "@/lib/catalog/types";
import {
  ARTICLE_SOURCE_LINE,
  CATEGORIES,
  CATEGORY_LABELS,
  chartPoints,
  DATASETS,
  filterRowsByCategory,
  sortRows,
  type ComparisonRow,
  type Dataset,
  type FigureCell,
  type SortDirection,
  type SortKey,
} from "@/lib/catalog/view";
import { FactConfidence } from "@/components/catalog/fact-confidence";
import { SalaryGrowthChart } from "./salary-growth-chart";

const SOURCE_LINES: Record<Dataset, string> = {
  bls: "Source: U.S. Bureau of Labor Statistics, the newest figures we hold for the closest BLS occupation; each figure shows its own period.",
  article: `${ARTICLE_SOURCE_LINE}. Only the four paths the article covers have these figures.`,
};

interface Column {
  label: string;
  sortKey?: SortKey;
  numeric?: boolean;
  /** Extra classes for the header cell, e.g. a minimum width. */
  className?: string;
}

const COLUMNS: readonly Column[] = [
  { label: "Path", sortKey: "title" },
  { label: "Category" },
  { label: "Median salary", sortKey: "salary", numeric: true },
  { label: "Growth", sortKey: "growth", numeric: true },
  { label: "Education" },
  { label: "Steps", sortKey: "steps", numeric: true },
  { label: "Time to qualify", sortKey: "time", numeric: true, className: "min-w-36" },
];

const SORT_DESCRIPTIONS: Record<SortKey, Record<SortDirection, string>> = {
  title: { ascending: "by name, A to Z", descending: "by name, Z to A" },
  salary: {
    ascending: "by median salary, lowest first",
    descending: "by median salary, highest first",
  },
  growth: { ascending: "by growth, lowest first", descending: "by growth, highest first" },
  steps: {
    ascending: "by number of steps, fewest first",
    descending: "by number of steps, most first",
  },
  time: {
    ascending: "by time to qualify, shortest first",
    descending: "by time to qualify, longest first",
  },
};

interface Sort {
  key: SortKey;
  direction: SortDirection;
}

const controlBase =
  "inline-flex min-h-11 items-center gap-2 rounded-md border px-3 text-sm font-medium transition-colors";

function FigureCellView({ cell, row }: { cell: FigureCell | null; row: ComparisonRow }) {
  if (!cell) {
    return (
      <>
        <span aria-hidden="true" className="text-muted">
          —
        </span>
        <span className="sr-only">No figure in this dataset</span>
      </>
    );
  }
  return (
    <span className="flex flex-col items-end gap-1">
      <span className="font-medium tabular-nums">{cell.label}</span>
      {cell.period ? <span className="text-xs text-muted">{cell.period}</span> : null}
      {row.confidence && row.confidence !== "verified" ? (
        <FactConfidence confidence={row.confidence} compact />
      ) : null}
    </span>
  );
}

/** "about 3½ years" with ", estimate" set small below; reads as the full label. */
function TimeToQualify({ row }: { row: ComparisonRow }) {
  const [main, qualifier] = row.timeToQualifyLabel.split(", ");
  return (
    <>
      <span className="block">{main}</span>
      {qualifier ? (
        <span className="block text-xs text-muted">
          <span className="sr-only">, </span>
          {qualifier}
        </span>
      ) : null}
    </>
  );
}

/**
 * The comparison table and chart: one dataset at a time, sortable by every numeric column and by
 * name, filterable by kind. Receives plain rows built on the server, one set per dataset, so the
 * two datasets can never meet in one number, sort or chart.
 */
export function PathComparison({
  rowsByDataset,
}: {
  rowsByDataset: Record<Dataset, ComparisonRow[]>;
}) {
  const id = useId();
  const [dataset, setDataset] = useState<Dataset>("bls");
  const [sort, setSort] = useState<Sort | null>(null);
  const [categories, setCategories] = useState<PathCategory[]>([]);

  const allRows = rowsByDataset[dataset];
  const visible = useMemo(() => {
    const filtered = filterRowsByCategory(allRows, categories);
    return sort ? sortRows(filtered, sort.key, sort.direction) : filtered;
  }, [allRows, categories, sort]);
  const points = useMemo(() => chartPoints(visible), [visible]);
  const datasetLabel = DATASETS.find((d) => d.value === dataset)?.label ?? dataset;

  function toggleSort(key: SortKey) {
    setSort((current) => {
      if (current?.key === key) {
        return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
      }
      // Names read A to Z first; numbers biggest first, the question people usually ask.
      return { key, direction: key === "title" ? "ascending" : "descending" };
    });
  }

  function toggleCategory(category: PathCategory) {
    setCategories((current) =>
      current.includes(category) ? current.filter((c) => c !== category) : [...current, category],
    );
  }

  const status =
    `Showing ${visible.length} of ${allRows.length} paths` +
    (sort ? `, sorted ${SORT_DESCRIPTIONS[sort.key][sort.direction]}` : "") +
    ".";

  return (
    <div className="space-y-5">
      <div className="space-y-4 rounded-lg border border-border bg-surface p-4 sm:p-5">
        <fieldset>
          <legend className="text-sm font-semibold">Figures from:</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {DATASETS.map((option) => (
              <label
                key={option.value}
                className={`${controlBase} cursor-pointer ${
                  dataset === option.value
                    ? "border-accent bg-accent-soft text-fg"
                    : "border-border bg-surface text-fg hover:bg-surface-2"
                }`}
              >
                <input
                  type="radio"
                  name={`${id}-dataset`}
                  value={option.value}
                  checked={dataset === option.value}
                  onChange={() => setDataset(option.value)}
                  className="h-4 w-4 shrink-0 accent-accent"
                />
                {option.label}
              </label>
            ))}
          </div>
          <p className="mt-2 text-xs text-muted">
            The two sets of figures come from different years and occupations, so they are never
            mixed: the table, the sort and the chart all use the one you choose.
          </p>
        </fieldset>
        <div role="group" aria-labelledby={`${id}-filter`}>
          <p id={`${id}-filter`} className="text-sm font-semibold">
            Filter by kind:
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              aria-pressed={categories.length === 0}
              onClick={() => setCategories([])}
              className={`${controlBase} ${
                categories.length === 0
                  ? "border-accent bg-accent-soft"
                  : "border-border bg-surface hover:bg-surface-2"
              }`}
            >
              All kinds
            </button>
            {CATEGORIES.map((category) => {
              const pressed = categories.includes(category);
              return (
                <button
                  key={category}
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => toggleCategory(category)}
                  className={`${controlBase} ${
                    pressed
                      ? "border-accent bg-accent-soft"
                      : "border-border bg-surface hover:bg-surface-2"
                  }`}
                >
                  <span aria-hidden="true" className="w-3 text-center">
                    {pressed ? "✓" : ""}
                  </span>
                  {CATEGORY_LABELS[category]}
                </button>
              );
            })}
          </div>
        </div>
      </div>

      <p role="status" className="text-sm text-muted">
        {status}
      </p>

      <p className="text-sm">
        <span className="font-semibold">Figures from: {datasetLabel}.</span>{" "}
        <span className="text-muted">{SOURCE_LINES[dataset]}</span>
      </p>

      <div
        className="relative overflow-x-auto rounded-lg border border-border bg-surface"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-caption`}
      >
        <table className="w-full min-w-[60rem] border-collapse text-left text-sm">
          <caption id={`${id}-caption`} className="sr-only">
            Career paths compared, figures from: {datasetLabel}
          </caption>
          <thead>
            <tr className="border-b border-border bg-surface-2">
              {COLUMNS.map((column, index) => {
                const sorted = sort && column.sortKey === sort.key ? sort.direction : undefined;
                return (
                  <th
                    key={column.label}
                    scope="col"
                    aria-sort={sorted}
                    className={`px-3 py-1 align-bottom font-semibold ${column.className ?? ""} ${column.numeric ? "text-right" : ""} ${
                      index === 0 ? "sticky left-0 z-10 bg-surface-2" : ""
                    }`}
                  >
                    {column.sortKey ? (
                      <button
                        type="button"
                        onClick={() => column.sortKey && toggleSort(column.sortKey)}
                        className="inline-flex min-h-11 items-center gap-1 rounded-md px-1 hover:text-accent"
                      >
                        {column.label}
                        <span aria-hidden="true" className="w-3 text-muted">
                          {sorted === "ascending" ? "▲" : sorted === "descending" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      <span className="inline-flex min-h-11 items-center px-1">{column.label}</span>
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map((row) => (
              <tr key={row.slug} className="border-b border-border last:border-b-0">
                <th
                  scope="row"
                  className="sticky left-0 z-10 min-w-28 bg-surface px-3 py-3 align-top font-medium"
                >
                  <Link
                    href={`/paths/${row.slug}`}
                    className="inline-flex min-h-11 items-center text-accent underline decoration-accent/40 underline-offset-2 hover:decoration-accent sm:min-h-0"
                  >
                    {row.shortTitle}
                  </Link>
                </th>
                <td className="px-3 py-3 align-top">{row.categoryLabel}</td>
                <td className="px-3 py-3 text-right align-top">
                  <FigureCellView cell={row.salary} row={row} />
                </td>
                <td className="px-3 py-3 text-right align-top">
                  <FigureCellView cell={row.growth} row={row} />
                </td>
                <td className="min-w-36 px-3 py-3 align-top">{row.educationSummary}</td>
                <td className="px-3 py-3 text-right align-top tabular-nums">{row.stepCount}</td>
                <td className="px-3 py-3 text-right align-top">
                  <TimeToQualify row={row} />
                </td>
              </tr>
            ))}
            {visible.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length} className="px-4 py-6 text-center text-muted">
                  No paths match the filter.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-muted">
        Time to qualify is our estimate for a working sonographer who holds none of the path&apos;s
        credentials: each step&apos;s typical duration added up, one after another, taking the
        shortest option wherever there is a choice and counting credentials as the exams that earn
        them. It includes typical steps that are not formal requirements, so yours may be much
        shorter. Rows without figures in the chosen dataset show “—” and sort last.
      </p>

      <SalaryGrowthChart
        points={points}
        rows={visible}
        datasetLabel={datasetLabel}
        sourceLine={SOURCE_LINES[dataset]}
      />
    </div>
  );
}
