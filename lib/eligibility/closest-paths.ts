/**
 * "Closest paths for me": the catalog's career paths ordered by the person's own remaining time,
 * from what they hold and their nearest eligibility routes, with a one-line reason each, and the
 * milestones (requirement slugs) a path needs for them so starting it can seed exactly those.
 *
 * How remaining time is worked out (all in months, all pure):
 * - an exam or credential: 0 when held; its typical preparation time when eligible now; the
 *   nearest route's time to close plus the typical time when not yet; "can't tell" uses the
 *   nearest route with gaps if there is one, the typical time when the person might be eligible
 *   now, and no estimate when the rule itself is not recorded (ARDMS MSKS);
 * - an experience or degree milestone: what the profile still lacks (months of work, a degree's
 *   typical length); unanswered questions count the typical time and mark the estimate uncertain;
 *   an unconfirmed reading of a known answer (a DMS associate as an allied-health program) counts
 *   as done, uncertain;
 * - a "one of" takes the fastest option, an "all of" the slowest part: steps and parts run in
 *   parallel (experience accrues while you study), so the slowest sets the pace.
 * Pay and growth are joined by the UI from the catalog by `pathSlug`.
 */
import { catalog as defaultCatalog } from "@/lib/catalog";
import type {
  Catalog,
  CatalogPath,
  CatalogRequirement,
  EligibilityRouteRule,
  RequirementNode,
  RouteCondition,
} from "@/lib/catalog/types";
import { createEligibilityEngine } from "./engine";
import type { EligibilityEngine, EngineOptions } from "./engine";
import { listNames, plural, wholeUp } from "./format";
import { ALL_AREAS, ARDMS_CREDENTIALS, holding, totalClinicalMonths } from "./profile";
import type { EligibilityAnswer, EligibilityProfile, RouteEvaluation } from "./types";
import { leafSlugs } from "@/lib/catalog/tree";

/** One requirement's remaining time for this person. */
export interface RequirementEstimate {
  slug: string;
  done: boolean;
  /** False when no route leads there (no_route). */
  reachable: boolean;
  /** Remaining months; null when it cannot be estimated. */
  months: number | null;
  /** False when the estimate rests on an unanswered question or an unverified rule. */
  certain: boolean;
  /** Known cost in USD; null when unknown. */
  costUsd: number | null;
  /** One line in plain words. */
  reason: string;
  /** Catalog requirements to add as milestones for it (itself first), nothing when done. */
  milestones: readonly string[];
  /** Choices made inside it (a credential's specialty), group key → option. */
  picks: Readonly<Record<string, string>>;
}

export interface StepEstimate {
  stepKey: string;
  title: string;
  necessity: "required" | "typical";
  /**
   * False for a typical step made only of education or experience that the path's required
   * steps' eligibility routes already weigh: it is shown but does not set the pace.
   */
  setsPace: boolean;
  done: boolean;
  reachable: boolean;
  months: number | null;
  certain: boolean;
  /** The requirement that sets this step's time (the option chosen in a "one of"). */
  via: readonly RequirementEstimate[];
}

export interface PathRanking {
  pathSlug: string;
  /** Months until every step could be done (the slowest step); null when it can't be estimated. */
  remainingMonths: number | null;
  /** False when a required step has no route for this person. */
  reachable: boolean;
  certain: boolean;
  /** Known remaining cost (exam and application fees) in USD. */
  remainingCostUsd: number;
  /** False when some fee along the way is not recorded. */
  costComplete: boolean;
  /** One line, e.g. "You hold RDMS; the VT exam via Prerequisite 1 after 12 more months …". */
  reason: string;
  steps: readonly StepEstimate[];
}

export interface PathMilestones {
  pathSlug: string;
  /** Requirement slugs the nearest route needs, in path order, without what is already done. */
  requirementSlugs: readonly string[];
  /** Picks for the path's "one of" groups (group key → option slug or nested group key). */
  picks: Readonly<Record<string, string>>;
}

// ---- Experience and degree milestones, as conditions ------------------------------------------

const verifiedRule = (slug: string, conditions: RouteCondition[]): EligibilityRouteRule => ({
  id: `milestone:${slug}`,
  name: slug,
  issuer: "employer",
  target: slug,
  summary: "",
  conditions,
  documents: [],
  confidence: "verified",
  sources: [],
  checkedOn: "2026-11-30",
});

/** The catalog's experience and degree milestones, in the engine's condition vocabulary. */
const MILESTONE_CONDITIONS: Readonly<Record<string, RouteCondition[]>> = {
  "exp-clinical-12-months": [
    { condition: { kind: "experience", areas: ALL_AREAS, atLeastMonths: 12, orPaidHours: 1680 } },
  ],
  "exp-sonography-3-years": [
    { condition: { kind: "experience", areas: ALL_AREAS, atLeastMonths: 36, orPaidHours: 5040 } },
  ],
  "exp-cardiac-600-studies": [
    { condition: { kind: "experience", areas: ["cardiac"], atLeastMonths: 12 } },
    { condition: { kind: "studies", study: "cardiac", atLeast: 600 } },
  ],
  "exp-vascular-600-studies": [
    { condition: { kind: "experience", areas: ["vascular"], atLeastMonths: 12 } },
    { condition: { kind: "studies", study: "vascular", atLeast: 600 } },
  ],
  "exp-registered-echo-7-years": [{ condition: { kind: "registered-echo-years", atLeast: 7 } }],
  "degree-associate-allied-health": [{ condition: { kind: "allied-health-program" } }],
  "degree-bachelor": [{ condition: { kind: "degree", atLeast: "bachelor" } }],
  "degree-bachelor-health-admin": [
    {
      condition: {
        kind: "degree",
        atLeast: "bachelor",
        fields: ["health-administration", "business", "radiography", "other-health"],
      },
    },
  ],
  "degree-master-sonography": [
    {
      condition: {
        kind: "degree",
        atLeast: "master",
        fields: ["sonography", "vascular", "cardiovascular"],
      },
    },
  ],
  "degree-master-health-admin": [
    {
      condition: {
        kind: "degree",
        atLeast: "master",
        fields: ["health-administration", "business"],
      },
    },
  ],
};

// ---- Estimates ----------------------------------------------------------------------------------

interface Estimator {
  requirement(slug: string): RequirementEstimate;
  node(node: RequirementNode): NodeEstimate;
}

interface NodeEstimate {
  done: boolean;
  reachable: boolean;
  months: number | null;
  certain: boolean;
  costUsd: number | null;
  leaves: RequirementEstimate[];
  picks: Record<string, string>;
}

/**
 * The requirement that sets the pace: the most months; among equals an uncertain one (its reason
 * says what to confirm), then the last named (the specific exam over the credential it adds to).
 */
function slowestOf(leaves: readonly RequirementEstimate[]): RequirementEstimate | undefined {
  return [...leaves]
    .reverse()
    .sort(
      (a, b) =>
        (b.months ?? Infinity) - (a.months ?? Infinity) || Number(a.certain) - Number(b.certain),
    )[0];
}

function maxMonths(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : Math.max(0, ...(values as number[]));
}

function sumCost(values: readonly (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

function compareOptions(a: NodeEstimate, b: NodeEstimate): number {
  if (a.done !== b.done) return a.done ? -1 : 1;
  if (a.reachable !== b.reachable) return a.reachable ? -1 : 1;
  const months = (a.months ?? Infinity) - (b.months ?? Infinity);
  if (months !== 0 && !Number.isNaN(months)) return months;
  if (a.certain !== b.certain) return a.certain ? -1 : 1;
  return (a.costUsd ?? Infinity) - (b.costUsd ?? Infinity);
}

/** "after 12 more months …" or "once you earn RCS". */
function afterText(route: RouteEvaluation): string {
  const texts = route.missing.map((m) => m.text);
  const joined = listNames(texts);
  return /^(earn|meet|apply|graduate)\b/.test(joined) ? `once you ${joined}` : `after ${joined}`;
}

function createEstimator(
  profile: EligibilityProfile,
  engine: EligibilityEngine,
  catalog: Catalog,
): Estimator {
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const memo = new Map<string, RequirementEstimate>();
  const hoursPerMonth = (catalog.eligibility?.fullTimeYear.paidHours ?? 1680) / 12;

  const code = (slug: string) =>
    requirements.get(slug)?.code ?? requirements.get(slug)?.name ?? slug;
  const typical = (slug: string) => requirements.get(slug)?.typicalDuration.months ?? 0;
  const label = (requirement: CatalogRequirement) =>
    requirement.kind === "exam" ? `the ${code(requirement.slug)} exam` : code(requirement.slug);

  function done(slug: string, reason: string): RequirementEstimate {
    return {
      slug,
      done: true,
      reachable: true,
      months: 0,
      certain: true,
      costUsd: 0,
      reason,
      milestones: [],
      picks: {},
    };
  }

  function routeCost(route: RouteEvaluation | undefined): number | null {
    return route && route.costComplete ? route.knownCostUsd : null;
  }

  function milestonesOf(slug: string, route: RouteEvaluation | undefined): string[] {
    const slugs = [slug];
    for (const item of route?.missing ?? []) {
      if (item.kind === "credential" && item.nearest?.answer) {
        // The credential to earn first, and what its own nearest route needs.
        const nested = item.nearest.answer;
        slugs.push(nested.target, ...milestonesOf(nested.target, nested.nearest[0]).slice(1));
      } else if (item.requirementSlug) {
        slugs.push(item.requirementSlug);
      }
    }
    return [...new Set(slugs)].filter((s) => requirements.has(s));
  }

  function fromAnswer(
    requirement: CatalogRequirement,
    answer: EligibilityAnswer,
  ): RequirementEstimate {
    const slug = requirement.slug;
    const months = typical(slug);
    const nearest = answer.nearest[0];
    const base = { slug, done: false, reachable: true, picks: {} };
    switch (answer.outcome) {
      case "already_held":
        return done(slug, `You hold ${code(slug)}.`);
      case "eligible":
        return {
          ...base,
          months,
          certain: true,
          costUsd: routeCost(answer.eligibleVia[0]),
          reason: `${label(requirement)}: eligible now via ${answer.eligibleVia[0]?.name ?? "a route"}.`,
          milestones: [slug],
        };
      case "not_yet":
      case "cant_tell": {
        const certain = answer.outcome === "not_yet";
        if (!certain && answer.possibleVia.length > 0) return possiblyNow(requirement, answer);
        if (nearest) {
          return {
            ...base,
            months: nearest.monthsToClose === null ? null : nearest.monthsToClose + months,
            certain,
            costUsd: routeCost(nearest),
            reason: `${label(requirement)} via ${nearest.name} ${afterText(nearest)}${certain ? "" : " (not certain: see its answer)"}.`,
            milestones: milestonesOf(slug, nearest),
          };
        }
        return {
          ...base,
          months,
          certain: false,
          costUsd: null,
          reason: `${label(requirement)}: can't tell yet (${(answer.unknowns[0]?.text ?? "").replace(/\.$/, "")}).`,
          milestones: [slug],
        };
      }
      case "no_route":
        return {
          ...base,
          reachable: false,
          months: null,
          certain: true,
          costUsd: null,
          reason: `No route to ${code(slug)} for you: ${answer.summary.replace(/^No route open to you: /, "")}`,
          milestones: [],
        };
    }
  }

  /**
   * A "can't tell" answer with routes that might be met now. Per route: when an unconfirmed rule
   * would add something (`ifRequired`), count it (the cautious reading); when the rule itself is
   * not recorded, no estimate; otherwise the typical time (possibly eligible now). The best route
   * wins.
   */
  function possiblyNow(
    requirement: CatalogRequirement,
    answer: EligibilityAnswer,
  ): RequirementEstimate {
    const slug = requirement.slug;
    const months = typical(slug);
    const options = answer.possibleVia.map((route) => {
      const extra = route.unknowns
        .map((u) => (u.kind === "unverified-rule" ? u.ifRequired : undefined))
        .filter((i) => i !== undefined);
      if (extra.length > 0) {
        const extraMonths = maxMonths(extra.map((i) => i.months));
        return {
          route,
          months: extraMonths === null ? null : extraMonths + months,
          text: `if the unconfirmed rule applies, ${listNames(extra.map((i) => i.text))}`,
          milestones: extra.flatMap((i) => (i.requirementSlug ? [i.requirementSlug] : [])),
        };
      }
      const notRecorded = route.unknowns.some((u) => u.kind === "unverified-rule" && u.notRecorded);
      return {
        route,
        months: notRecorded ? null : months,
        text: `possibly eligible now via ${route.name}; to confirm: ${(route.unknowns[0]?.text ?? "").replace(/\.$/, "")}`,
        milestones: [],
      };
    });
    options.sort((a, b) => (a.months ?? Infinity) - (b.months ?? Infinity));
    const best = options[0]!;
    const ruleUnknown = best.months === null;
    return {
      slug,
      done: false,
      reachable: true,
      months: best.months,
      certain: false,
      costUsd: routeCost(best.route),
      reason: ruleUnknown
        ? `${label(requirement)}: can't tell yet (${(answer.unknowns[0]?.text ?? "").replace(/\.$/, "")}).`
        : `${label(requirement)}: can't tell yet; ${best.text}.`,
      milestones: [slug, ...best.milestones],
      picks: {},
    };
  }

  /** Experience and degree milestones read from the profile. */
  function fromProfile(requirement: CatalogRequirement): RequirementEstimate {
    const slug = requirement.slug;
    const months = typical(slug);
    const name = requirement.name;
    const notDone = (
      remaining: number | null,
      certain: boolean,
      reason: string,
    ): RequirementEstimate => ({
      slug,
      done: false,
      reachable: true,
      months: remaining,
      certain,
      costUsd: requirement.kind === "degree" ? null : 0,
      reason,
      milestones: [slug],
      picks: {},
    });
    const unanswered = () =>
      notDone(
        months,
        false,
        `${name}: not answered yet, so its typical ${plural(months, "month")} are counted.`,
      );

    const conditions = MILESTONE_CONDITIONS[slug];
    if (conditions) {
      const result = engine.evaluateRule(verifiedRule(slug, conditions));
      switch (result.status) {
        case "met":
          return done(slug, `${name}: done.`);
        case "missing":
          return notDone(
            result.monthsToClose,
            result.unknowns.length === 0,
            `${name}: ${listNames(result.missing.map((m) => m.text))}.`,
          );
        case "blocked":
          return notDone(months, true, `${name}: about ${plural(months, "month")}.`);
        case "unknown":
          // An unconfirmed reading of a known answer counts as done; a missing answer does not.
          return result.unknowns.every((u) => u.kind === "unverified-rule")
            ? { ...done(slug, `${name}: probably done (unconfirmed).`), certain: false }
            : unanswered();
      }
    }

    const experience = profile.experience;
    switch (slug) {
      case "exp-imaging-professional-2-years": {
        const have = experience?.imagingProfessionalMonths;
        if (have === undefined) return unanswered();
        return have >= 24
          ? done(slug, `${name}: done.`)
          : notDone(24 - have, true, `${name}: ${plural(wholeUp(24 - have), "more month")}.`);
      }
      case "exp-lead-supervisory":
      case "exp-imaging-administrator": {
        const years = experience?.leadership?.years;
        const domains = experience?.leadership?.allFiveCraDomains;
        if (years === undefined) return unanswered();
        const counts = slug === "exp-lead-supervisory" || domains === true;
        if (years >= 1 && counts) return done(slug, `${name}: done.`);
        if (years >= 1 && domains === undefined) return unanswered();
        return notDone(12, true, `${name}: about a year in the role.`);
      }
      case "exp-credentialed-sonographer-2-years": {
        const total = totalClinicalMonths(profile, hoursPerMonth);
        const credentialed = [
          ...ARDMS_CREDENTIALS,
          "cci-rcs",
          "cci-rvs",
          "cci-rccs",
          "arrt-s",
          "arrt-vs",
          "arrt-bs",
        ].some((c) => holding(profile, c).state === "yes");
        if (total === undefined || profile.credentials === undefined) return unanswered();
        if (credentialed && total >= 24) return done(slug, `${name}: done.`);
        return notDone(Math.max(0, 24 - total), !credentialed ? false : true, `${name}: not yet.`);
      }
      default:
        return unanswered();
    }
  }

  function requirement(slug: string): RequirementEstimate {
    const cached = memo.get(slug);
    if (cached) return cached;
    const found = requirements.get(slug);
    let estimate: RequirementEstimate;
    if (!found) {
      estimate = {
        slug,
        done: false,
        reachable: false,
        months: null,
        certain: false,
        costUsd: null,
        reason: `${slug} is not in the catalog.`,
        milestones: [],
        picks: {},
      };
    } else if (found.kind === "exam" || found.kind === "credential") {
      const answer = engine.answer(slug);
      if (answer.outcome !== "already_held" && found.earnedBy && answer.routes.length === 0) {
        // Earned by exams: the slowest exam it needs sets the pace.
        const parts = node(found.earnedBy);
        const slowest = slowestOf(parts.leaves);
        estimate = {
          slug,
          done: parts.done,
          reachable: parts.reachable,
          months: parts.months,
          certain: parts.certain,
          costUsd: parts.costUsd,
          reason: slowest?.reason ?? answer.summary,
          milestones: [slug, ...parts.leaves.flatMap((l) => l.milestones)],
          picks: parts.picks,
        };
      } else {
        estimate = fromAnswer(found, answer);
      }
    } else if (found.earnedBy) {
      // "Any one of" composites (an active echo registry credential).
      const parts = node(found.earnedBy);
      const chosen = parts.leaves[0];
      estimate = {
        slug,
        done: parts.done,
        reachable: parts.reachable,
        months: parts.months,
        certain: parts.certain,
        costUsd: parts.costUsd,
        reason: chosen?.reason ?? found.name,
        milestones: parts.done ? [] : parts.leaves.flatMap((l) => l.milestones),
        picks: parts.picks,
      };
    } else {
      estimate = fromProfile(found);
    }
    memo.set(slug, estimate);
    return estimate;
  }

  function node(tree: RequirementNode): NodeEstimate {
    if (tree.type === "requirement") {
      const leaf = requirement(tree.slug);
      return {
        done: leaf.done,
        reachable: leaf.reachable,
        months: leaf.months,
        certain: leaf.certain,
        costUsd: leaf.costUsd,
        leaves: [leaf],
        picks: { ...leaf.picks },
      };
    }
    const children = tree.items.map((item) => ({ item, estimate: node(item) }));
    if (tree.type === "allOf") {
      const estimates = children.map((c) => c.estimate);
      return {
        done: estimates.every((e) => e.done),
        reachable: estimates.every((e) => e.reachable),
        months: maxMonths(estimates.map((e) => e.months)),
        certain: estimates.every((e) => e.certain),
        costUsd: sumCost(estimates.map((e) => e.costUsd)),
        leaves: estimates.flatMap((e) => e.leaves),
        picks: Object.assign({}, ...estimates.map((e) => e.picks)),
      };
    }
    const best = [...children].sort((a, b) => compareOptions(a.estimate, b.estimate))[0];
    if (!best) {
      return {
        done: false,
        reachable: false,
        months: null,
        certain: true,
        costUsd: null,
        leaves: [],
        picks: {},
      };
    }
    const option = best.item.type === "requirement" ? best.item.slug : best.item.key;
    return { ...best.estimate, picks: { ...best.estimate.picks, [tree.key]: option } };
  }

  return { requirement, node };
}

// ---- Paths --------------------------------------------------------------------------------------

interface PathOptions extends EngineOptions {
  /** Reuse an engine already built for this profile. */
  engine?: EligibilityEngine;
}

function setup(profile: EligibilityProfile, options: PathOptions) {
  const catalog = options.catalog ?? defaultCatalog;
  const engine = options.engine ?? createEligibilityEngine(profile, { catalog });
  return { catalog, engine, estimator: createEstimator(profile, engine, catalog) };
}

function heldPrefix(profile: EligibilityProfile, catalog: Catalog): string {
  const held = (profile.credentials ?? [])
    .filter((c) => c.active !== false)
    .map((c) => catalog.requirements.find((r) => r.slug === c.slug && r.kind === "credential"))
    .filter((r): r is CatalogRequirement => r !== undefined)
    .map((r) => r.code ?? r.name);
  return held.length > 0 ? `You hold ${listNames(held)}; ` : "";
}

/**
 * Education and experience milestones that the eligibility routes of the path's required steps
 * already weigh (ARDMS Prerequisite 1 names the two-year program and the 12 months). A typical
 * step made only of these does not set the pace: the required step's nearest route already counts
 * it, or a faster way around it.
 */
function weighedByRequiredSteps(path: CatalogPath, catalog: Catalog): Set<string> {
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const routes = catalog.eligibility?.routes ?? [];
  const weighed = new Set<string>();
  const seen = new Set<string>();
  const queue = path.steps
    .filter((s) => s.necessity === "required")
    .flatMap((s) => leafSlugs(s.satisfiedBy));
  while (queue.length > 0) {
    const slug = queue.pop()!;
    if (seen.has(slug)) continue;
    seen.add(slug);
    const requirement = requirements.get(slug);
    if (requirement?.earnedBy) queue.push(...leafSlugs(requirement.earnedBy));
    for (const route of routes) {
      if (route.target !== slug) continue;
      for (const part of route.conditions) {
        if (part.requirementSlug) weighed.add(part.requirementSlug);
        if (part.educationSlug) weighed.add(part.educationSlug);
        if (part.condition.kind === "eligible-for-any") queue.push(...part.condition.targets);
      }
    }
  }
  return weighed;
}

interface StepWork extends StepEstimate {
  picks: Record<string, string>;
}

function rankPath(
  path: CatalogPath,
  profile: EligibilityProfile,
  catalog: Catalog,
  estimator: Estimator,
): PathRanking & { picks: Record<string, string>; milestones: string[] } {
  const weighed = weighedByRequiredSteps(path, catalog);
  const steps: StepWork[] = path.steps.map((step) => {
    const estimate = estimator.node(step.satisfiedBy);
    const setsPace =
      step.necessity === "required" ||
      weighed.size === 0 ||
      !leafSlugs(step.satisfiedBy).every((slug) => weighed.has(slug));
    return {
      stepKey: step.key,
      title: step.title,
      necessity: step.necessity,
      setsPace,
      done: estimate.done,
      reachable: estimate.reachable,
      months: estimate.months,
      certain: estimate.certain,
      via: estimate.leaves,
      picks: estimate.picks,
    };
  });
  const counted = steps.filter((s) => s.reachable && s.setsPace);
  const reachable = steps.every((s) => s.reachable || s.necessity === "typical");
  const remainingMonths = reachable ? maxMonths(counted.map((s) => s.months)) : null;
  const leaves = counted.flatMap((s) => s.via).filter((l) => !l.done);
  const costs = leaves.map((l) => l.costUsd);

  // The reason: what sets the pace (the slowest step, and in it the slowest requirement).
  const pending = counted.filter((s) => !s.done);
  const slowestStep = [...pending].sort(
    (a, b) => (b.months ?? Infinity) - (a.months ?? Infinity),
  )[0];
  const slowestLeaf = slowestOf((slowestStep?.via ?? []).filter((l) => !l.done));
  const prefix = heldPrefix(profile, catalog);
  let reason: string;
  if (!reachable) {
    const blocked = steps.find((s) => !s.reachable && s.necessity === "required");
    reason = `${prefix}${blocked?.via[0]?.reason ?? "a required step has no route for you."}`;
  } else if (!slowestLeaf) {
    reason = `${prefix}every step is done.`;
  } else {
    reason = `${prefix}${slowestLeaf.reason}`;
  }
  reason = reason.charAt(0).toUpperCase() + reason.slice(1);

  const picks: Record<string, string> = Object.assign({}, ...steps.map((s) => s.picks));
  const milestones = [...new Set(leaves.flatMap((l) => l.milestones))];
  return {
    pathSlug: path.slug,
    remainingMonths,
    reachable,
    certain: counted.every((s) => s.certain),
    remainingCostUsd: costs.reduce<number>((sum, c) => sum + (c ?? 0), 0),
    costComplete: costs.every((c) => c !== null),
    reason,
    steps: steps.map(({ picks: _picks, ...step }) => step),
    picks,
    milestones,
  };
}

/**
 * The catalog's paths, closest first: by remaining months (paths whose time cannot be estimated
 * next, paths with no route last), then certain estimates first, then known cost, then catalog
 * order.
 */
export function closestPaths(
  profile: EligibilityProfile,
  options: PathOptions = {},
): PathRanking[] {
  const { catalog, estimator } = setup(profile, options);
  const ranked = catalog.paths.map((path, index) => ({
    index,
    ranking: rankPath(path, profile, catalog, estimator),
  }));
  const group = (r: PathRanking) => (!r.reachable ? 2 : r.remainingMonths === null ? 1 : 0);
  ranked.sort(
    (a, b) =>
      group(a.ranking) - group(b.ranking) ||
      (a.ranking.remainingMonths ?? 0) - (b.ranking.remainingMonths ?? 0) ||
      Number(b.ranking.certain) - Number(a.ranking.certain) ||
      a.ranking.remainingCostUsd - b.ranking.remainingCostUsd ||
      a.index - b.index,
  );
  return ranked.map(({ ranking }) => {
    const { picks: _picks, milestones: _milestones, ...rest } = ranking;
    return rest;
  });
}

/**
 * The milestones (requirement slugs) the person's nearest route needs for a path, without what
 * they have already done, and the picks for the path's "one of" groups; so that starting the path
 * seeds exactly those. Undefined for an unknown path.
 */
export function milestonesForPath(
  profile: EligibilityProfile,
  pathSlug: string,
  options: PathOptions = {},
): PathMilestones | undefined {
  const { catalog, estimator } = setup(profile, options);
  const path = catalog.paths.find((p) => p.slug === pathSlug);
  if (!path) return undefined;
  const ranking = rankPath(path, profile, catalog, estimator);
  return { pathSlug, requirementSlugs: ranking.milestones, picks: ranking.picks };
}

/** One requirement's remaining time for this person (the building block of the ranking). */
export function estimateRequirement(
  profile: EligibilityProfile,
  slug: string,
  options: PathOptions = {},
): RequirementEstimate {
  return setup(profile, options).estimator.requirement(slug);
}
