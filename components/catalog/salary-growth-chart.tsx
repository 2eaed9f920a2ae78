import type { ChartPoint, ComparisonRow } from "@/lib/catalog-view";
import { formatPercent, formatUsd } from "@/lib/catalog-view";

const WIDTH = 640;
const HEIGHT = 380;
const MARGIN = { top: 20, right: 24, bottom: 58, left: 76 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const LABEL_GAP = 10;
const LINE_HEIGHT = 16;

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to + 1e-9; value += step) values.push(value);
  return values;
}

interface Placed extends ChartPoint {
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: "start" | "end";
}

/** Positions points and their labels, nudging labels apart where they would overlap. */
function layout(points: readonly ChartPoint[]) {
  const growths = points.map((p) => p.growthPct);
  const salaries = points.map((p) => p.salaryUsd);
  const xMin = Math.min(0, Math.floor(Math.min(...growths) / 5) * 5);
  const xMax = Math.max(10, Math.ceil((Math.max(...growths) + 2) / 5) * 5);
  let yMin = Math.floor((Math.min(...salaries) * 0.9) / 10000) * 10000;
  let yMax = Math.ceil((Math.max(...salaries) * 1.05) / 10000) * 10000;
  if (yMax - yMin < 20000) {
    yMin -= 10000;
    yMax += 10000;
  }
  yMin = Math.max(0, yMin);
  const yStep = yMax - yMin > 80000 ? 20000 : 10000;
  const x = (growth: number) => MARGIN.left + ((growth - xMin) / (xMax - xMin)) * PLOT_W;
  const y = (salary: number) => MARGIN.top + PLOT_H - ((salary - yMin) / (yMax - yMin)) * PLOT_H;

  const placed: Placed[] = points
    .map((point) => {
      const px = x(point.growthPct);
      const py = y(point.salaryUsd);
      const anchor: Placed["anchor"] = px > MARGIN.left + PLOT_W * 0.55 ? "end" : "start";
      return {
        ...point,
        x: px,
        y: py,
        labelX: anchor === "start" ? px + LABEL_GAP : px - LABEL_GAP,
        labelY: py + 4,
        anchor,
      };
    })
    .sort((a, b) => a.y - b.y);
  for (let i = 1; i < placed.length; i++) {
    const current = placed[i];
    if (!current) continue;
    for (const earlier of placed.slice(0, i)) {
      const sameSide = earlier.anchor === current.anchor;
      if (sameSide && Math.abs(earlier.labelX - current.labelX) < 220) {
        if (current.labelY - earlier.labelY < LINE_HEIGHT)
          current.labelY = earlier.labelY + LINE_HEIGHT;
      }
    }
  }
  return {
    placed,
    xTicks: range(xMin, xMax, 5).map((value) => ({ value, pos: x(value) })),
    yTicks: range(yMin, yMax, yStep).map((value) => ({ value, pos: y(value) })),
  };
}

/**
 * Median salary (y) against projected growth (x) for one dataset, as plain SVG: no hooks, so it
 * renders on the server and inside the comparison's client component alike. The points are also
 * given as a table for screen readers and anyone who prefers numbers.
 */
export function SalaryGrowthChart({
  points,
  rows,
  datasetLabel,
  sourceLine,
}: {
  points: readonly ChartPoint[];
  /** The rows plotted, for the data table. */
  rows: readonly ComparisonRow[];
  datasetLabel: string;
  sourceLine: string;
}) {
  const plotted = rows.filter((row) => row.salary && row.growth);
  const summary = points
    .map(
      (point) =>
        `${point.label}: ${formatUsd(point.salaryUsd)} median salary, ${formatPercent(point.growthPct)} growth`,
    )
    .join("; ");
  return (
    <figure className="space-y-3 rounded-lg border border-border bg-surface p-4 sm:p-5">
      <figcaption className="space-y-1">
        <span className="block font-semibold">Median salary against projected growth</span>
        <span className="block text-sm text-muted">
          Figures from: {datasetLabel}. {sourceLine}
        </span>
      </figcaption>
      {points.length === 0 ? (
        <p className="text-sm text-muted">
          None of the paths shown has both figures in this dataset.
        </p>
      ) : (
        <ChartSvg points={points} datasetLabel={datasetLabel} summary={summary} />
      )}
      {plotted.length > 0 ? (
        <details className="text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-accent sm:min-h-0">
            Chart data as a table
          </summary>
          <div className="relative mt-2 overflow-x-auto">
            <table className="w-full min-w-[28rem] text-left">
              <caption className="sr-only">Plotted figures, {datasetLabel}</caption>
              <thead className="text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Path
                  </th>
                  <th scope="col" className="py-1 pr-3 text-right font-medium">
                    Median salary
                  </th>
                  <th scope="col" className="py-1 text-right font-medium">
                    Projected growth
                  </th>
                </tr>
              </thead>
              <tbody>
                {plotted.map((row) => (
                  <tr key={row.slug} className="border-t border-border">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {row.shortTitle}
                    </th>
                    <td className="py-1 pr-3 text-right tabular-nums">
                      {row.salary?.label} ({row.salary?.period})
                    </td>
                    <td className="py-1 text-right tabular-nums">
                      {row.growth?.label} ({row.growth?.period})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}
    </figure>
  );
}

function ChartSvg({
  points,
  datasetLabel,
  summary,
}: {
  points: readonly ChartPoint[];
  datasetLabel: string;
  summary: string;
}) {
  const { placed, xTicks, yTicks } = layout(points);
  const bottom = MARGIN.top + PLOT_H;
  return (
    <div
      className="relative overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label="Chart, scrolls sideways on small screens"
    >
      <svg
        role="img"
        aria-label={`Scatter chart of median salary against projected job growth, ${datasetLabel}. ${summary}.`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full min-w-[34rem] text-fg"
      >
        <g aria-hidden="true">
          {yTicks.map((tick) => (
            <g key={`y${tick.value}`}>
              <line
                x1={MARGIN.left}
                x2={MARGIN.left + PLOT_W}
                y1={tick.pos}
                y2={tick.pos}
                className="stroke-border"
                strokeDasharray="3 4"
              />
              <text
                x={MARGIN.left - 8}
                y={tick.pos + 4}
                textAnchor="end"
                className="fill-muted"
                fontSize="13"
              >
                {`$${tick.value / 1000}k`}
              </text>
            </g>
          ))}
          {xTicks.map((tick) => (
            <g key={`x${tick.value}`}>
              <line
                x1={tick.pos}
                x2={tick.pos}
                y1={bottom}
                y2={bottom + 5}
                className="stroke-muted"
              />
              <text
                x={tick.pos}
                y={bottom + 20}
                textAnchor="middle"
                className="fill-muted"
                fontSize="13"
              >
                {`${tick.value}%`}
              </text>
            </g>
          ))}
          <line
            x1={MARGIN.left}
            x2={MARGIN.left + PLOT_W}
            y1={bottom}
            y2={bottom}
            className="stroke-muted"
          />
          <line
            x1={MARGIN.left}
            x2={MARGIN.left}
            y1={MARGIN.top}
            y2={bottom}
            className="stroke-muted"
          />
          <text
            x={MARGIN.left + PLOT_W / 2}
            y={HEIGHT - 10}
            textAnchor="middle"
            className="fill-fg"
            fontSize="13"
          >
            Projected job growth over the projection period (%)
          </text>
          <text
            transform={`translate(18 ${MARGIN.top + PLOT_H / 2}) rotate(-90)`}
            textAnchor="middle"
            className="fill-fg"
            fontSize="13"
          >
            Median annual salary (US$)
          </text>
          {placed.map((point) => (
            <g key={`${point.salaryUsd}-${point.growthPct}`}>
              <circle
                cx={point.x}
                cy={point.y}
                r={point.paths.length > 1 ? 7 : 5.5}
                className="fill-accent stroke-surface"
                strokeWidth="2"
              />
              <text
                x={point.labelX}
                y={point.labelY}
                textAnchor={point.anchor}
                className="fill-fg"
                fontSize="13"
                fontWeight="500"
              >
                {point.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
