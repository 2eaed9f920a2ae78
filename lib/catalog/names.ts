/** How a requirement is named to people: one place, so every page and message agrees. */
import type { CatalogRequirement } from "./types";

/** "SPI" where the issuer has a code, the name otherwise (the slug if it is not in the catalog). */
export function shortName(requirement: CatalogRequirement | undefined, slug = ""): string {
  return requirement?.code ?? requirement?.name ?? slug;
}

/** "Sonography Principles and Instrumentation (SPI)": the name, with the code when it adds one. */
export function fullName(requirement: CatalogRequirement): string {
  return requirement.code && !requirement.name.includes(requirement.code)
    ? `${requirement.name} (${requirement.code})`
    : requirement.name;
}
