/**
 * The career catalog, assembled from the files in this folder, plus lookup helpers.
 * Keep this module free of Node-only imports: client-rendered pages and the seed both import it.
 */
import { eligibilityData } from "./eligibility-routes";
import { issuers } from "./issuers";
import { advancedCardiacSonographer } from "./paths/advanced-cardiac-sonographer";
import { breastSonographer } from "./paths/breast-sonographer";
import { clinicalApplicationsSpecialist } from "./paths/clinical-applications-specialist";
import { clinicalEducator } from "./paths/clinical-educator";
import { diagnosticImagingManager } from "./paths/diagnostic-imaging-manager";
import { echocardiographer } from "./paths/echocardiographer";
import { leadSonographer } from "./paths/lead-sonographer";
import { mskSonographer } from "./paths/msk-sonographer";
import { pacsAdministrator } from "./paths/pacs-administrator";
import { pediatricCongenitalSonographer } from "./paths/pediatric-congenital-sonographer";
import { sonographyProgramDirector } from "./paths/sonography-program-director";
import { vascularTechnologist } from "./paths/vascular-technologist";
import { abiiRequirements } from "./requirements/abii";
import { ahraRequirements } from "./requirements/ahra";
import { ardmsRequirements } from "./requirements/ardms";
import { arrtRequirements } from "./requirements/arrt";
import { cciRequirements } from "./requirements/cci";
import { compositeRequirements } from "./requirements/composite";
import { educationRequirements } from "./requirements/education";
import { experienceRequirements } from "./requirements/experience";
import { parcaRequirements } from "./requirements/parca";
import { maintenanceRules, windowRules } from "./rules";
import { sources } from "./sources";
import { upkeepRules } from "./upkeep";
import type {
  Catalog,
  CatalogPath,
  CatalogRequirement,
  EligibilityRouteRule,
  Issuer,
  MaintenanceRule,
  Source,
  UpkeepRule,
  WindowRule,
} from "./types";
import { walkReachable } from "./tree";

export const catalog: Catalog = {
  sources,
  issuers,
  requirements: [
    ...ardmsRequirements,
    ...cciRequirements,
    ...arrtRequirements,
    ...parcaRequirements,
    ...abiiRequirements,
    ...ahraRequirements,
    ...educationRequirements,
    ...experienceRequirements,
    ...compositeRequirements,
  ],
  windowRules,
  maintenanceRules,
  paths: [
    // The four paths from the study.com article first, in the article's order.
    echocardiographer,
    pacsAdministrator,
    clinicalEducator,
    diagnosticImagingManager,
    vascularTechnologist,
    breastSonographer,
    mskSonographer,
    pediatricCongenitalSonographer,
    advancedCardiacSonographer,
    leadSonographer,
    clinicalApplicationsSpecialist,
    sonographyProgramDirector,
  ],
  upkeepRules,
  eligibility: eligibilityData,
};

function bySlug<T extends { slug: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.slug, item]));
}

const pathsBySlug = bySlug(catalog.paths);
const requirementsBySlug = bySlug(catalog.requirements);
const issuersBySlug = bySlug(catalog.issuers);
const sourcesBySlug = bySlug(catalog.sources);
const windowRulesBySlug = bySlug(catalog.windowRules);
const maintenanceRulesBySlug = bySlug(catalog.maintenanceRules);
const upkeepRulesBySlug = bySlug(upkeepRules);

export function getPath(slug: string): CatalogPath | undefined {
  return pathsBySlug.get(slug);
}

export function getRequirement(slug: string): CatalogRequirement | undefined {
  return requirementsBySlug.get(slug);
}

export function getIssuer(slug: string): Issuer | undefined {
  return issuersBySlug.get(slug);
}

export function getSource(slug: string): Source | undefined {
  return sourcesBySlug.get(slug);
}

export function getWindowRule(slug: string): WindowRule | undefined {
  return windowRulesBySlug.get(slug);
}

export function getMaintenanceRule(slug: string): MaintenanceRule | undefined {
  return maintenanceRulesBySlug.get(slug);
}

export function getUpkeepRule(slug: string): UpkeepRule | undefined {
  return upkeepRulesBySlug.get(slug);
}

const routesByTarget: ReadonlyMap<string, readonly EligibilityRouteRule[]> = (() => {
  const index = new Map<string, EligibilityRouteRule[]>();
  for (const route of eligibilityData.routes) {
    const list = index.get(route.target);
    if (list) list.push(route);
    else index.set(route.target, [route]);
  }
  return index;
})();

/** The eligibility routes (rows of the issuer's chart) that open an exam or credential. */
export function eligibilityRoutesFor(target: string): readonly EligibilityRouteRule[] {
  return routesByTarget.get(target) ?? [];
}

export {
  ARDMS_SPECIALTY_EXAMS,
  ardmsFullTimeYear,
  ciipPointTable,
  craPointTable,
  eligibilityData,
  eligibilityRoutes,
  outsideCredentials,
} from "./eligibility-routes";

const pathsByRequirement: ReadonlyMap<string, readonly CatalogPath[]> = (() => {
  const index = new Map<string, CatalogPath[]>();
  for (const path of catalog.paths) {
    const reached = new Set<string>();
    for (const step of path.steps) {
      walkReachable(
        step.satisfiedBy,
        (slug) => requirementsBySlug.get(slug),
        (node) => void (node.type === "requirement" && reached.add(node.slug)),
      );
    }
    for (const slug of reached) {
      const list = index.get(slug);
      if (list) list.push(path);
      else index.set(slug, [path]);
    }
  }
  return index;
})();

/** Paths whose steps reference the requirement directly or through a credential's `earnedBy`. */
export function pathsUsingRequirement(slug: string): readonly CatalogPath[] {
  return pathsByRequirement.get(slug) ?? [];
}

export {
  ASSUMED,
  CE_CATEGORIES,
  CE_CATEGORY_LABELS,
  CRA_DOMAINS,
  CRA_DOMAIN_LABELS,
  UPKEEP_CHECKED_ON,
  upkeepRuleFor,
  upkeepRules,
} from "./upkeep";
export type * from "./types";
