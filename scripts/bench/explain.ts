/**
 * EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) of exactly the statements the app sent while the
 * benchmark used it (captured by db/capture.ts), each inside a transaction that is rolled back
 * (writes change nothing). Flags any Seq Scan on a table with more than `seqScanRowLimit` rows.
 * The parameters are used for the EXPLAIN only: nothing returned or printed contains them.
 */
import postgres from "postgres";
import type { CapturedStatement } from "../../db/capture";

/** A distinct statement the app sent, with the flows (sign-in, dashboard, …) that sent it. */
export interface CapturedQuery extends CapturedStatement {
  flows: string[];
  /** How many times the flows sent it. */
  count: number;
}

export interface ExplainedQuery {
  /** The statement's text with its $1… placeholders (never the values). */
  text: string;
  flows: string[];
  count: number;
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

/** Transaction control and the like: nothing to plan. */
const NOT_PLANNABLE =
  /^\s*(begin|commit|rollback|savepoint|release|set |select 1\b|select pg_advisory)/i;

/** The distinct plannable statements of a capture, in first-sent order, grouped by text. */
export function distinctStatements(
  captured: readonly { flow: string; statement: CapturedStatement }[],
): CapturedQuery[] {
  const byText = new Map<string, CapturedQuery>();
  for (const { flow, statement } of captured) {
    if (NOT_PLANNABLE.test(statement.text)) continue;
    const text = statement.text.replace(/\s+/g, " ").trim();
    const known = byText.get(text);
    if (known) {
      known.count += 1;
      if (!known.flows.includes(flow)) known.flows.push(flow);
    } else {
      byText.set(text, { text, parameters: statement.parameters, flows: [flow], count: 1 });
    }
  }
  return [...byText.values()];
}

export async function explainAll(
  url: string,
  statements: readonly CapturedQuery[],
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
    for (const statement of statements) {
      const base = { text: statement.text, flows: statement.flows, count: statement.count };
      try {
        const output = await sql
          .begin(async (tx) => {
            const rows = await tx.unsafe<{ "QUERY PLAN": ExplainOutput[] }[]>(
              `explain (analyze, buffers, format json) ${statement.text}`,
              statement.parameters as postgres.ParameterOrJSON<never>[],
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
          // Postgres's message alone: it may quote a parameter in its DETAIL, which is not kept.
          error: String((error as Error).message ?? error).split("\n")[0]!,
        });
      }
    }
    return { tableRows, queries };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
