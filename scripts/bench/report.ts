/**
 * The targets of issue 15 and the Markdown the benchmark prints. Targets are reported, never
 * asserted. Every target is a ratio between figures of the same run: the machine is shared and
 * noisy, so absolute times from different runs are not comparable.
 */
import type { ExplainedQuery } from "./explain";
import type { PageJs } from "./js-size";
import type { LoadResult } from "./load";

export interface Target {
  name: string;
  target: string;
  value: string;
  pass: boolean;
  /** Not measured in this run (e.g. the team readiness view before it exists): neither. */
  skipped?: boolean;
}

export interface LoadRuns {
  /** `/bench/floor`: the signed-in layouts and session check, nothing else. */
  floor: LoadResult;
  static: LoadResult;
  paths: LoadResult;
  dashboardTypical: LoadResult;
  dashboardHeavy: LoadResult;
  plan: LoadResult;
  upkeep: LoadResult;
  update: LoadResult;
  /** The team readiness view (one page of 50 rows of a 200-member organization), when given. */
  teamReadiness?: LoadResult;
}

/** One interleaved comparison of the typical dashboard at scale against an empty database. */
export interface ScaleComparison {
  scale: LoadResult;
  empty: LoadResult;
  p99Ratio: number;
}

export interface Memory {
  /** Server process group RSS, MB, after the warm-up pass and after every measurement. */
  afterWarmupMB: number;
  afterBenchMB: number;
}

export interface Ratios {
  /**
   * Page throughput / floor throughput, page p99 / floor p99, and the floor's server CPU per
   * request / the page's (the throughput a CPU-bound server would have, least moved by others'
   * load on a shared machine).
   */
  toFloor: Record<
    "dashboardTypical" | "plan" | "upkeep" | "update",
    { throughput: number; p99: number; cpu: number | null }
  >;
  floorToStatic: number;
  dashboardToStatic: number;
  heavyToTypical: number;
  teamToDashboard: number | null;
  /** The team view's p99 over the typical dashboard's (reported; the target is on throughput). */
  teamToDashboardP99: number | null;
  scaleToEmptyP99: number[];
  scaleToEmptyP99Median: number;
  memory: number;
}

const KB = 1000;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export function ratiosOf(load: LoadRuns, scale: ScaleComparison[], memory: Memory): Ratios {
  const vsFloor = (run: LoadResult) => ({
    throughput: round(run.requestsPerSecond / load.floor.requestsPerSecond),
    p99: round(run.latencyMs.p99 / load.floor.latencyMs.p99),
    cpu:
      run.serverCpuMsPerRequest && load.floor.serverCpuMsPerRequest
        ? round(load.floor.serverCpuMsPerRequest / run.serverCpuMsPerRequest)
        : null,
  });
  const p99s = scale.map((comparison) => comparison.p99Ratio);
  return {
    toFloor: {
      dashboardTypical: vsFloor(load.dashboardTypical),
      plan: vsFloor(load.plan),
      upkeep: vsFloor(load.upkeep),
      update: vsFloor(load.update),
    },
    floorToStatic: round(load.floor.requestsPerSecond / load.static.requestsPerSecond, 3),
    dashboardToStatic: round(
      load.dashboardTypical.requestsPerSecond / load.static.requestsPerSecond,
      3,
    ),
    heavyToTypical: round(
      load.dashboardHeavy.requestsPerSecond / load.dashboardTypical.requestsPerSecond,
    ),
    teamToDashboard: load.teamReadiness
      ? round(load.teamReadiness.requestsPerSecond / load.dashboardTypical.requestsPerSecond)
      : null,
    teamToDashboardP99: load.teamReadiness
      ? round(load.teamReadiness.latencyMs.p99 / load.dashboardTypical.latencyMs.p99)
      : null,
    scaleToEmptyP99: p99s,
    scaleToEmptyP99Median: p99s.length ? median(p99s) : NaN,
    memory: round(memory.afterBenchMB / memory.afterWarmupMB),
  };
}

/** Public pages may ship this much of our own JavaScript (gzip) beyond the runtime; signed-in more. */
export const JS_LIMIT_KB = { public: 20, signedIn: 45 } as const;

export function targetsOf(input: {
  load: LoadRuns;
  ratios: Ratios;
  js: PageJs[];
  memory: Memory;
  explain: ExplainedQuery[];
  seqScanRowLimit: number;
}): Target[] {
  const { load, ratios, js, memory, explain } = input;
  const targets: Target[] = [];
  const pages = [
    ["dashboardTypical", "Typical user's dashboard"],
    ["plan", "Plan page"],
    ["upkeep", "Upkeep page"],
    ["update", "Milestone save (setStatusAction)"],
  ] as const;
  for (const [key, label] of pages) {
    const ratio = ratios.toFloor[key];
    const run = load[key];
    targets.push(
      {
        name: `${label}: throughput vs the floor`,
        target: "≥ 0.8×",
        value: `${ratio.throughput}× (${run.requestsPerSecond} vs ${load.floor.requestsPerSecond} req/s; by server CPU per request ${ratio.cpu ?? "–"}×)`,
        pass: ratio.throughput >= 0.8,
      },
      {
        name: `${label}: p99 vs the floor's p99`,
        target: "≤ 1.5×",
        value: `${ratio.p99}× (${run.latencyMs.p99} vs ${load.floor.latencyMs.p99} ms)`,
        pass: ratio.p99 <= 1.5,
      },
    );
  }
  targets.push({
    name: "Heavy user (200 milestones, 300 CE activities) vs typical dashboard throughput",
    target: "≥ 0.6×",
    value: `${ratios.heavyToTypical}× (${load.dashboardHeavy.requestsPerSecond} vs ${load.dashboardTypical.requestsPerSecond} req/s)`,
    pass: ratios.heavyToTypical >= 0.6,
  });
  targets.push(
    ratios.teamToDashboard === null
      ? {
          name: "Team readiness view (50 rows of a 200-member organization) vs dashboard throughput",
          target: "≥ 0.5×",
          value: "not measured: no --team-page given (see scripts/bench/team.ts)",
          pass: false,
          skipped: true,
        }
      : {
          name: "Team readiness view (50 rows of a 200-member organization) vs dashboard throughput",
          target: "≥ 0.5×",
          value: `${ratios.teamToDashboard}× (${load.teamReadiness!.requestsPerSecond} vs ${load.dashboardTypical.requestsPerSecond} req/s; p99 ${ratios.teamToDashboardP99}×, ${load.teamReadiness!.latencyMs.p99} vs ${load.dashboardTypical.latencyMs.p99} ms)`,
          pass: ratios.teamToDashboard >= 0.5,
        },
  );
  targets.push({
    name: "Dashboard p99 at scale / empty database (median of three interleaved comparisons)",
    target: "≤ 1.2×",
    ...(ratios.scaleToEmptyP99.length
      ? {
          value: `${ratios.scaleToEmptyP99Median}× (each: ${ratios.scaleToEmptyP99.join(", ")})`,
          pass: ratios.scaleToEmptyP99Median <= 1.2,
        }
      : { value: "not measured (--skip-scale)", pass: false, skipped: true }),
  });
  const flagged = explain.filter((query) => query.flagged);
  targets.push({
    name: `No Seq Scan on a table over ${input.seqScanRowLimit.toLocaleString("en-US")} rows in any captured query`,
    target: "0",
    value: `${flagged.length} of ${explain.length} statements`,
    pass: flagged.length === 0 && explain.length > 0,
  });
  for (const page of js) {
    const signedIn = page.signedIn;
    const limit = signedIn ? JS_LIMIT_KB.signedIn : JS_LIMIT_KB.public;
    targets.push({
      name: `Our JavaScript on ${page.path} (${signedIn ? "signed in" : "public"})`,
      target: `≤ ${limit} kB gzip`,
      value: `${kB(page.encodedBytes - page.frameworkBytes)} (runtime ${kB(page.frameworkBytes)} apart)`,
      pass: page.encodedBytes - page.frameworkBytes <= limit * KB,
    });
    if (!signedIn) {
      targets.push({
        name: `Anonymous visit to ${page.path} makes no session request`,
        target: "0",
        value: String(page.sessionRequests),
        pass: page.sessionRequests === 0,
      });
    }
  }
  targets.push({
    name: "Server RSS after the whole bench vs after warm-up",
    target: "≤ 1.5×",
    value: `${ratios.memory}× (${memory.afterBenchMB} vs ${memory.afterWarmupMB} MB)`,
    pass: ratios.memory <= 1.5,
  });
  return targets;
}

function loadRow(label: string, result: LoadResult, withConflicts = false): string {
  const conflicts = withConflicts ? String(result.conflicts) : "–";
  return `| ${label} | ${result.requestsPerSecond.toFixed(1)} | ${result.latencyMs.p50} | ${result.latencyMs.p99} | ${result.serverCpuMsPerRequest ?? "–"} | ${result.errors} | ${conflicts} | ${result.requests} |`;
}

export function markdown(input: {
  load: LoadRuns;
  scale: ScaleComparison[];
  ratios: Ratios;
  js: PageJs[];
  targets: Target[];
  explain: ExplainedQuery[];
  seqScanRowLimit: number;
}): string {
  const { load, scale, ratios, js, targets, explain } = input;
  const lines = [
    "| measured (10 connections) | req/s | p50 ms | p99 ms | server CPU ms/request | errors | conflicts | requests |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    loadRow("`/bench/floor` (layouts + session check, no data)", load.floor),
    loadRow("`/` static landing page", load.static),
    loadRow("`/paths` (static)", load.paths),
    loadRow("`/dashboard`, typical user (20 milestones)", load.dashboardTypical),
    loadRow("`/dashboard`, heavy user (200 milestones, 300 CE)", load.dashboardHeavy),
    loadRow("`/plans/[id]`, typical user", load.plan),
    loadRow("`/upkeep`, typical user", load.upkeep),
    loadRow("milestone save (setStatusAction)", load.update, true),
    ...(load.teamReadiness ? [loadRow("team readiness view", load.teamReadiness)] : []),
    ...scale.flatMap((comparison, index) => [
      loadRow(`\`/dashboard\` typical, at scale, comparison ${index + 1}`, comparison.scale),
      loadRow(`\`/dashboard\` typical, empty database, comparison ${index + 1}`, comparison.empty),
    ]),
    "",
    "| ratio (same run) | throughput | p99 | floor CPU / page CPU per request |",
    "|---|---:|---:|---:|",
    ...(
      [
        ["dashboard (typical) / floor", "dashboardTypical"],
        ["plan page / floor", "plan"],
        ["upkeep page / floor", "upkeep"],
        ["milestone save / floor", "update"],
      ] as const
    ).map(
      ([label, key]) =>
        `| ${label} | ${ratios.toFloor[key].throughput} | ${ratios.toFloor[key].p99} | ${ratios.toFloor[key].cpu ?? "–"} |`,
    ),
    `| floor / static | ${ratios.floorToStatic} | | |`,
    `| dashboard (typical) / static | ${ratios.dashboardToStatic} | | |`,
    `| heavy / typical dashboard | ${ratios.heavyToTypical} | | |`,
    `| team readiness / dashboard | ${ratios.teamToDashboard ?? "not measured"} | ${ratios.teamToDashboardP99 ?? ""} | |`,
    `| dashboard at scale / empty (median of ${ratios.scaleToEmptyP99.length}) | | ${ratios.scaleToEmptyP99Median} | |`,
    `| server RSS after bench / after warm-up | ${ratios.memory} | | |`,
    "",
    "| page | scripts | ours (gzip) | runtime (rootMainFiles, gzip) | all decoded | session requests |",
    "|---|---:|---:|---:|---:|---:|",
    ...js.map(
      (page) =>
        `| \`${page.path}\`${page.signedIn ? " (signed in)" : ""} | ${page.scripts} | ${kB(page.encodedBytes - page.frameworkBytes)} | ${kB(page.frameworkBytes)} | ${kB(page.decodedBytes)} | ${page.sessionRequests} |`,
    ),
    "",
    "| target | goal | measured | result |",
    "|---|---|---|---|",
    ...targets.map(
      (target) =>
        `| ${target.name} | ${target.target} | ${target.value} | ${target.skipped ? "not measured" : target.pass ? "PASS" : "**FAIL**"} |`,
    ),
    "",
  ];
  const flagged = explain.filter((query) => query.flagged);
  const failed = explain.filter((query) => query.error);
  lines.push(
    `EXPLAIN at scale: ${explain.length} queries, ${flagged.length} with a Seq Scan on a table over ${input.seqScanRowLimit.toLocaleString("en-US")} rows${failed.length ? `, ${failed.length} failed to explain` : ""}.`,
    "",
    "| statement the app sent (flows) | plan | exec ms | flag |",
    "|---|---|---:|---|",
    ...explain.map((query) => {
      const plan = query.error ? `error: ${query.error}` : query.nodes.join(" → ");
      const triggers = query.triggers.length
        ? ` (triggers: ${query.triggers.map((t) => `${t.relation} ${t.ms} ms`).join(", ")})`
        : "";
      const flag = query.flagged
        ? `**Seq Scan on ${query.seqScans.map((scan) => `${scan.table} (${scan.rows.toLocaleString("en-US")} rows)`).join(", ")}**`
        : "";
      const text = query.text.length > 140 ? `${query.text.slice(0, 140)}…` : query.text;
      const cell = `\`${text.replaceAll("|", "\\|").replaceAll("`", "'")}\` (${query.flows.join(", ")}; ×${query.count})`;
      return `| ${cell} | ${plan}${triggers} | ${query.executionMs} | ${flag} |`;
    }),
  );
  return lines.join("\n");
}

/** One line per target, for the console. */
export function targetLines(targets: Target[]): string[] {
  return targets.map(
    (target) =>
      `${target.skipped ? "SKIP" : target.pass ? "PASS" : "FAIL"}  ${target.name}: ${target.value} (goal ${target.target})`,
  );
}
