/**
 * A small closed-loop HTTP load generator: N connections, each a keep-alive socket that sends
 * its next request as soon as the previous response has been read in full (what autocannon
 * does with `-c N`, pipelining 1). Latency is measured per request from write to last byte.
 *
 * Why not autocannon: it is not a dependency of the project, and the milestone update needs a
 * different, valid body per request (the version it read) and a look at each response body
 * (saved, or "changed elsewhere"), which this loop does directly.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";
import { gunzipSync } from "node:zlib";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export type Outcome = "ok" | "conflict" | "error";

export interface LoadOptions {
  name: string;
  /** Where to connect (a loopback address) and the Host header to send. */
  host: string;
  port: number;
  hostHeader: string;
  connections: number;
  durationMs: number;
  /** Run first, for the same time budget per connection, and not counted. */
  warmupMs: number;
  /** The request a connection sends next (`seq` counts that connection's requests). */
  request: (connection: number, seq: number) => LoadRequest;
  /**
   * Optional: reads the body and says how it went. Without it, any 2xx is "ok" and anything
   * else (or a failed request) an error.
   */
  classify?: (
    connection: number,
    status: number,
    body: string,
    request: LoadRequest,
  ) => Outcome | Promise<Outcome>;
  timeoutMs?: number;
  /** Keep every latency on the result (for combining runs with combineRuns). */
  keepLatencies?: boolean;
  /** The server's CPU time so far, ms (BenchServer.cpuMs): then the result has CPU per request. */
  serverCpuMs?: () => number;
}

export interface LoadResult {
  name: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  ok: number;
  conflicts: number;
  /** Non-2xx responses, failed requests and (with classify) responses judged errors. */
  errors: number;
  non2xx: number;
  failed: number;
  bytesPerSecond: number;
  statusCounts: Record<string, number>;
  /** A few error bodies or messages, to see why. */
  errorSamples: string[];
  /** Only with keepLatencies. */
  latencies?: number[];
  /** The machine's 1-minute load average when the run started (others' work shows here). */
  loadAverageBefore?: number;
  /** Server CPU time per counted request (warm-up included in neither), ms. */
  serverCpuMsPerRequest?: number;
}

interface Sample {
  latency: number;
  outcome: Outcome;
  status: number;
  bytes: number;
}

function once(
  agent: http.Agent,
  options: LoadOptions,
  request: LoadRequest,
  wantBody: boolean,
): Promise<{ status: number; body: string; bytes: number }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      host: options.hostHeader,
      "user-agent": "scp-bench",
      ...request.headers,
    };
    if (request.body !== undefined) {
      headers["content-length"] = String(Buffer.byteLength(request.body));
    }
    const req = http.request(
      {
        host: options.host,
        port: options.port,
        method: request.method,
        path: request.path,
        headers,
        agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        res.on("data", (chunk: Buffer) => {
          bytes += chunk.length;
          if (wantBody) chunks.push(chunk);
        });
        res.on("end", () => {
          let body = "";
          if (wantBody) {
            const raw = Buffer.concat(chunks);
            body = (res.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString(
              "utf8",
            );
          }
          resolve({ status: res.statusCode ?? 0, body, bytes });
        });
        res.on("error", reject);
      },
    );
    req.setTimeout(options.timeoutMs ?? 15_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    if (request.body !== undefined) req.write(request.body);
    req.end();
  });
}

async function phase(
  options: LoadOptions,
  agents: http.Agent[],
  durationMs: number,
  sequence: number[],
  errorSamples: string[] | undefined,
): Promise<{ samples: Sample[]; elapsedMs: number }> {
  const samples: Sample[] = [];
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    agents.map(async (agent, connection) => {
      while (performance.now() < deadline) {
        const request = options.request(connection, sequence[connection]!++);
        const t0 = performance.now();
        try {
          const response = await once(agent, options, request, Boolean(options.classify));
          const latency = performance.now() - t0;
          let outcome: Outcome =
            response.status >= 200 && response.status < 300 ? "ok" : ("error" as Outcome);
          if (outcome === "ok" && options.classify) {
            outcome = await options.classify(connection, response.status, response.body, request);
          }
          if (outcome === "error" && errorSamples && errorSamples.length < 5) {
            errorSamples.push(`${response.status}: ${response.body.slice(0, 300)}`);
          }
          samples.push({ latency, outcome, status: response.status, bytes: response.bytes });
        } catch (error) {
          samples.push({ latency: performance.now() - t0, outcome: "error", status: 0, bytes: 0 });
          if (errorSamples && errorSamples.length < 5) errorSamples.push(String(error));
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    }),
  );
  return { samples, elapsedMs: performance.now() - started };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function summarize(
  name: string,
  connections: number,
  samples: readonly Sample[],
  elapsedMs: number,
  errorSamples: string[],
  { keepLatencies }: { keepLatencies: boolean },
): LoadResult {
  const latencies = samples.map((sample) => sample.latency).sort((a, b) => a - b);
  const seconds = elapsedMs / 1000;
  const statusCounts: Record<string, number> = {};
  for (const sample of samples) {
    const key = sample.status === 0 ? "failed" : String(sample.status);
    statusCounts[key] = (statusCounts[key] ?? 0) + 1;
  }
  const count = (outcome: Outcome) => samples.filter((s) => s.outcome === outcome).length;
  return {
    name,
    connections,
    durationSeconds: round(seconds, 2),
    requests: samples.length,
    requestsPerSecond: round(samples.length / seconds),
    latencyMs: {
      p50: round(percentile(latencies, 50)),
      p90: round(percentile(latencies, 90)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? NaN),
      mean: round(latencies.reduce((sum, value) => sum + value, 0) / (latencies.length || 1)),
    },
    ok: count("ok"),
    conflicts: count("conflict"),
    errors: count("error"),
    non2xx: samples.filter((s) => s.status !== 0 && (s.status < 200 || s.status >= 300)).length,
    failed: samples.filter((s) => s.status === 0).length,
    bytesPerSecond: Math.round(samples.reduce((sum, s) => sum + s.bytes, 0) / seconds),
    statusCounts,
    errorSamples,
    ...(keepLatencies ? { latencies: samples.map((sample) => sample.latency) } : {}),
  };
}

/**
 * One result from several runs of the same target (e.g. slices interleaved with another
 * target's): latencies pooled, requests per second over the summed duration.
 */
export function combineRuns(name: string, runs: readonly LoadResult[]): LoadResult {
  const samples: Sample[] = [];
  for (const run of runs) {
    if (!run.latencies) throw new Error(`combineRuns: run ${run.name} kept no latencies`);
    // Outcome and status per sample are not kept: errors are added up from the runs below.
    for (const latency of run.latencies)
      samples.push({ latency, outcome: "ok", status: 200, bytes: 0 });
  }
  const seconds = runs.reduce((sum, run) => sum + run.durationSeconds, 0);
  const combined = summarize(name, runs[0]?.connections ?? 0, samples, seconds * 1000, [], {
    keepLatencies: false,
  });
  const add = (pick: (run: LoadResult) => number) => runs.reduce((sum, run) => sum + pick(run), 0);
  const statusCounts: Record<string, number> = {};
  for (const run of runs) {
    for (const [status, count] of Object.entries(run.statusCounts)) {
      statusCounts[status] = (statusCounts[status] ?? 0) + count;
    }
  }
  return {
    ...combined,
    ok: add((run) => run.ok),
    conflicts: add((run) => run.conflicts),
    errors: add((run) => run.errors),
    non2xx: add((run) => run.non2xx),
    failed: add((run) => run.failed),
    bytesPerSecond: Math.round(add((run) => run.bytesPerSecond * run.durationSeconds) / seconds),
    statusCounts,
    errorSamples: runs.flatMap((run) => run.errorSamples).slice(0, 5),
  };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agents = Array.from(
    { length: options.connections },
    () => new http.Agent({ keepAlive: true, maxSockets: 1 }),
  );
  const sequence = agents.map(() => 0);
  try {
    if (options.warmupMs > 0) await phase(options, agents, options.warmupMs, sequence, undefined);
    const errorSamples: string[] = [];
    const cpuBefore = options.serverCpuMs?.();
    const { samples, elapsedMs } = await phase(
      options,
      agents,
      options.durationMs,
      sequence,
      errorSamples,
    );
    const cpuAfter = options.serverCpuMs?.();
    const result = summarize(options.name, options.connections, samples, elapsedMs, errorSamples, {
      keepLatencies: options.keepLatencies ?? false,
    });
    if (cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0) {
      result.serverCpuMsPerRequest =
        Math.round(((cpuAfter - cpuBefore) / result.requests) * 100) / 100;
    }
    return result;
  } finally {
    for (const agent of agents) agent.destroy();
  }
}
