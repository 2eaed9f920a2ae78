/**
 * The targets of "Fast and usable by everyone" and the Markdown the benchmark prints. Targets are
 * reported, never asserted.
 */
import type { ExplainedQuery } from "./explain";
import type { PageJs } from "./js-size";
import type { LoadResult } from "./load";

export interface Target {
  name: string;
  target: string;
  value: string;
  pass: boolean;
}

export interface LoadRuns {
  static: LoadResult;
  paths: LoadResult;
  dashboardTypical: LoadResult;
  dashboardHeavy: LoadResult;
  update: LoadResult;
  /** Interleaved slices against a second server on the empty database (same build). */
  dashboardTypicalScale: LoadResult;
  dashboardTypicalEmpty: LoadResult;
  dashboardHeavyScale: LoadResult;
  dashboardHeavyEmpty: LoadResult;
  /** /teams/[id]: the readiness view's first page (50 of 200 members), measured right after the typical dashboard. */
  teamReadiness: LoadResult;
  /** The typical dashboard again, right after the readiness view (the pair brackets it). */
  dashboardTypicalAfterTeam: LoadResult;
}

export interface Ratios {
  dashboardToStatic: number;
  heavyDashboardToStatic: number;
  heavyToTypical: number;
  scaleToEmptyP99Typical: number;
  scaleToEmptyP99Heavy: number;
  scaleToEmptyP50Typical: number;
  scaleToEmptyThroughputTypical: number;
  /** Readiness view / typical dashboard (the mean of the two dashboard runs around it). */
  teamToDashboardThroughput: number;
  teamToDashboardP99: number;
}

const KB = 1000;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

export function ratiosOf(load: LoadRuns): Ratios {
  return {
    dashboardToStatic: round(
      load.dashboardTypical.requestsPerSecond / load.static.requestsPerSecond,
      3,
    ),
    heavyDashboardToStatic: round(
      load.dashboardHeavy.requestsPerSecond / load.static.requestsPerSecond,
      3,
    ),
    heavyToTypical: round(
      load.dashboardHeavy.requestsPerSecond / load.dashboardTypical.requestsPerSecond,
    ),
    scaleToEmptyP99Typical: round(
      load.dashboardTypicalScale.latencyMs.p99 / load.dashboardTypicalEmpty.latencyMs.p99,
    ),
    scaleToEmptyP99Heavy: round(
      load.dashboardHeavyScale.latencyMs.p99 / load.dashboardHeavyEmpty.latencyMs.p99,
    ),
    scaleToEmptyP50Typical: round(
      load.dashboardTypicalScale.latencyMs.p50 / load.dashboardTypicalEmpty.latencyMs.p50,
    ),
    scaleToEmptyThroughputTypical: round(
      load.dashboardTypicalScale.requestsPerSecond / load.dashboardTypicalEmpty.requestsPerSecond,
    ),
    teamToDashboardThroughput: round(
      load.teamReadiness.requestsPerSecond /
        ((load.dashboardTypical.requestsPerSecond +
          load.dashboardTypicalAfterTeam.requestsPerSecond) /
          2),
    ),
    teamToDashboardP99: round(
      load.teamReadiness.latencyMs.p99 /
        ((load.dashboardTypical.latencyMs.p99 + load.dashboardTypicalAfterTeam.latencyMs.p99) / 2),
    ),
  };
}

export function targetsOf(load: LoadRuns, ratios: Ratios, js: PageJs[]): Target[] {
  const targets: Target[] = [
    {
      name: "Dashboard throughput vs static page (typical user)",
      target: "≥ 0.10×",
      value: `${ratios.dashboardToStatic}×`,
      pass: ratios.dashboardToStatic >= 0.1,
    },
    {
      name: "Dashboard throughput vs static page, stretch",
      target: "≥ 0.15×",
      value: `${ratios.dashboardToStatic}×`,
      pass: ratios.dashboardToStatic >= 0.15,
    },
    {
      name: "Dashboard p99 at 10 connections, typical user (20 milestones)",
      target: "≤ 100 ms",
      value: `${load.dashboardTypical.latencyMs.p99} ms`,
      pass: load.dashboardTypical.latencyMs.p99 <= 100,
    },
    {
      name: "Dashboard p99 at 10 connections, heavy user (200 milestones)",
      target: "≤ 100 ms",
      value: `${load.dashboardHeavy.latencyMs.p99} ms`,
      pass: load.dashboardHeavy.latencyMs.p99 <= 100,
    },
    {
      name: "Heavy / typical dashboard throughput",
      target: "≥ 0.6",
      value: String(ratios.heavyToTypical),
      pass: ratios.heavyToTypical >= 0.6,
    },
    {
      name: "Dashboard p99 at scale / on an empty database (typical user)",
      target: "≤ 1.2",
      value: String(ratios.scaleToEmptyP99Typical),
      pass: ratios.scaleToEmptyP99Typical <= 1.2,
    },
    {
      name: "Readiness view (200 members, page of 50) throughput vs dashboard",
      target: "≥ 0.5×",
      value: `${ratios.teamToDashboardThroughput}×`,
      pass: ratios.teamToDashboardThroughput >= 0.5,
    },
    {
      name: "Readiness view p99 vs dashboard p99",
      target: "≤ 2×",
      value: `${ratios.teamToDashboardP99}×`,
      pass: ratios.teamToDashboardP99 <= 2,
    },
  ];
  for (const page of js) {
    const limit = page.label.startsWith("dashboard") ? 160 : 120;
    if (page.label.startsWith("empty")) continue;
    targets.push({
      name: `JavaScript on ${page.path}`,
      target: `≤ ${limit} kB gzip`,
      value: kB(page.encodedBytes),
      pass: page.encodedBytes <= limit * KB,
    });
  }
  return targets;
}

function loadRow(label: string, result: LoadResult, withConflicts = false): string {
  const conflicts = withConflicts ? String(result.conflicts) : "–";
  return `| ${label} | ${result.requestsPerSecond.toFixed(0)} | ${result.latencyMs.p50} | ${result.latencyMs.p99} | ${result.errors} | ${conflicts} | ${result.requests} |`;
}

export function markdown(input: {
  load: LoadRuns;
  ratios: Ratios;
  js: PageJs[];
  targets: Target[];
  explain: ExplainedQuery[];
  tableRows: Record<string, number>;
  seqScanRowLimit: number;
}): string {
  const { load, ratios, js, targets, explain } = input;
  const lines = [
    "| measured (10 connections) | req/s | p50 ms | p99 ms | errors | conflicts | requests |",
    "|---|---:|---:|---:|---:|---:|---:|",
    loadRow("`/` static landing page", load.static),
    loadRow("`/paths` (static)", load.paths),
    loadRow("`/dashboard`, typical user (20 milestones)", load.dashboardTypical),
    loadRow("`/dashboard`, heavy user (200 milestones)", load.dashboardHeavy),
    loadRow("milestone update (setStatusAction)", load.update, true),
    loadRow("`/teams/[id]` readiness view, 200 members (page of 50)", load.teamReadiness),
    loadRow(
      "`/dashboard`, typical user, right after the readiness view",
      load.dashboardTypicalAfterTeam,
    ),
    loadRow("`/dashboard`, typical user, at scale, interleaved ↓", load.dashboardTypicalScale),
    loadRow(
      "`/dashboard`, typical user, empty database, interleaved ↑",
      load.dashboardTypicalEmpty,
    ),
    loadRow("`/dashboard`, heavy user, at scale, interleaved ↓", load.dashboardHeavyScale),
    loadRow("`/dashboard`, heavy user, empty database, interleaved ↑", load.dashboardHeavyEmpty),
    "",
    "| ratio | value |",
    "|---|---:|",
    `| dashboard / static throughput (typical; heavy) | ${ratios.dashboardToStatic}; ${ratios.heavyDashboardToStatic} |`,
    `| heavy / typical dashboard throughput | ${ratios.heavyToTypical} |`,
    `| dashboard p99 at scale / empty database, interleaved (typical; heavy) | ${ratios.scaleToEmptyP99Typical}; ${ratios.scaleToEmptyP99Heavy} |`,
    `| dashboard p50 at scale / empty database, interleaved (typical) | ${ratios.scaleToEmptyP50Typical} |`,
    `| dashboard throughput at scale / empty database, interleaved (typical) | ${ratios.scaleToEmptyThroughputTypical} |`,
    `| readiness view / dashboard (typical): throughput; p99 | ${ratios.teamToDashboardThroughput}; ${ratios.teamToDashboardP99} |`,
    "",
    "| page | scripts | JS transferred (gzip) | of which Next + React runtime | JS decoded |",
    "|---|---:|---:|---:|---:|",
    ...js.map(
      (page) =>
        `| ${page.label === "empty" ? `\`${page.path}\` (smallest static page, the floor of any page)` : `\`${page.path}\``} | ${page.scripts} | ${kB(page.encodedBytes)} | ${kB(page.frameworkBytes)} | ${kB(page.decodedBytes)} |`,
    ),
    "",
    "| target | goal | measured | result |",
    "|---|---|---|---|",
    ...targets.map(
      (target) =>
        `| ${target.name} | ${target.target} | ${target.value} | ${target.pass ? "PASS" : "**FAIL**"} |`,
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
