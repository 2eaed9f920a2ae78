/**
 * Where a page's server time goes: `--profile` runs each measured page once more with Node's
 * sampling profiler on (scripts/bench/profiler-hook.mjs) and sorts the samples' self time by
 * where the code lives. The production server bundles our code with the libraries it imports
 * (minified), so "app bundle" is ours plus the libraries bundled with it (drizzle, postgres.js,
 * Auth.js); Next's renderer (React included) stays in its own file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const PROFILE_CATEGORIES = [
  "React + Next render (app-page runtime)",
  "Next server (routing, proxy, other)",
  "app bundle (our code + bundled libraries)",
  "gzip (Next's response compression)",
  "Node.js core (streams, http, crypto)",
  "garbage collection",
  "other",
] as const;
export type ProfileCategory = (typeof PROFILE_CATEGORIES)[number];

function categoryOf(node: ProfileNode, zlibNodes: ReadonlySet<number>): ProfileCategory | "idle" {
  const { url, functionName } = node.callFrame;
  if (functionName === "(idle)") return "idle";
  if (functionName === "(garbage collector)") return "garbage collection";
  if (url.includes("next/dist/compiled/next-server/app-page")) return PROFILE_CATEGORIES[0];
  if (url.includes("/node_modules/next/")) return PROFILE_CATEGORIES[1];
  if (url.includes("/.next/server/")) return PROFILE_CATEGORIES[2];
  if (url === "node:zlib" || zlibNodes.has(node.id)) return PROFILE_CATEGORIES[3];
  if (url.startsWith("node:") || (url === "" && functionName !== "(program)"))
    return PROFILE_CATEGORIES[4];
  return "other";
}

export interface ProfileSummary {
  /** Sampled busy time (idle excluded), ms. */
  busyMs: number;
  byCategoryMs: Record<ProfileCategory, number>;
  /** The functions with the most self time, with where they live. */
  top: { functionName: string; where: string; ms: number }[];
}

/** Nodes under the profiler hook's own frames: starting the profiler, not serving pages. */
function profilerOwnNodes(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = new Set<number>();
  const mark = (id: number) => {
    if (own.has(id)) return;
    own.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const node of profile.nodes) if (node.callFrame.url.includes("profiler-hook")) mark(node.id);
  return own;
}

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const excluded = profilerOwnNodes(profile);
  // Native frames called by node:zlib (its compression work) count as gzip.
  const zlibNodes = new Set<number>();
  for (const node of profile.nodes) {
    if (node.callFrame.url !== "node:zlib") continue;
    for (const child of node.children ?? []) {
      if (nodes.get(child)?.callFrame.url === "") zlibNodes.add(child);
    }
  }
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  const byCategoryMs = Object.fromEntries(PROFILE_CATEGORIES.map((c) => [c, 0])) as Record<
    ProfileCategory,
    number
  >;
  const byFunction = new Map<string, { functionName: string; where: string; ms: number }>();
  let busyMs = 0;
  for (const [id, ms] of selfMs) {
    const node = nodes.get(id);
    if (!node || excluded.has(id)) continue;
    const category = categoryOf(node, zlibNodes);
    if (category === "idle") continue;
    busyMs += ms;
    byCategoryMs[category] += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = `${url.replace(/^.*\/(node_modules|\.next)\//, "$1/")}:${lineNumber + 1}:${columnNumber + 1}`;
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? {
      functionName: functionName || "(anonymous)",
      where,
      ms: 0,
    };
    entry.ms += ms;
    byFunction.set(key, entry);
  }
  const top = [...byFunction.values()].sort((a, b) => b.ms - a.ms).slice(0, 12);
  return { busyMs, byCategoryMs, top };
}

/** Merges the profiles written since `before` (one per server process) into one summary. */
export function readProfiles(directory: string, before: ReadonlySet<string>): ProfileSummary {
  const files = readdirSync(directory).filter(
    (name) => name.endsWith(".cpuprofile") && !before.has(name),
  );
  const summaries = files.map((name) =>
    summarizeProfile(JSON.parse(readFileSync(path.join(directory, name), "utf8")) as CpuProfile),
  );
  const merged: ProfileSummary = {
    busyMs: 0,
    byCategoryMs: Object.fromEntries(PROFILE_CATEGORIES.map((c) => [c, 0])) as Record<
      ProfileCategory,
      number
    >,
    top: [],
  };
  for (const summary of summaries) {
    merged.busyMs += summary.busyMs;
    for (const category of PROFILE_CATEGORIES)
      merged.byCategoryMs[category] += summary.byCategoryMs[category];
    merged.top.push(...summary.top);
  }
  merged.top = merged.top.sort((a, b) => b.ms - a.ms).slice(0, 12);
  return merged;
}

export function profileDirectory(): string {
  const directory = path.resolve("bench-results/profiles");
  if (!existsSync(directory)) mkdirSync(directory, { recursive: true });
  return directory;
}

export function profileFiles(directory: string): Set<string> {
  return new Set(readdirSync(directory).filter((name) => name.endsWith(".cpuprofile")));
}

/** Sends SIGUSR2 to the server's processes and, when stopping, waits for their profiles. */
export async function toggleProfiler(
  signalServer: () => number,
  directory: string,
  wait: { before: ReadonlySet<string> } | null,
): Promise<void> {
  const processes = signalServer();
  if (!wait) return;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const written = [...profileFiles(directory)].filter((name) => !wait.before.has(name));
    if (written.length >= processes) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no CPU profile written in ${directory} within 30 s`);
}

export interface PageProfile {
  name: string;
  requests: number;
  summary: ProfileSummary;
}

const round = (value: number) => (value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** Server CPU per request by where the code lives, page beside page, and each page's hot spots. */
export function profileMarkdown(profiles: readonly PageProfile[]): string {
  const perRequest = (profile: PageProfile, ms: number) =>
    profile.requests ? ms / profile.requests : 0;
  const lines = [
    "Profile: sampled server CPU per request (ms), by where the code lives",
    "",
    `| where | ${profiles.map((p) => p.name).join(" | ")} |`,
    `| --- | ${profiles.map(() => "---:").join(" | ")} |`,
    ...PROFILE_CATEGORIES.map(
      (category) =>
        `| ${category} | ${profiles.map((p) => round(perRequest(p, p.summary.byCategoryMs[category]))).join(" | ")} |`,
    ),
    `| **total** | ${profiles.map((p) => `**${round(perRequest(p, p.summary.busyMs))}**`).join(" | ")} |`,
    `| requests profiled | ${profiles.map((p) => p.requests).join(" | ")} |`,
    "",
  ];
  for (const profile of profiles) {
    lines.push(`Hottest functions, ${profile.name} (self ms per request):`, "");
    for (const entry of profile.summary.top.slice(0, 8)) {
      lines.push(
        `- ${round(perRequest(profile, entry.ms))} ${entry.functionName} (${entry.where})`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
