import { catalog, getPath, getRequirement } from "@/lib/catalog";
import type { RequirementNode } from "@/lib/catalog/types";
import { lookupFrom } from "./view";

function collectOneOfGroups(
  node: RequirementNode,
  into: Map<string, Set<string>>,
  seen: Set<string>,
) {
  if (node.type === "requirement") {
    const requirement = getRequirement(node.slug);
    if (requirement?.earnedBy && !seen.has(node.slug)) {
      seen.add(node.slug);
      collectOneOfGroups(requirement.earnedBy, into, seen);
    }
    return;
  }
  if (node.type === "oneOf") {
    into.set(
      node.key,
      new Set(node.items.flatMap((item) => (item.type === "requirement" ? [item.slug] : []))),
    );
  }
  for (const item of node.items) collectOneOfGroups(item, into, seen);
}

/** The "one of" choice points reachable from a path (its steps and its credentials' exams). */
export function oneOfGroupsOfPath(pathSlug: string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const path = getPath(pathSlug);
  if (!path) return groups;
  const seen = new Set<string>();
  for (const step of path.steps) collectOneOfGroups(step.satisfiedBy, groups, seen);
  return groups;
}

export const activeRequirementSlugs = new Set(
  catalog.requirements
    .filter((requirement) => !requirement.retired)
    .map((requirement) => requirement.slug),
);

/** Credentials an exam pass can count under (FE: RDMS or RDCS). */
export function credentialsUsingExam(examSlug: string): string[] {
  const uses = (node: RequirementNode): boolean =>
    node.type === "requirement" ? node.slug === examSlug : node.items.some(uses);
  return catalog.requirements
    .filter(
      (requirement) =>
        requirement.kind === "credential" && requirement.earnedBy && uses(requirement.earnedBy),
    )
    .map((requirement) => requirement.slug);
}

/** Lookups over the real catalog, for server-rendered catalog pages. */
export const catalogLookup = lookupFrom(catalog);
