import { catalog, getIssuer } from "@/lib/catalog";
import type { CatalogRequirement } from "@/lib/catalog/types";

/** What a sonographer can say they already hold: exams, credentials and degrees, by issuer. */
export function holdableRequirementGroups(): {
  issuer: string;
  requirements: CatalogRequirement[];
}[] {
  const holdable = catalog.requirements.filter(
    (requirement) =>
      !requirement.retired &&
      (requirement.kind === "exam" ||
        requirement.kind === "credential" ||
        requirement.kind === "degree"),
  );
  const groups = new Map<string, CatalogRequirement[]>();
  for (const requirement of holdable) {
    const label =
      requirement.kind === "degree"
        ? "Degrees"
        : (getIssuer(requirement.issuer)?.abbreviation ?? requirement.issuer);
    groups.set(label, [...(groups.get(label) ?? []), requirement]);
  }
  return [...groups.entries()].map(([issuer, requirements]) => ({ issuer, requirements }));
}

export const holdableSlugs = new Set(
  holdableRequirementGroups().flatMap((group) => group.requirements.map((r) => r.slug)),
);
