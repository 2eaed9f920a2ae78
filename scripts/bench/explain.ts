/**
 * EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of every query in queries.ts, each inside a
 * transaction that is rolled back (writes change nothing). Flags any Seq Scan on a table with
 * more than `seqScanRowLimit` rows.
 */
import postgres from "postgres";
import { QUERIES, type QueryParams } from "./queries";
import type { MeasuredUser } from "./users";

export interface ExplainedQuery {
  name: string;
  source: string;
  usedBy: string;
  /** Node types with their relation and index, depth-first. */
  nodes: string[];
  seqScans: { table: string; rows: number }[];
  flagged: boolean;
  planningMs: number;
  executionMs: number;
  /** Time in foreign-key and other triggers (e.g. a cascade), when any. */
  triggers: { name: string; relation: string; ms: number }[];
  error?: string;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

interface ExplainOutput {
  Plan: PlanNode;
  "Planning Time": number;
  "Execution Time": number;
  Triggers?: { "Trigger Name": string; Relation: string; Time: number }[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void) {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

export async function paramsForUser(url: string, user: MeasuredUser): Promise<QueryParams> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    let [session] = await sql<{ id: string }[]>`
      select id from user_sessions where user_id = ${user.id} order by created_at desc limit 1`;
    session ??= (
      await sql<
        { id: string }[]
      >`insert into user_sessions (user_id) values (${user.id}) returning id`
    )[0];
    const [row] = await sql<{ id: string; version: number; requirement_slug: string }[]>`
      select id, version, requirement_slug from progress where user_id = ${user.id}
      order by requirement_slug limit 1`;
    const [calendar] = await sql<{ token_hash: string }[]>`
      select token_hash from calendar_feeds order by token_hash limit 1
      offset (select count(*) / 2 from calendar_feeds)`;
    const [token] = await sql<{ token_hash: string }[]>`
      select token_hash from email_tokens where used_at is null order by token_hash limit 1
      offset (select count(*) / 2 from email_tokens where used_at is null)`;
    const [throttle] = await sql<{ bucket: string; key: string }[]>`
      select bucket, key from throttle_events order by key limit 1
      offset (select count(*) / 2 from throttle_events)`;
    if (!row || !calendar || !token || !throttle) {
      throw new Error("EXPLAIN needs the at-scale database (rows missing)");
    }
    return {
      userId: user.id,
      email: user.email,
      sessionId: session!.id,
      planId: user.planId,
      requirementSlug: row.requirement_slug,
      progressId: row.id,
      progressVersion: row.version,
      customId: user.customIds[0] ?? "00000000-0000-4000-8000-000000000000",
      requirementSlugs: user.progressSlugs,
      customIds: user.customIds,
      calendarTokenHash: calendar.token_hash,
      emailTokenHash: token.token_hash,
      throttleBucket: throttle.bucket,
      throttleKey: throttle.key,
    };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function explainAll(
  url: string,
  params: QueryParams,
  seqScanRowLimit = 10_000,
): Promise<{ tableRows: Record<string, number>; queries: ExplainedQuery[] }> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const sizes = await sql<{ relname: string; rows: number }[]>`
      select c.relname, greatest(c.reltuples, 0)::bigint::int as rows
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' order by 1`;
    const tableRows = Object.fromEntries(sizes.map((size) => [size.relname, size.rows]));
    const queries: ExplainedQuery[] = [];
    for (const query of QUERIES) {
      const { text, values } = query.sql(params);
      const base = { name: query.name, source: query.source, usedBy: query.usedBy };
      try {
        const output = await sql
          .begin(async (tx) => {
            const rows = await tx.unsafe<{ "QUERY PLAN": ExplainOutput[] }[]>(
              `explain (analyze, buffers, format json) ${text}`,
              values as postgres.ParameterOrJSON<never>[],
            );
            throw Object.assign(new Error("rollback"), { output: rows[0]!["QUERY PLAN"][0]! });
          })
          .catch((error: Error & { output?: ExplainOutput }) => {
            if (error.output) return error.output;
            throw error;
          });
        const nodes: string[] = [];
        const seqScans: ExplainedQuery["seqScans"] = [];
        walk(output.Plan, (node) => {
          const on = node["Relation Name"] ? ` on ${node["Relation Name"]}` : "";
          const using = node["Index Name"] ? ` using ${node["Index Name"]}` : "";
          nodes.push(`${node["Node Type"]}${using}${on}`);
          if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) {
            seqScans.push({
              table: node["Relation Name"],
              rows: tableRows[node["Relation Name"]] ?? 0,
            });
          }
        });
        queries.push({
          ...base,
          nodes,
          seqScans,
          flagged: seqScans.some((scan) => scan.rows > seqScanRowLimit),
          planningMs: Math.round(output["Planning Time"] * 100) / 100,
          executionMs: Math.round(output["Execution Time"] * 100) / 100,
          triggers: (output.Triggers ?? []).map((trigger) => ({
            name: trigger["Trigger Name"],
            relation: trigger.Relation,
            ms: Math.round(trigger.Time * 100) / 100,
          })),
        });
      } catch (error) {
        queries.push({
          ...base,
          nodes: [],
          seqScans: [],
          flagged: false,
          planningMs: NaN,
          executionMs: NaN,
          triggers: [],
          error: String((error as Error).message ?? error),
        });
      }
    }
    return { tableRows, queries };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
