import type { ChartPoint, ComparisonRow } from "@/lib/catalog/view";
import { formatPercent, formatUsd } from "@/lib/catalog/view";

interface Variant {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  /** Labels longer than this wrap onto more lines. */
  maxLabelChars: number;
}

/** Two drawings of the same chart: a narrow one for phones, a wide one from the `sm` breakpoint. */
const VARIANTS = {
  narrow: {
    width: 360,
    height: 420,
    margin: { top: 16, right: 12, bottom: 52, left: 58 },
    fontSize: 12,
    maxLabelChars: 24,
  },
  wide: {
    width: 640,
    height: 380,
    margin: { top: 20, right: 24, bottom: 58, left: 76 },
    fontSize: 13,
    maxLabelChars: 60,
  },
} satisfies Record<string, Variant>;

const LABEL_GAP = 10;

function range(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to + 1e-9; value += step) values.push(value);
  return values;
}

/** Splits a label into lines of at most `max` characters, at spaces. */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Placed extends ChartPoint {
  x: number;
  y: number;
  lines: string[];
  labelX: number;
  labelY: number;
  anchor: "start" | "end";
}

/** Positions points and their labels, nudging labels apart where they would overlap. */
function layout(points: readonly ChartPoint[], variant: Variant) {
  const { width, height, margin, fontSize, maxLabelChars } = variant;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const lineHeight = fontSize * 1.25;
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
  const x = (growth: number) => margin.left + ((growth - xMin) / (xMax - xMin)) * plotW;
  const y = (salary: number) => margin.top + plotH - ((salary - yMin) / (yMax - yMin)) * plotH;

  // Label boxes are estimated from character counts: good enough to keep labels apart.
  const charWidth = fontSize * 0.58;
  const box = (p: Pick<Placed, "labelX" | "labelY" | "lines" | "anchor">) => {
    const w = Math.max(...p.lines.map((line) => line.length)) * charWidth;
    const x1 = p.anchor === "start" ? p.labelX : p.labelX - w;
    const top = p.labelY - fontSize;
    return { x1, x2: x1 + w, top, bottom: top + p.lines.length * lineHeight };
  };
  const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
    a.x1 < b.x2 && b.x1 < a.x2 && a.top < b.bottom && b.top < a.bottom;

  const placed: Placed[] = [];
  const byHeight = [...points].sort((a, b) => b.salaryUsd - a.salaryUsd);
  for (const point of byHeight) {
    const px = x(point.growthPct);
    const py = y(point.salaryUsd);
    const lines = wrap(point.label, maxLabelChars);
    const preferred: Placed["anchor"] = px > margin.left + plotW * 0.5 ? "end" : "start";
    const other: Placed["anchor"] = preferred === "start" ? "end" : "start";
    // Centre the label block on the point.
    const baseY = py + fontSize * 0.35 - ((lines.length - 1) * lineHeight) / 2;
    const candidates = [0, 1, -1, 2, -2, 3].flatMap((shift) =>
      [preferred, other].map((anchor) => ({
        anchor,
        labelX: anchor === "start" ? px + LABEL_GAP : px - LABEL_GAP,
        labelY: baseY + shift * lineHeight,
        lines,
      })),
    );
    const fits = (candidate: (typeof candidates)[number]) => {
      const b = box(candidate);
      return (
        b.x1 >= margin.left + 2 &&
        b.x2 <= width - 2 &&
        placed.every((earlier) => !overlaps(b, box(earlier)))
      );
    };
    const chosen = candidates.find(fits) ?? candidates[0];
    if (!chosen) continue;
    placed.push({ ...point, x: px, y: py, ...chosen });
  }
  return {
    placed,
    plotW,
    plotH,
    lineHeight,
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
  const svgLabel = `Scatter chart of median salary against projected job growth, ${datasetLabel}. ${summary}.`;
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
        <>
          <div className="sm:hidden">
            <ChartSvg variant={VARIANTS.narrow} points={points} label={svgLabel} />
          </div>
          <div className="hidden sm:block">
            <ChartSvg variant={VARIANTS.wide} points={points} label={svgLabel} />
          </div>
        </>
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
  label,
  variant,
}: {
  points: readonly ChartPoint[];
  label: string;
  variant: Variant;
}) {
  const { width, height, margin, fontSize } = variant;
  const { placed, xTicks, yTicks, plotW, plotH, lineHeight } = layout(points, variant);
  const bottom = margin.top + plotH;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full max-w-3xl text-fg"
    >
      <g aria-hidden="true" fontSize={fontSize}>
        {yTicks.map((tick) => (
          <g key={`y${tick.value}`}>
            <line
              x1={margin.left}
              x2={margin.left + plotW}
              y1={tick.pos}
              y2={tick.pos}
              className="stroke-border"
              strokeDasharray="3 4"
            />
            <text x={margin.left - 8} y={tick.pos + 4} textAnchor="end" className="fill-muted">
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
            <text x={tick.pos} y={bottom + 20} textAnchor="middle" className="fill-muted">
              {`${tick.value}%`}
            </text>
          </g>
        ))}
        <line
          x1={margin.left}
          x2={margin.left + plotW}
          y1={bottom}
          y2={bottom}
          className="stroke-muted"
        />
        <line
          x1={margin.left}
          x2={margin.left}
          y1={margin.top}
          y2={bottom}
          className="stroke-muted"
        />
        <text x={margin.left + plotW / 2} y={height - 10} textAnchor="middle" className="fill-fg">
          Projected job growth (%)
        </text>
        <text
          transform={`translate(${fontSize + 2} ${margin.top + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
          className="fill-fg"
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
              fontWeight="500"
            >
              {point.lines.map((line, index) => (
                <tspan key={`${index}-${line}`} x={point.labelX} dy={index === 0 ? 0 : lineHeight}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
