import { daysBetween } from "@/lib/dates";

export interface TimelineCycle {
  id: string;
  /** "ARDMS · RDMS" */
  label: string;
  start: string;
  end: string;
  /** Hundredths; 0 when the period asks for no CE. */
  required: number;
  earned: number;
  waived: number;
  /** Plain words for the bar: "21 of 30 CME, 15 waived, 4 missing". */
  summary: string;
  /** "10 Jun 2023 – 31 Dec 2026" */
  range: string;
}

/**
 * Every cycle of every body on one time axis, with a line for today. Each period is drawn as a
 * bar across its dates, filled by the share of its requirement earned, with the waived part apart
 * (hatched). Text stays HTML (it wraps on a phone); the bars are SVG stretched to the axis.
 */
export function CycleTimeline({
  cycles,
  today,
  todayLabel,
}: {
  cycles: TimelineCycle[];
  today: string;
  todayLabel: string;
}) {
  if (cycles.length === 0) return null;
  const first = [today, ...cycles.map((c) => c.start)].sort()[0]!;
  const last = [today, ...cycles.map((c) => c.end)].sort().at(-1)!;
  const from = `${first.slice(0, 4)}-01-01`;
  const to = `${last.slice(0, 4)}-12-31`;
  const span = daysBetween(from, to) + 1;
  const at = (date: string) => (daysBetween(from, date) / span) * 100;
  const years: number[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++)
    years.push(year);
  const todayX = at(today);

  return (
    <figure className="space-y-2" aria-labelledby="timeline-caption">
      <figcaption id="timeline-caption" className="font-semibold">
        Your cycles on one timeline
      </figcaption>
      <div className="relative rounded-lg border border-border bg-surface px-3 pb-3 pt-7">
        <div aria-hidden="true" className="absolute inset-x-3 top-1 h-5 text-xs text-muted">
          {years.map((year) => (
            <span
              key={year}
              className="absolute -translate-x-1/2 border-l border-border pl-0.5"
              style={{ left: `${at(`${year}-01-01`)}%` }}
            >
              {years.length > 6 && year % 2 === 1 ? "" : year}
            </span>
          ))}
        </div>
        <ul className="relative space-y-3">
          {cycles.map((cycle) => {
            const x = at(cycle.start);
            const width = Math.max(0.5, at(cycle.end) - x + 100 / span);
            const share = (value: number) =>
              cycle.required === 0 ? 0 : Math.min(1, value / cycle.required);
            const earnedWidth = width * share(cycle.earned);
            const waivedWidth = Math.min(width - earnedWidth, width * share(cycle.waived));
            return (
              <li key={cycle.id} data-testid={`timeline-${cycle.id}`}>
                <p className="text-sm">
                  <span className="font-medium">{cycle.label}</span>{" "}
                  <span className="text-muted">
                    {cycle.range} · {cycle.summary}
                  </span>
                </p>
                <svg
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  className="mt-1 block h-4 w-full overflow-visible"
                  role="img"
                  aria-label={`${cycle.label}, ${cycle.range}: ${cycle.summary}`}
                >
                  <defs>
                    <pattern
                      id={`waived-${cycle.id}`}
                      width="1.5"
                      height="10"
                      patternUnits="userSpaceOnUse"
                    >
                      <rect width="1.5" height="10" className="fill-accent-soft" />
                      <rect width="0.6" height="10" className="fill-accent" opacity="0.55" />
                    </pattern>
                  </defs>
                  <rect
                    x={x}
                    y="1"
                    width={width}
                    height="8"
                    className="fill-surface-2 stroke-muted"
                    strokeWidth="1"
                    strokeOpacity="0.5"
                    vectorEffect="non-scaling-stroke"
                  />
                  {earnedWidth > 0 ? (
                    <rect x={x} y="1" width={earnedWidth} height="8" className="fill-accent" />
                  ) : null}
                  {waivedWidth > 0 ? (
                    <rect
                      x={x + earnedWidth}
                      y="1"
                      width={waivedWidth}
                      height="8"
                      fill={`url(#waived-${cycle.id})`}
                    />
                  ) : null}
                  <line
                    x1={todayX}
                    x2={todayX}
                    y1="-1"
                    y2="11"
                    className="stroke-danger"
                    strokeWidth="2"
                    vectorEffect="non-scaling-stroke"
                  />
                </svg>
              </li>
            );
          })}
        </ul>
        <div aria-hidden="true" className="relative mt-2 h-5 text-xs">
          <span
            className={`absolute whitespace-nowrap rounded bg-danger-soft px-1 font-medium text-danger ${todayX > 60 ? "-translate-x-full" : ""}`}
            style={{ left: `${todayX}%` }}
          >
            {todayLabel}
          </span>
        </div>
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-4 rounded-sm bg-accent" /> earned
        </span>
        <span className="inline-flex items-center gap-1">
          <svg aria-hidden="true" viewBox="0 0 16 12" className="h-3 w-4">
            <rect width="16" height="12" className="fill-accent-soft" />
            <path d="M2 12 L8 0 M8 12 L14 0" className="stroke-accent" strokeWidth="2" />
          </svg>{" "}
          waived
        </span>
        <span className="inline-flex items-center gap-1">
          <span
            aria-hidden="true"
            className="inline-block h-3 w-4 rounded-sm border border-border bg-surface-2"
          />{" "}
          still to earn
        </span>
        <span className="inline-flex items-center gap-1">
          <span aria-hidden="true" className="inline-block h-3 w-0 border-l-2 border-danger" />{" "}
          today
        </span>
      </p>
    </figure>
  );
}
