/** Helpers for the catalog's requirement trees (allOf / oneOf). */
import type { RequirementNode } from "@/lib/catalog/types";
import { earliestDate, latestDate } from "@/lib/dates";

export interface NodeResult {
  satisfied: boolean;
  /** When it became satisfied; null when not satisfied or when a needed date is unknown. */
  date: string | null;
}

export { leafSlugs } from "@/lib/catalog/tree";

/**
 * Evaluates a tree from its leaves. allOf: all children, dated by the last of them (unknown if any
 * date is unknown). oneOf: any child, dated by the earliest known date among the satisfied ones.
 */
export function evaluateTree(
  node: RequirementNode,
  leaf: (slug: string) => NodeResult,
): NodeResult {
  if (node.type === "requirement") return leaf(node.slug);
  const results = node.items.map((item) => evaluateTree(item, leaf));
  if (node.type === "allOf") {
    if (!results.every((r) => r.satisfied)) return { satisfied: false, date: null };
    const dates = results.map((r) => r.date);
    return {
      satisfied: true,
      date: dates.every((d): d is string => d !== null) ? latestDate(dates) : null,
    };
  }
  const satisfied = results.filter((r) => r.satisfied);
  if (satisfied.length === 0) return { satisfied: false, date: null };
  return {
    satisfied: true,
    date: earliestDate(satisfied.map((r) => r.date).filter((d): d is string => d !== null)),
  };
}
