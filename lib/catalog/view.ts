/**
 * Pure helpers that turn the career catalog into what the public pages show: formatted figures,
 * comparison rows per dataset, time-to-qualify estimates, the sources a page cites.
 *
 * No catalog import here (types only): the comparison table is a client component and imports
 * these helpers, so the catalog data must not ride along into the browser bundle. Callers pass a
 * `CatalogLookup` built from the catalog instead.
 */
import type {
  ArticleFigures,
  BlsFigures,
  Catalog,
  CatalogPath,
  CatalogRequirement,
  Confidence,
  ExperienceQuantity,
  ExperienceUnit,
  Issuer,
  IssuerSlug,
  MaintenanceRule,
  PathCategory,
  RequirementKind,
  RequirementNode,
  Source,
  WindowRule,
} from "@/lib/catalog/types";
import { formatPublicDate } from "@/lib/format";
import { windowDeadline } from "@/lib/windows";

// ---- Labels -----------------------------------------------------------------------------------

/** The two pay-and-outlook datasets. They are never mixed in one number, sort or chart. */
export type Dataset = "bls" | "article";

export const DATASETS: readonly { value: Dataset; label: string }[] = [
  { value: "bls", label: "BLS (newest)" },
  { value: "article", label: "Study.com article (2018)" },
];

export const ARTICLE_SOURCE_LINE =
  "Source: Study.com, Career Advancement in Sonography, 28 Oct 2019";

export const CATEGORIES: readonly PathCategory[] = [
  "clinical",
  "technology",
  "teaching",
  "leadership",
];

export const CATEGORY_LABELS: Record<PathCategory, string> = {
  clinical: "Clinical",
  technology: "Technology",
  teaching: "Teaching",
  leadership: "Leadership",
};

export const KIND_LABELS: Record<RequirementKind, string> = {
  exam: "Exam",
  credential: "Credential",
  degree: "Degree",
  experience: "Experience",
  training: "Training",
  other: "Other",
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  verified: "Verified with issuer",
  secondary: "Secondary source",
  unverified: "Not yet confirmed with the issuer",
};

export const NECESSITY_LABELS = {
  required: "Required",
  typical: "Typical (not a formal requirement)",
} as const;

// ---- Formatting -------------------------------------------------------------------------------

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
  minimumFractionDigits: 0,
});
const plainNumber = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** 62027 → "$62,027" (whole dollars). */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** 23 → "23%", 24.3 → "24.3%". */
export function formatPercent(value: number): string {
  return `${plainNumber.format(value)}%`;
}

/** A fee is always shown as approximate: fees change every year. */
export function formatFee(amount: number): string {
  return `about ${formatUsd(amount)}, approximate — check current`;
}

function plural(count: number, one: string, many: string): string {
  return `${plainNumber.format(count)} ${count === 1 ? one : many}`;
}

/**
 * Months as a rough, human duration: under a year in months, otherwise in years rounded to the
 * nearest half. 4 → "about 4 months", 18 → "about 1½ years", 40 → "about 3½ years".
 */
export function formatMonths(months: number): string {
  if (months <= 0) return "no extra time";
  if (months < 12) {
    const rounded = Math.max(1, Math.round(months));
    return `about ${plural(rounded, "month", "months")}`;
  }
  const halves = Math.round(months / 6);
  const whole = Math.floor(halves / 2);
  if (halves % 2 === 1) return `about ${whole}½ years`;
  return `about ${plural(whole, "year", "years")}`;
}

/** The label for a time-to-qualify estimate: "about 3½ years, estimate". */
export function formatEstimate(months: number): string {
  return `${formatMonths(months)}, estimate`;
}

const EXPERIENCE_UNITS: Record<ExperienceUnit, (amount: number) => string> = {
  months_full_time: (n) => `${plural(n, "month", "months")} of full-time work`,
  studies: (n) => plural(n, "study", "studies"),
  clinical_hours: (n) => plural(n, "clinical hour", "clinical hours"),
  years_in_role: (n) => `${plural(n, "year", "years")} in the role`,
  points: (n) => plural(n, "point", "points"),
};

/** An experience amount with its unit in words: "600 studies", "12 months of full-time work". */
export function formatExperience(
  quantity: Pick<ExperienceQuantity, "amount" | "unit" | "withinMonths">,
): string {
  const base = EXPERIENCE_UNITS[quantity.unit](quantity.amount);
  return quantity.withinMonths === undefined
    ? base
    : `${base}, within ${plural(quantity.withinMonths, "month", "months")}`;
}

const RENEWAL_PERIODS = {
  annual: "every year",
  biennial: "every two years",
  triennial: "every three years",
} as const;

export function formatRenewalPeriod(period: keyof typeof RENEWAL_PERIODS): string {
  return RENEWAL_PERIODS[period];
}

/** "30 CME every 3 years". */
export function formatCredits(credits: { amount: number; unit: string; periodYears: number }) {
  const every = credits.periodYears === 1 ? "every year" : `every ${credits.periodYears} years`;
  return `${plainNumber.format(credits.amount)} ${credits.unit} ${every}`;
}

/** "Picture Archiving and Communication Systems (PACS) Administrator" → "PACS Administrator". */
export function shortPathTitle(title: string): string {
  return title.replace(/^[^()]*\(([^)]+)\)\s*/, "$1 ").trim();
}

/** The link to the corrections form for one fact (that page is built elsewhere). */
export function correctionHref(subjectSlug: string, factText: string): string {
  return (
    "/corrections/new?subject=" +
    encodeURIComponent(subjectSlug) +
    "&fact=" +
    encodeURIComponent(factText.slice(0, 200))
  );
}

// ---- Lookups ----------------------------------------------------------------------------------

export interface CatalogLookup {
  requirement(slug: string): CatalogRequirement | undefined;
  source(slug: string): Source | undefined;
  issuer(slug: string): Issuer | undefined;
  windowRule(slug: string): WindowRule | undefined;
  maintenanceRule(slug: string): MaintenanceRule | undefined;
}

/** Lookups over a catalog (the real one, or a test fixture). */
export function lookupFrom(catalog: Catalog): CatalogLookup {
  const index = <T extends { slug: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.slug, item] as const));
  const requirements = index(catalog.requirements);
  const sources = index(catalog.sources);
  const issuers = index(catalog.issuers);
  const windowRules = index(catalog.windowRules);
  const maintenanceRules = index(catalog.maintenanceRules);
  return {
    requirement: (slug) => requirements.get(slug),
    source: (slug) => sources.get(slug),
    issuer: (slug) => issuers.get(slug),
    windowRule: (slug) => windowRules.get(slug),
    maintenanceRule: (slug) => maintenanceRules.get(slug),
  };
}

// ---- Time to qualify --------------------------------------------------------------------------

/** Requirement slug → months it adds. Credentials with `earnedBy` count 0: their exams count. */
type Taken = Map<string, number>;

function totalMonths(taken: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const months of taken.values()) total += months;
  return total;
}

function isPlainLeaf(node: RequirementNode, lookup: CatalogLookup): boolean {
  return node.type === "requirement" && !lookup.requirement(node.slug)?.earnedBy;
}

/**
 * Adds what `node` needs to `taken`, choosing for each "one of" the option that adds the least
 * time given what is already taken. "All of" handles plain requirements before expanded
 * credentials, so RDMS + BR counts BR once (it doubles as RDMS's specialty).
 */
function planInto(node: RequirementNode, taken: Taken, lookup: CatalogLookup): void {
  if (node.type === "requirement") {
    if (taken.has(node.slug)) return;
    const requirement = lookup.requirement(node.slug);
    if (requirement?.earnedBy) {
      taken.set(node.slug, 0);
      planInto(requirement.earnedBy, taken, lookup);
    } else {
      taken.set(node.slug, requirement?.typicalDuration.months ?? 0);
    }
    return;
  }
  if (node.type === "allOf") {
    const leaves = node.items.filter((item) => isPlainLeaf(item, lookup));
    const rest = node.items.filter((item) => !isPlainLeaf(item, lookup));
    for (const item of [...leaves, ...rest]) planInto(item, taken, lookup);
    return;
  }
  const before = totalMonths(taken);
  let best: Taken | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const item of node.items) {
    const trial: Taken = new Map(taken);
    planInto(item, trial, lookup);
    const cost = totalMonths(trial) - before;
    if (cost < bestCost) {
      best = trial;
      bestCost = cost;
    }
  }
  if (best) for (const [slug, months] of best) taken.set(slug, months);
}

/** Typical months for one requirement tree on its own (shortest option, credentials = exams). */
export function estimateNodeMonths(node: RequirementNode, lookup: CatalogLookup): number {
  const taken: Taken = new Map();
  planInto(node, taken, lookup);
  return totalMonths(taken);
}

export interface PathEstimate {
  /** Sum over the steps, each requirement counted once. */
  totalMonths: number;
  /** What each step adds after the steps before it, in step order. */
  stepMonths: number[];
}

/**
 * Estimated time to qualify for a working sonographer who holds none of the path's credentials:
 * every step, done one after another, with the shortest option wherever there is a choice.
 */
export function estimatePath(path: CatalogPath, lookup: CatalogLookup): PathEstimate {
  const taken: Taken = new Map();
  const stepMonths: number[] = [];
  for (const step of path.steps) {
    const before = totalMonths(taken);
    planInto(step.satisfiedBy, taken, lookup);
    stepMonths.push(totalMonths(taken) - before);
  }
  return { totalMonths: totalMonths(taken), stepMonths };
}

// ---- What a path reaches, and what it cites ---------------------------------------------------

function collectReachable(node: RequirementNode, into: Set<string>, lookup: CatalogLookup): void {
  if (node.type === "requirement") {
    if (into.has(node.slug)) return;
    into.add(node.slug);
    const earnedBy = lookup.requirement(node.slug)?.earnedBy;
    if (earnedBy) collectReachable(earnedBy, into, lookup);
    return;
  }
  for (const item of node.items) collectReachable(item, into, lookup);
}

/** Requirements shown in a path's step trees (credentials bring in their exams), in order. */
export function reachableRequirementSlugs(path: CatalogPath, lookup: CatalogLookup): string[] {
  const reached = new Set<string>();
  for (const step of path.steps) collectReachable(step.satisfiedBy, reached, lookup);
  return [...reached];
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** Window rules that bind any requirement a path reaches. */
export function windowRulesForPath(path: CatalogPath, lookup: CatalogLookup): WindowRule[] {
  const slugs = reachableRequirementSlugs(path, lookup)
    .map((slug) => lookup.requirement(slug)?.windowRule)
    .filter((slug): slug is string => slug !== undefined);
  return unique(slugs)
    .map((slug) => lookup.windowRule(slug))
    .filter((rule): rule is WindowRule => rule !== undefined);
}

/** Sources a requirement's own facts cite (not its window or maintenance rule). */
export function requirementFactSourceSlugs(requirement: CatalogRequirement): string[] {
  return unique([
    ...requirement.provenance.sources,
    ...requirement.details.flatMap((fact) => fact.sources),
    ...(requirement.eligibility ?? []).flatMap((route) => route.sources),
    ...(requirement.fees ?? []).flatMap((fee) => fee.sources),
    ...requirement.typicalDuration.sources,
    ...(requirement.experience?.sources ?? []),
  ]);
}

export function windowRuleSourceSlugs(rule: WindowRule): string[] {
  return [...rule.sources];
}

export function maintenanceRuleSourceSlugs(rule: MaintenanceRule): string[] {
  return unique([
    ...rule.sources,
    ...(rule.renewalFee?.sources ?? []),
    ...(rule.credits?.sources ?? []),
    ...rule.details.flatMap((fact) => fact.sources),
  ]);
}

/** Every source a credential page cites: its facts, its window rule and its maintenance rule. */
export function requirementSourceSlugs(
  requirement: CatalogRequirement,
  lookup: CatalogLookup,
): string[] {
  const windowRule = requirement.windowRule ? lookup.windowRule(requirement.windowRule) : undefined;
  const maintenance = requirement.maintenance
    ? lookup.maintenanceRule(requirement.maintenance)
    : undefined;
  return unique([
    ...requirementFactSourceSlugs(requirement),
    ...(windowRule ? windowRuleSourceSlugs(windowRule) : []),
    ...(maintenance ? maintenanceRuleSourceSlugs(maintenance) : []),
  ]);
}

/**
 * Every source a path page cites, in order of first citation: the path itself, its figures, the
 * requirements in its steps (with the exams their credentials need), their window rules and the
 * path's maintenance rules.
 */
export function pathSourceSlugs(path: CatalogPath, lookup: CatalogLookup): string[] {
  const requirements = reachableRequirementSlugs(path, lookup)
    .map((slug) => lookup.requirement(slug))
    .filter((r): r is CatalogRequirement => r !== undefined);
  const maintenance = path.maintenance
    .map((slug) => lookup.maintenanceRule(slug))
    .filter((rule): rule is MaintenanceRule => rule !== undefined);
  return unique([
    ...path.provenance.sources,
    ...(path.figures.article ? [path.figures.article.source] : []),
    ...(path.figures.bls?.sources ?? []),
    ...requirements.flatMap(requirementFactSourceSlugs),
    ...windowRulesForPath(path, lookup).flatMap(windowRuleSourceSlugs),
    ...maintenance.flatMap(maintenanceRuleSourceSlugs),
  ]);
}

/** Source slugs to sources, skipping unknown slugs (the catalog checks report those). */
export function resolveSources(slugs: readonly string[], lookup: CatalogLookup): Source[] {
  return unique(slugs)
    .map((slug) => lookup.source(slug))
    .filter((source): source is Source => source !== undefined);
}

/** Issuers whose rules a path depends on, in order: for "confirm with the issuer" links. */
export function issuersForPath(path: CatalogPath, lookup: CatalogLookup): Issuer[] {
  const slugs: IssuerSlug[] = [
    ...reachableRequirementSlugs(path, lookup)
      .map((slug) => lookup.requirement(slug)?.issuer)
      .filter((slug): slug is IssuerSlug => slug !== undefined),
    ...path.maintenance
      .map((slug) => lookup.maintenanceRule(slug)?.issuer)
      .filter((slug): slug is IssuerSlug => slug !== undefined),
  ];
  return unique(slugs)
    .map((slug) => lookup.issuer(slug))
    .filter((issuer): issuer is Issuer => issuer !== undefined);
}

/** Issuers to confirm a requirement with: its own, and those of the credentials that earn it. */
export function issuersForRequirement(
  requirement: CatalogRequirement,
  lookup: CatalogLookup,
): Issuer[] {
  const reached = new Set<string>();
  if (requirement.earnedBy) collectReachable(requirement.earnedBy, reached, lookup);
  const slugs: IssuerSlug[] = [
    requirement.issuer,
    ...[...reached]
      .map((slug) => lookup.requirement(slug)?.issuer)
      .filter((slug): slug is IssuerSlug => slug !== undefined),
  ];
  return unique(slugs)
    .map((slug) => lookup.issuer(slug))
    .filter((issuer): issuer is Issuer => issuer !== undefined);
}

// ---- Window rules -----------------------------------------------------------------------------

/** A fixed example date, so prerendered pages do not depend on the day they were built. */
export const WINDOW_EXAMPLE_START = "2025-03-14";

/** One sentence applying the rule to an example date, in plain words. */
export function windowExample(
  rule: Pick<WindowRule, "length" | "rounding" | "startEvent">,
  startIso: string = WINDOW_EXAMPLE_START,
): string {
  const start = formatPublicDate(startIso);
  const deadline = formatPublicDate(windowDeadline(rule, startIso));
  if (rule.startEvent === "first_pass_in_credential") {
    return `For example, if the first of the exams you pass (say SPI) is on ${start}, you have until ${deadline} to pass the other one.`;
  }
  return `For example, a procedure you did on ${start} only counts if you apply by ${deadline}.`;
}

// ---- Comparison rows --------------------------------------------------------------------------

export interface FigureCell {
  value: number;
  /** "$62,027" or "23%". */
  label: string;
  /** "2018", "May 2024", "2016–2026". */
  period: string | null;
}

/** One row of the comparison table, carrying one dataset's figures only. Plain, serialisable. */
export interface ComparisonRow {
  slug: string;
  title: string;
  shortTitle: string;
  category: PathCategory;
  categoryLabel: string;
  educationSummary: string;
  stepCount: number;
  monthsToQualify: number;
  timeToQualifyLabel: string;
  dataset: Dataset;
  salary: FigureCell | null;
  growth: FigureCell | null;
  /** How sure we are of this dataset's figures for the row; null when there are none. */
  confidence: Confidence | null;
  /** What the figures describe (a BLS occupation), used to group identical chart points. */
  figureGroup: string | null;
}

interface DatasetFigures {
  salary: FigureCell | null;
  growth: FigureCell | null;
  confidence: Confidence | null;
  figureGroup: string | null;
}

const NO_FIGURES: DatasetFigures = {
  salary: null,
  growth: null,
  confidence: null,
  figureGroup: null,
};

function articleCells(figures: ArticleFigures | undefined): DatasetFigures {
  if (!figures) return NO_FIGURES;
  return {
    salary: {
      value: figures.medianSalaryUsd,
      label: formatUsd(figures.medianSalaryUsd),
      period: String(figures.salaryYear),
    },
    growth: {
      value: figures.growthPct,
      label: formatPercent(figures.growthPct),
      period: figures.growthPeriod,
    },
    // The article's 2018 salaries look like survey figures, not BLS medians: exact quotes of a
    // secondary source, never presented as BLS.
    confidence: "secondary",
    figureGroup: figures.blsCategory,
  };
}

function blsCells(figures: BlsFigures | undefined): DatasetFigures {
  if (!figures) return NO_FIGURES;
  const salary =
    figures.medianSalaryUsd === undefined
      ? null
      : {
          value: figures.medianSalaryUsd,
          label: formatUsd(figures.medianSalaryUsd),
          period: figures.salaryPeriod ?? null,
        };
  const growth =
    figures.growthPct === undefined
      ? null
      : {
          value: figures.growthPct,
          label: formatPercent(figures.growthPct),
          period: figures.growthPeriod ?? null,
        };
  if (!salary && !growth) return NO_FIGURES;
  return { salary, growth, confidence: figures.confidence, figureGroup: figures.occupation };
}

/** The comparison rows for one dataset, in catalog order. */
export function buildComparisonRows(
  paths: readonly CatalogPath[],
  dataset: Dataset,
  lookup: CatalogLookup,
): ComparisonRow[] {
  return paths.map((path) => {
    const months = estimatePath(path, lookup).totalMonths;
    const figures =
      dataset === "article" ? articleCells(path.figures.article) : blsCells(path.figures.bls);
    return {
      slug: path.slug,
      title: path.title,
      shortTitle: shortPathTitle(path.title),
      category: path.category,
      categoryLabel: CATEGORY_LABELS[path.category],
      educationSummary: path.educationSummary,
      stepCount: path.steps.length,
      monthsToQualify: months,
      timeToQualifyLabel: formatEstimate(months),
      dataset,
      ...figures,
    };
  });
}

export type SortKey = "title" | "salary" | "growth" | "steps" | "time";
export type SortDirection = "ascending" | "descending";

function sortValue(row: ComparisonRow, key: Exclude<SortKey, "title">): number | null {
  switch (key) {
    case "salary":
      return row.salary?.value ?? null;
    case "growth":
      return row.growth?.value ?? null;
    case "steps":
      return row.stepCount;
    case "time":
      return row.monthsToQualify;
  }
}

/**
 * Sorted copy of the rows. Rows without a value for the key come last in either direction; ties
 * fall back to the path's name so the order is stable and predictable.
 */
export function sortRows(
  rows: readonly ComparisonRow[],
  key: SortKey,
  direction: SortDirection,
): ComparisonRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const byName = (a: ComparisonRow, b: ComparisonRow) => a.shortTitle.localeCompare(b.shortTitle);
  return [...rows].sort((a, b) => {
    if (key === "title") return sign * byName(a, b);
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null && vb === null) return byName(a, b);
    if (va === null) return 1;
    if (vb === null) return -1;
    return va === vb ? byName(a, b) : sign * (va - vb);
  });
}

/** Rows in any of the chosen categories; no categories chosen means every row. */
export function filterRowsByCategory(
  rows: readonly ComparisonRow[],
  categories: readonly PathCategory[],
): ComparisonRow[] {
  if (categories.length === 0) return [...rows];
  return rows.filter((row) => categories.includes(row.category));
}

export interface ChartPoint {
  salaryUsd: number;
  growthPct: number;
  label: string;
  /** Short titles of the paths that share these exact figures. */
  paths: string[];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Points for the salary-against-growth chart: rows with both figures, paths that share the exact
 * same figures (several paths use one BLS occupation) merged into one labelled point.
 */
export function chartPoints(rows: readonly ComparisonRow[]): ChartPoint[] {
  const groups = new Map<string, { row: ComparisonRow; paths: string[] }>();
  for (const row of rows) {
    if (!row.salary || !row.growth) continue;
    const key = `${row.salary.value}|${row.growth.value}`;
    const group = groups.get(key);
    if (group) group.paths.push(row.shortTitle);
    else groups.set(key, { row, paths: [row.shortTitle] });
  }
  return [...groups.values()].map(({ row, paths }) => ({
    salaryUsd: row.salary?.value ?? 0,
    growthPct: row.growth?.value ?? 0,
    paths,
    label:
      paths.length === 1
        ? (paths[0] ?? row.shortTitle)
        : `${capitalize(row.figureGroup ?? "Shared figures")}: ${paths.length} paths`,
  }));
}
