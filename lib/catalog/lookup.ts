import { catalog, getPath, getRequirement } from "@/lib/catalog";
import { leafSlugs, walkReachable } from "./tree";
import { lookupFrom } from "./view";

/** The "one of" choice points reachable from a path (its steps and its credentials' exams). */
export function oneOfGroupsOfPath(pathSlug: string): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  const path = getPath(pathSlug);
  if (!path) return groups;
  const expanded = new Set<string>();
  for (const step of path.steps) {
    walkReachable(
      step.satisfiedBy,
      getRequirement,
      (node) => {
        if (node.type !== "oneOf") return;
        const options = node.items.flatMap((item) =>
          item.type === "requirement" ? [item.slug] : [],
        );
        groups.set(node.key, new Set(options));
      },
      expanded,
    );
  }
  return groups;
}

export const activeRequirementSlugs = new Set(
  catalog.requirements
    .filter((requirement) => !requirement.retired)
    .map((requirement) => requirement.slug),
);

/** Credentials an exam pass can count under (FE: RDMS or RDCS). */
export function credentialsUsingExam(examSlug: string): string[] {
  return catalog.requirements
    .filter(
      (requirement) =>
        requirement.kind === "credential" &&
        requirement.earnedBy &&
        leafSlugs(requirement.earnedBy).includes(examSlug),
    )
    .map((requirement) => requirement.slug);
}

/** Lookups over the real catalog, for server-rendered catalog pages. */
export const catalogLookup = lookupFrom(catalog);
