/**
 * Consistency checks for the career catalog. Pure: no database, no Node-only imports, so it runs
 * in unit tests, in the seed and anywhere else the catalog is loaded.
 */
import type {
  Catalog,
  CatalogRequirement,
  CeCategory,
  CreditPool,
  EligibilityData,
  Provenance,
  RelativeDate,
  RequirementNode,
  UpkeepRule,
} from "@/lib/catalog/types";
import { CE_CATEGORIES } from "@/lib/catalog/upkeep";
import { leafSlugs, walkTree } from "@/lib/catalog/tree";

export interface CatalogProblem {
  code: string;
  message: string;
}

/** The four paths whose pay and outlook figures come from the 2019 study.com article. */
export const ARTICLE_PATH_SLUGS: readonly string[] = [
  "echocardiographer",
  "pacs-administrator",
  "clinical-educator",
  "diagnostic-imaging-manager",
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A requirement's direct dependencies: its prerequisites and the requirements in its earnedBy. */
function dependenciesOf(requirement: CatalogRequirement): string[] {
  return [
    ...(requirement.prerequisites ?? []).map((p) => p.slug),
    ...(requirement.earnedBy ? leafSlugs(requirement.earnedBy) : []),
  ];
}

/**
 * Cycles in the dependency graph (prerequisites plus earnedBy edges). Each cycle is reported once,
 * as its slugs in order, starting from the alphabetically first one.
 */
export function findPrerequisiteCycles(catalog: Catalog): string[][] {
  const bySlug = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const seen = new Set<string>();
  const cycles: string[][] = [];

  const visit = (slug: string): void => {
    state.set(slug, "visiting");
    stack.push(slug);
    const requirement = bySlug.get(slug);
    for (const next of requirement ? dependenciesOf(requirement) : []) {
      if (!bySlug.has(next)) continue; // reported as an unknown reference elsewhere
      const nextState = state.get(next);
      if (nextState === "visiting") {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0] ?? next);
        const normalized = [...cycle.slice(start), ...cycle.slice(0, start)];
        const id = normalized.join(" -> ");
        if (!seen.has(id)) {
          seen.add(id);
          cycles.push(normalized);
        }
      } else if (nextState === undefined) {
        visit(next);
      }
    }
    stack.pop();
    state.set(slug, "done");
  };

  for (const requirement of catalog.requirements) {
    if (!state.has(requirement.slug)) visit(requirement.slug);
  }
  return cycles;
}

/**
 * Builds a memoized satisfiability test over the catalog's requirements. A requirement is
 * satisfiable if it exists, is not retired, and its prerequisites and earnedBy are satisfiable.
 * A requirement met while it is still being evaluated (a cycle) counts as unsatisfiable.
 */
function satisfiabilityTester(catalog: Catalog): (node: RequirementNode) => boolean {
  const bySlug = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const memo = new Map<string, boolean>();
  const inProgress = new Set<string>();

  const requirementOk = (slug: string): boolean => {
    const cached = memo.get(slug);
    if (cached !== undefined) return cached;
    if (inProgress.has(slug)) return false;
    const requirement = bySlug.get(slug);
    if (!requirement || requirement.retired) {
      memo.set(slug, false);
      return false;
    }
    inProgress.add(slug);
    const ok =
      (requirement.prerequisites ?? []).every((p) => requirementOk(p.slug)) &&
      (requirement.earnedBy === undefined || nodeOk(requirement.earnedBy));
    inProgress.delete(slug);
    memo.set(slug, ok);
    return ok;
  };

  const nodeOk = (node: RequirementNode): boolean => {
    switch (node.type) {
      case "requirement":
        return requirementOk(node.slug);
      case "allOf":
        return node.items.every(nodeOk);
      case "oneOf":
        return node.items.length > 0 && node.items.some(nodeOk);
    }
  };

  return nodeOk;
}

/** True when every step of the path can be met using existing, non-retired requirements. */
export function isPathSatisfiable(catalog: Catalog, slug: string): boolean {
  const path = catalog.paths.find((p) => p.slug === slug);
  if (!path) return false;
  const nodeOk = satisfiabilityTester(catalog);
  return path.steps.every((step) => nodeOk(step.satisfiedBy));
}

export function checkCatalog(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const report = (code: string, message: string) => problems.push({ code, message });

  // Unique slugs within each collection.
  const checkUnique = (what: string, slugs: readonly string[]) => {
    const seen = new Set<string>();
    for (const slug of slugs) {
      if (seen.has(slug)) report("duplicate-slug", `Duplicate ${what} slug "${slug}".`);
      seen.add(slug);
    }
  };
  checkUnique(
    "requirement",
    catalog.requirements.map((r) => r.slug),
  );
  checkUnique(
    "path",
    catalog.paths.map((p) => p.slug),
  );
  checkUnique(
    "source",
    catalog.sources.map((s) => s.slug),
  );
  checkUnique(
    "issuer",
    catalog.issuers.map((i) => i.slug),
  );
  checkUnique(
    "window rule",
    catalog.windowRules.map((r) => r.slug),
  );
  checkUnique(
    "maintenance rule",
    catalog.maintenanceRules.map((r) => r.slug),
  );

  const requirementSlugs = new Set(catalog.requirements.map((r) => r.slug));
  const sourceSlugs = new Set(catalog.sources.map((s) => s.slug));
  const issuerSlugs = new Set<string>(catalog.issuers.map((i) => i.slug));
  const windowRuleSlugs = new Set(catalog.windowRules.map((r) => r.slug));
  const maintenanceSlugs = new Set(catalog.maintenanceRules.map((r) => r.slug));
  const retiredSlugs = new Set(catalog.requirements.filter((r) => r.retired).map((r) => r.slug));

  // Provenance: sources exist, a source or an explanatory note, a valid checkedOn date.
  const checkProvenance = (where: string, provenance: Provenance) => {
    for (const source of provenance.sources) {
      if (!sourceSlugs.has(source)) {
        report("unknown-source", `${where} cites unknown source "${source}".`);
      }
    }
    const hasNote = (provenance.note ?? "").trim().length > 0;
    if (provenance.sources.length === 0 && !(provenance.confidence === "unverified" && hasNote)) {
      report(
        "unsupported-fact",
        `${where} has no source; a fact without a source must be "unverified" and carry a note saying what is unknown.`,
      );
    }
    if (!isIsoDate(provenance.checkedOn)) {
      report(
        "invalid-date",
        `${where} has checkedOn "${provenance.checkedOn}", not a YYYY-MM-DD date.`,
      );
    }
  };

  // Requirement trees: known slugs, unique group keys, no empty groups.
  const groupKeys = new Map<string, string>();
  const checkTree = (where: string, tree: RequirementNode) => {
    walkTree(tree, (node) => {
      if (node.type === "requirement") {
        if (!requirementSlugs.has(node.slug)) {
          report("unknown-requirement", `${where} refers to unknown requirement "${node.slug}".`);
        }
        return;
      }
      const previous = groupKeys.get(node.key);
      if (previous !== undefined) {
        report(
          "duplicate-group-key",
          `Group key "${node.key}" is used by ${previous} and again by ${where}.`,
        );
      } else {
        groupKeys.set(node.key, where);
      }
      if (node.items.length === 0) {
        report("empty-group", `Group "${node.key}" in ${where} has no items.`);
      }
    });
  };

  const checkIssuer = (where: string, issuer: string) => {
    if (!issuerSlugs.has(issuer))
      report("unknown-issuer", `${where} names unknown issuer "${issuer}".`);
  };

  for (const r of catalog.requirements) {
    const where = `Requirement "${r.slug}"`;
    checkIssuer(where, r.issuer);
    checkProvenance(where, r.provenance);
    r.details.forEach((f, i) => checkProvenance(`${where} detail ${i + 1}`, f));
    r.eligibility?.forEach((e) => checkProvenance(`${where} eligibility "${e.name}"`, e));
    r.fees?.forEach((f) => checkProvenance(`${where} fee "${f.label}"`, f));
    if (r.experience) checkProvenance(`${where} experience`, r.experience);
    checkProvenance(`${where} typical duration`, r.typicalDuration);
    if (r.earnedBy) checkTree(`${where} earnedBy`, r.earnedBy);
    for (const p of r.prerequisites ?? []) {
      if (!requirementSlugs.has(p.slug)) {
        report("unknown-prerequisite", `${where} has unknown prerequisite "${p.slug}".`);
      }
    }
    if (r.windowRule !== undefined && !windowRuleSlugs.has(r.windowRule)) {
      report("unknown-window-rule", `${where} names unknown window rule "${r.windowRule}".`);
    }
    if (r.maintenance !== undefined && !maintenanceSlugs.has(r.maintenance)) {
      report(
        "unknown-maintenance-rule",
        `${where} names unknown maintenance rule "${r.maintenance}".`,
      );
    }
    if (r.retired && !isIsoDate(r.retired.on)) {
      report("invalid-date", `${where} has retired.on "${r.retired.on}", not a YYYY-MM-DD date.`);
    }
  }

  for (const rule of catalog.windowRules) {
    const where = `Window rule "${rule.slug}"`;
    checkIssuer(where, rule.issuer);
    checkProvenance(where, rule);
    for (const slug of rule.appliesTo) {
      if (!requirementSlugs.has(slug)) {
        report("unknown-applies-to", `${where} applies to unknown requirement "${slug}".`);
      }
    }
  }

  for (const rule of catalog.maintenanceRules) {
    const where = `Maintenance rule "${rule.slug}"`;
    checkIssuer(where, rule.issuer);
    checkProvenance(where, rule);
    if (rule.renewalFee) checkProvenance(`${where} renewal fee`, rule.renewalFee);
    if (rule.credits) checkProvenance(`${where} credits`, rule.credits);
    rule.details.forEach((f, i) => checkProvenance(`${where} detail ${i + 1}`, f));
    for (const slug of rule.appliesTo) {
      if (!requirementSlugs.has(slug)) {
        report("unknown-applies-to", `${where} applies to unknown requirement "${slug}".`);
      }
    }
  }

  if (catalog.upkeepRules) {
    for (const problem of checkUpkeepRules(catalog, catalog.upkeepRules, checkProvenance)) {
      problems.push(problem);
    }
  }
  checkEligibility(catalog, checkProvenance, report);

  // Dependency cycles.
  for (const cycle of findPrerequisiteCycles(catalog)) {
    report(
      "prerequisite-cycle",
      `Requirements depend on each other in a cycle: ${[...cycle, cycle[0]].join(" -> ")}.`,
    );
  }

  // Paths.
  const nodeOk = satisfiabilityTester(catalog);
  const articlePaths = new Set(ARTICLE_PATH_SLUGS);
  const pathSlugs = new Set(catalog.paths.map((p) => p.slug));
  for (const slug of ARTICLE_PATH_SLUGS) {
    if (!pathSlugs.has(slug)) report("article-figures", `Article path "${slug}" is missing.`);
  }

  for (const path of catalog.paths) {
    const where = `Path "${path.slug}"`;
    checkProvenance(where, path.provenance);
    if (path.figures.bls) checkProvenance(`${where} BLS figures`, path.figures.bls);

    const article = path.figures.article;
    if (articlePaths.has(path.slug) && !article) {
      report("article-figures", `${where} is an article path but has no article figures.`);
    }
    if (!articlePaths.has(path.slug) && article) {
      report(
        "article-figures",
        `${where} has article figures but is not one of the article paths.`,
      );
    }
    if (article && !sourceSlugs.has(article.source)) {
      report("unknown-source", `${where} article figures cite unknown source "${article.source}".`);
    }

    for (const slug of path.maintenance) {
      if (!maintenanceSlugs.has(slug)) {
        report("unknown-maintenance-rule", `${where} names unknown maintenance rule "${slug}".`);
      }
    }

    const stepKeys = new Set<string>();
    for (const step of path.steps) {
      const stepWhere = `${where} step "${step.key}"`;
      if (stepKeys.has(step.key)) report("duplicate-step-key", `${stepWhere} appears twice.`);
      stepKeys.add(step.key);
      checkTree(stepWhere, step.satisfiedBy);
      for (const slug of leafSlugs(step.satisfiedBy)) {
        if (retiredSlugs.has(slug)) {
          report("retired-in-path", `${stepWhere} refers to retired requirement "${slug}".`);
        }
      }
      if (!nodeOk(step.satisfiedBy)) {
        report(
          "unsatisfiable-path",
          `${stepWhere} cannot be met: every option is retired, missing, empty or cyclic.`,
        );
      }
    }
  }

  return problems;
}

// ---- Upkeep rules -------------------------------------------------------------------------------

const KNOWN_CATEGORIES = new Set<string>(CE_CATEGORIES.map((c) => c.value));

/** True when a month/day pair names a day that exists in some year (29 February does). */
function isMonthDay(month: number, day: number | "last"): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === "last") return true;
  return (
    Number.isInteger(day) &&
    day >= 1 &&
    isIsoDate(`2028-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)
  );
}

function isValidRelativeDate(rule: RelativeDate): boolean {
  switch (rule.kind) {
    case "days_after":
      return Number.isInteger(rule.days) && rule.days > 0;
    case "months_after":
      return Number.isInteger(rule.months) && rule.months > 0;
    case "next_month_day":
      return isMonthDay(rule.month, rule.day);
  }
}

function poolCategories(pool: CreditPool): readonly CeCategory[] {
  return pool.kind === "categories" || pool.kind === "other_categories" ? pool.categories : [];
}

/**
 * Upkeep rules: provenance on every fact (and a note on every unverified one, since those are the
 * open questions), known sources, credentials, exams and maintenance rules, one rule per body and
 * per credential, sane numbers and dates.
 */
function checkUpkeepRules(
  catalog: Catalog,
  rules: readonly UpkeepRule[],
  checkProvenance: (where: string, provenance: Provenance) => void,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const report = (code: string, message: string) => problems.push({ code, message });
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const maintenanceSlugs = new Set(catalog.maintenanceRules.map((r) => r.slug));
  const bodies = new Map<string, string>();
  const slugs = new Set<string>();
  const coveredBy = new Map<string, string>();

  for (const rule of rules) {
    const where = `Upkeep rule "${rule.slug}"`;
    const fact = (what: string, provenance: Provenance) => {
      const at = what === "" ? where : `${where} ${what}`;
      checkProvenance(at, provenance);
      if (provenance.confidence === "unverified" && (provenance.note ?? "").trim() === "") {
        report(
          "unverified-without-note",
          `${at} is unverified but has no note saying what is unknown.`,
        );
      }
    };
    const date = (what: string, relative: RelativeDate) => {
      if (!isValidRelativeDate(relative)) {
        report("invalid-relative-date", `${where} ${what} is not a valid relative date.`);
      }
    };
    const categories = (what: string, list: readonly string[]) => {
      for (const category of list) {
        if (!KNOWN_CATEGORIES.has(category)) {
          report("unknown-category", `${where} ${what} names unknown CE category "${category}".`);
        }
      }
    };

    if (slugs.has(rule.slug))
      report("duplicate-slug", `Duplicate upkeep rule slug "${rule.slug}".`);
    slugs.add(rule.slug);
    const previous = bodies.get(rule.body);
    if (previous !== undefined) {
      report("duplicate-upkeep-body", `${where} and "${previous}" are both for ${rule.body}.`);
    }
    bodies.set(rule.body, rule.slug);
    if (!catalog.issuers.some((issuer) => issuer.slug === rule.body)) {
      report("unknown-issuer", `${where} names unknown issuer "${rule.body}".`);
    }
    if (!maintenanceSlugs.has(rule.maintenanceRule)) {
      report(
        "unknown-maintenance-rule",
        `${where} names unknown maintenance rule "${rule.maintenanceRule}".`,
      );
    }

    for (const slug of rule.appliesTo) {
      const requirement = requirements.get(slug);
      if (!requirement || requirement.kind !== "credential") {
        report(
          "unknown-applies-to",
          `${where} applies to "${slug}", which is not a catalog credential.`,
        );
        continue;
      }
      if (requirement.issuer !== rule.body) {
        report(
          "upkeep-issuer-mismatch",
          `${where} is for ${rule.body} but covers "${slug}" from ${requirement.issuer}.`,
        );
      }
      if (requirement.maintenance !== rule.maintenanceRule) {
        report(
          "upkeep-maintenance-mismatch",
          `${where} details "${rule.maintenanceRule}" but "${slug}" names maintenance rule "${requirement.maintenance ?? "(none)"}".`,
        );
      }
      const other = coveredBy.get(slug);
      if (other !== undefined) {
        report(
          "duplicate-upkeep-credential",
          `"${slug}" is covered by both "${other}" and "${rule.slug}".`,
        );
      }
      coveredBy.set(slug, rule.slug);
    }

    fact("", rule);
    fact("cycle", rule.cycle);
    if (!Number.isInteger(rule.cycle.pattern.years) || rule.cycle.pattern.years < 1) {
      report(
        "invalid-upkeep-number",
        `${where} cycle has a period of ${rule.cycle.pattern.years} years.`,
      );
    }
    if (rule.firstPeriod) fact("first period", rule.firstPeriod);

    const credits = rule.credits;
    if (rule.requirementKind === "credits" && !credits) {
      report("missing-credits", `${where} asks for credits but has no credit rule.`);
    }
    if (credits) {
      fact("credits", credits);
      if (!(credits.total > 0))
        report("invalid-upkeep-number", `${where} requires ${credits.total} credits.`);
      credits.alternatives.forEach((alternative, i) => {
        fact(`alternative ${i + 1}`, alternative);
        if (!(alternative.total > 0)) {
          report(
            "invalid-upkeep-number",
            `${where} alternative ${i + 1} requires ${alternative.total}.`,
          );
        }
      });
      const minimumByKey = new Map<string, number>();
      credits.minimums.forEach((minimum, i) => {
        const what = `minimum "${minimum.key}" (${i + 1})`;
        fact(what, minimum);
        categories(what, poolCategories(minimum.pool));
        if (minimum.pool.kind === "other_categories" || minimum.pool.kind === "each_cra_domain") {
          report("invalid-pool", `${where} ${what} cannot use a "${minimum.pool.kind}" pool.`);
        }
        for (const slug of minimum.whenHolding ?? []) {
          if (!rule.appliesTo.includes(slug)) {
            report(
              "unknown-applies-to",
              `${where} ${what} names "${slug}", which the rule does not cover.`,
            );
          }
        }
        minimumByKey.set(
          minimum.key,
          Math.max(minimumByKey.get(minimum.key) ?? 0, minimum.minimum),
        );
        if (!(minimum.minimum > 0))
          report("invalid-upkeep-number", `${where} ${what} is not positive.`);
      });
      const minimumSum = [...minimumByKey.values()].reduce((sum, n) => sum + n, 0);
      if (minimumSum > credits.total) {
        report(
          "invalid-upkeep-number",
          `${where} minimums add up to ${minimumSum}, more than the total ${credits.total}.`,
        );
      }
      credits.caps.forEach((cap, i) => {
        const what = `cap "${cap.key}"`;
        fact(what, cap);
        categories(what, poolCategories(cap.pool));
        if (!(cap.maximum > 0))
          report("invalid-upkeep-number", `${where} ${what} is not positive.`);
        if (i > 0 && credits.caps.slice(0, i).some((c) => c.key === cap.key)) {
          report("duplicate-slug", `${where} has two caps keyed "${cap.key}".`);
        }
      });
      credits.waivers.forEach((waiver) => {
        const what = `waiver "${waiver.key}"`;
        fact(what, waiver);
        if (!(waiver.amount > 0))
          report("invalid-upkeep-number", `${where} ${what} is not positive.`);
        if (waiver.reducesMinimums) {
          // The engine keeps category minimums in full; a waiver that lowers them needs new code.
          report(
            "unsupported-upkeep-rule",
            `${where} ${what} lowers minimums, which the engine does not do.`,
          );
        }
        for (const exam of waiver.exams) {
          if (requirements.get(exam)?.kind !== "exam") {
            report(
              "unknown-requirement",
              `${where} ${what} names "${exam}", which is not a catalog exam.`,
            );
          }
        }
      });
      credits.grants.forEach((grant) => {
        fact(`grant "${grant.key}"`, grant);
        if (!(grant.amount > 0))
          report("invalid-upkeep-number", `${where} grant "${grant.key}" is not positive.`);
      });
      if (credits.acceptsByDefault !== "all")
        categories("acceptsByDefault", credits.acceptsByDefault);
    }

    if (rule.fee) {
      fact("fee", rule.fee);
      if (!(rule.fee.usd > 0)) report("invalid-upkeep-number", `${where} fee is not positive.`);
      if (rule.fee.due.kind === "yearly" && !isMonthDay(rule.fee.due.month, rule.fee.due.day)) {
        report("invalid-relative-date", `${where} fee falls due on a day that does not exist.`);
      }
      rule.fee.lateWindows.forEach((window, i) => {
        fact(`fee late window ${i + 1}`, window);
        date(`fee late window ${i + 1}`, window.until);
      });
    }
    if (rule.grace) {
      fact("grace", rule.grace);
      date("grace", rule.grace.until);
    }
    if (rule.uploadBy) {
      fact("upload deadline", rule.uploadBy);
      date("upload deadline", rule.uploadBy.after);
    }
    if (rule.makeUp) {
      fact("make-up window", rule.makeUp);
      date("make-up window", rule.makeUp.within);
    }
    if (rule.auditReinstatement) {
      fact("audit reinstatement", rule.auditReinstatement);
      date("audit reinstatement submission", rule.auditReinstatement.submitBy);
      date("audit reinstatement final deadline", rule.auditReinstatement.finalBy);
    }
    for (const requirement of rule.longCycle) {
      fact(`long cycle "${requirement.key}"`, requirement);
      if (
        requirement.forCredentialsEarnedFrom !== undefined &&
        !isIsoDate(requirement.forCredentialsEarnedFrom)
      ) {
        report(
          "invalid-date",
          `${where} long cycle "${requirement.key}" has an invalid start date.`,
        );
      }
    }
    rule.details.forEach((detail, i) => fact(`detail ${i + 1}`, detail));
  }

  // Every held credential that has a maintenance rule with an upkeep rule is covered.
  const detailed = new Set(rules.map((rule) => rule.maintenanceRule));
  for (const requirement of catalog.requirements) {
    if (
      requirement.kind === "credential" &&
      requirement.maintenance !== undefined &&
      detailed.has(requirement.maintenance) &&
      !coveredBy.has(requirement.slug)
    ) {
      report(
        "credential-without-upkeep",
        `Credential "${requirement.slug}" uses "${requirement.maintenance}" but no upkeep rule covers it.`,
      );
    }
  }
  return problems;
}

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Eligibility routes: every route has provenance whose sources resolve, unverified parts say what
 * is unknown, and every slug a route names resolves. Coverage (every exam and credential has a
 * route) is `requirementsWithoutEligibility`, kept apart so fixture catalogs need no routes.
 */
function checkEligibility(
  catalog: Catalog,
  checkProvenance: (where: string, provenance: Provenance) => void,
  report: (code: string, message: string) => void,
): void {
  const data: EligibilityData | undefined = catalog.eligibility;
  if (!data) return;
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const outside = new Set(data.outsideCredentials.map((c) => c.slug));
  const credentialKnown = (slug: string) => requirements.has(slug) || outside.has(slug);

  const needsNote = (where: string, provenance: Provenance) => {
    if (provenance.confidence === "unverified" && !(provenance.note ?? "").trim()) {
      report("unverified-without-note", `${where} is unverified but does not say what is unknown.`);
    }
  };

  const seen = new Set<string>();
  for (const route of data.routes) {
    const where = `Eligibility route "${route.id}"`;
    if (seen.has(route.id))
      report("duplicate-slug", `Duplicate eligibility route id "${route.id}".`);
    seen.add(route.id);
    checkProvenance(where, route);
    needsNote(where, route);
    route.documents.forEach((f, i) => checkProvenance(`${where} document ${i + 1}`, f));
    route.timing?.forEach((f, i) => checkProvenance(`${where} timing ${i + 1}`, f));
    route.fees?.forEach((f) => checkProvenance(`${where} fee "${f.label}"`, f));

    const target = requirements.get(route.target);
    if (!target) {
      report("unknown-requirement", `${where} opens unknown requirement "${route.target}".`);
    } else if (target.kind !== "exam" && target.kind !== "credential") {
      report("route-target-kind", `${where} opens "${route.target}", which is a ${target.kind}.`);
    } else if (target.retired) {
      report("retired-in-route", `${where} opens retired requirement "${route.target}".`);
    }
    if (route.closed && !isIsoDate(route.closed.on)) {
      report("invalid-date", `${where} has closed.on "${route.closed.on}", not a YYYY-MM-DD date.`);
    }
    for (const window of route.applicationWindows ?? []) {
      if (!MONTH_DAY.test(window.receivedFrom) || !MONTH_DAY.test(window.receivedTo)) {
        report("invalid-date", `${where} has an application window that is not MM-DD.`);
      }
    }

    route.conditions.forEach((part, i) => {
      const partWhere = `${where} condition ${i + 1} (${part.condition.kind})`;
      const confidence = part.confidence ?? route.confidence;
      if (confidence === "unverified" && !(part.note ?? route.note ?? "").trim()) {
        report("unverified-without-note", `${partWhere} is unverified but does not say why.`);
      }
      for (const slug of [part.requirementSlug, part.educationSlug]) {
        if (slug !== undefined && !requirements.has(slug)) {
          report("unknown-requirement", `${partWhere} names unknown requirement "${slug}".`);
        }
      }
      const condition = part.condition;
      if (condition.kind === "credential") {
        if (condition.anyOf.length === 0)
          report("empty-group", `${partWhere} lists no credential.`);
        for (const option of condition.anyOf) {
          for (const slug of option.all) {
            if (!credentialKnown(slug)) {
              report("unknown-credential", `${partWhere} names unknown credential "${slug}".`);
            }
          }
          if (option.confidence === "unverified" && !(option.note ?? "").trim()) {
            report(
              "unverified-without-note",
              `${partWhere} has an unverified option without a note.`,
            );
          }
        }
      }
      if (condition.kind === "eligible-for-any") {
        for (const slug of condition.targets) {
          if (!requirements.has(slug)) {
            report("unknown-requirement", `${partWhere} names unknown requirement "${slug}".`);
          }
        }
      }
      if (condition.kind === "structured-education") {
        checkProvenance(`${partWhere} categories`, condition.categoriesProvenance);
        needsNote(`${partWhere} categories`, condition.categoriesProvenance);
      }
    });
  }

  // Constants and point tables.
  checkProvenance("Full-time year", data.fullTimeYear);
  const tables: [string, Provenance][] = [
    ["CIIP table", data.ciip],
    ["CIIP points needed", data.ciip.pointsNeeded],
    ["CIIP experience", data.ciip.experience],
    ["CIIP education", data.ciip.education],
    ["CIIP informatics bonus", data.ciip.education.informaticsBonus],
    ["CIIP certifications and CE", data.ciip.certificationsAndCe],
    ["CIIP CE hours", data.ciip.certificationsAndCe.cePointHours],
    ...data.ciip.education.rows.map((row): [string, Provenance] => [
      `CIIP row "${row.label}"`,
      row,
    ]),
    ["CRA table", data.cra],
    ["CRA points needed", data.cra.pointsNeeded],
    ["CRA experience", data.cra.experience],
    ["CRA education", data.cra.education],
    ["CRA credentials", data.cra.credentials],
  ];
  for (const [where, provenance] of tables) {
    checkProvenance(where, provenance);
    needsNote(where, provenance);
  }
  for (const slug of [data.ciip.target, data.cra.target]) {
    if (!requirements.has(slug))
      report("unknown-requirement", `A point table opens unknown "${slug}".`);
  }
}

/**
 * Exams and credentials the eligibility engine cannot answer: no route opens them and they are not
 * earned by exams that have one. The real catalog must return none.
 */
export function requirementsWithoutEligibility(catalog: Catalog): string[] {
  const routed = new Set((catalog.eligibility?.routes ?? []).map((r) => r.target));
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const answerable = (slug: string, visiting: Set<string>): boolean => {
    if (routed.has(slug)) return true;
    const requirement = requirements.get(slug);
    if (!requirement?.earnedBy || visiting.has(slug)) return false;
    visiting.add(slug);
    return leafSlugs(requirement.earnedBy).every((leaf) => answerable(leaf, visiting));
  };
  return catalog.requirements
    .filter((r) => !r.retired && (r.kind === "exam" || r.kind === "credential"))
    .filter((r) => !answerable(r.slug, new Set()))
    .map((r) => r.slug);
}
