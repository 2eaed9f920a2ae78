/** Walking the catalog's requirement trees (allOf / oneOf groups over requirement slugs). */
import type { RequirementNode } from "./types";

/** Calls `visit` for every node of a tree, parents before children. */
export function walkTree(node: RequirementNode, visit: (node: RequirementNode) => void): void {
  visit(node);
  if (node.type !== "requirement") for (const item of node.items) walkTree(item, visit);
}

/** Every requirement slug named in the tree, in order, without repeats. */
export function leafSlugs(node: RequirementNode): string[] {
  const slugs: string[] = [];
  walkTree(node, (n) => {
    if (n.type === "requirement" && !slugs.includes(n.slug)) slugs.push(n.slug);
  });
  return slugs;
}

/**
 * Like `walkTree`, and on into each named requirement's own `earnedBy` tree (a credential brings
 * in its exams), each requirement's tree once.
 */
export function walkReachable(
  node: RequirementNode,
  requirementOf: (slug: string) => { earnedBy?: RequirementNode } | undefined,
  visit: (node: RequirementNode) => void,
  expanded: Set<string> = new Set(),
): void {
  walkTree(node, (n) => {
    visit(n);
    if (n.type !== "requirement" || expanded.has(n.slug)) return;
    expanded.add(n.slug);
    const earnedBy = requirementOf(n.slug)?.earnedBy;
    if (earnedBy) walkReachable(earnedBy, requirementOf, visit, expanded);
  });
}
