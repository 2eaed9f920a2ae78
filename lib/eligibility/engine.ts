/**
 * THE eligibility engine: "can I sit this exam, and if not, what do I lack?" across ARDMS, CCI,
 * ARRT, ABII, AHRA and PARCA, from the person's own profile and the routes in the catalog.
 * Pure: plain data in, plain data out; `today` comes from the profile.
 *
 * For every exam and credential it gives one outcome:
 * - already_held: the person holds it (said so, not a verdict on sitting it again);
 * - eligible: a route is met, and no part of it rests on an unverified value or an unknown answer;
 * - not_yet: no route is met; the nearest route(s) and exactly what is missing, with amounts;
 * - cant_tell: some route might be met but rests on an unanswered question, an unverified rule or
 *   the body's own determination (named in `unknowns`); or only unverified routes are left;
 * - no_route: every route needs new education, an out-of-reach credential, or has closed.
 *
 * Order of precedence: eligible > cant_tell (a route might be met now) > not_yet > cant_tell (only
 * unverified routes have gaps) > no_route. An unanswered question therefore never ends in no_route.
 *
 * "Nearest" = fewest missing items (a credential to earn first counts its own gaps too), then the
 * least time to close them (items run in parallel: the longest sets the pace), then the lowest
 * known cost; routes still tied are all listed.
 */
import { catalog as defaultCatalog } from "@/lib/catalog";
import { eligibilityData as defaultEligibilityData } from "@/lib/catalog/eligibility-routes";
import type {
  ApplicationWindow,
  Catalog,
  CatalogRequirement,
  EligibilityData,
  EligibilityRouteRule,
  RequirementNode,
} from "@/lib/catalog/types";
import { evaluateCondition } from "./conditions";
import type { ConditionContext } from "./conditions";
import { listNames } from "./format";
import { ARDMS_CREDENTIALS, holding } from "./profile";
import { spiImpliedBy } from "@/lib/plan/ardms";
import type {
  Blocker,
  EligibilityAnswer,
  EligibilityProfile,
  EligibilityReport,
  HeldSummary,
  MetCondition,
  MissingItem,
  Outcome,
  RouteEvaluation,
  UnknownItem,
} from "./types";

/**
 * How many credentials ahead the engine looks when a route needs a credential the person lacks
 * (ARDMS Prerequisite 5 needs RCS; RCS needs …). Two is enough for every chart in the catalog;
 * chains longer than that are reported as out of reach. It also keeps cross-registry loops
 * (ARRT VS needs RDMS, RDMS's exams accept ARRT VS) finite.
 */
export const CREDENTIAL_LOOKAHEAD = 2;

export interface EngineOptions {
  /** Defaults to the real catalog; tests pass fixtures. */
  catalog?: Catalog;
}

export interface EligibilityEngine {
  readonly profile: EligibilityProfile;
  /** The answer for one exam or credential (requirement slug). */
  answer(slug: string): EligibilityAnswer;
  /** Answers for every exam and credential in the catalog, in catalog order. */
  answers(): EligibilityAnswer[];
  /**
   * Evaluates an ad-hoc route against the profile: the same condition vocabulary, outside the
   * catalog (closest-paths uses it for experience and degree milestones).
   */
  evaluateRule(rule: EligibilityRouteRule): RouteEvaluation;
}

const OUTCOME_RANK: Record<Outcome, number> = {
  already_held: 4,
  eligible: 3,
  cant_tell: 2,
  not_yet: 1,
  no_route: 0,
};

const ARDMS_SPECIALTY_NOTE_HOLDER = (code: string) =>
  `You hold ${code}: adding a specialty to it has no five-year limit while it stays Active. Which prerequisite documents ARDMS asks for an added specialty is not recorded.`;

const ARDMS_FIVE_YEAR_NOTE =
  "SPI and the specialty exam must both be passed within ARDMS's five-year window: the rest of the year of the first pass plus five calendar years.";

const ARDMS_PHYSICIAN_NOTE =
  "Physicians apply through APCA (Prerequisite 4), which this planner does not cover.";

/** Orders routes by nearness: fewest missing items, least time, lowest known cost. */
function nearnessKey(route: RouteEvaluation): [number, number, number] {
  return [route.missingCount, route.monthsToClose ?? Number.POSITIVE_INFINITY, route.knownCostUsd];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The nearest routes: every route tied with the best. */
export function nearestRoutes(routes: readonly RouteEvaluation[]): RouteEvaluation[] {
  if (routes.length === 0) return [];
  const sorted = [...routes].sort((a, b) => compareKeys(nearnessKey(a), nearnessKey(b)));
  const best = nearnessKey(sorted[0]!);
  return sorted.filter((r) => compareKeys(nearnessKey(r), best) === 0);
}

function dedupeUnknowns(items: readonly UnknownItem[]): UnknownItem[] {
  const seen = new Set<string>();
  return items.filter((u) => (seen.has(u.text) ? false : (seen.add(u.text), true)));
}

/** The next application window from today, and the sitting it leads to. */
export function nextApplicationWindow(
  windows: readonly ApplicationWindow[],
  today: string,
): { applyBy: string; sitting: string } | undefined {
  const year = Number(today.slice(0, 4));
  const monthDay = today.slice(5);
  const candidates: { from: string; to: string; sitting: string }[] = [];
  for (const offset of [0, 1]) {
    for (const w of windows) {
      const y = year + offset;
      // A window whose end is earlier in the year than its start runs over New Year.
      const endYear = w.receivedTo < w.receivedFrom ? y + 1 : y;
      const sittingMonthIndex = MONTHS.indexOf(w.sittingMonth);
      const endMonth = Number(w.receivedTo.slice(0, 2)) - 1;
      const sittingYear = sittingMonthIndex <= endMonth ? endYear + 1 : endYear;
      candidates.push({
        from: `${y}-${w.receivedFrom}`,
        to: `${endYear}-${w.receivedTo}`,
        sitting: `${w.sittingMonth} ${sittingYear}`,
      });
    }
  }
  candidates.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
  const open = candidates.find((c) => c.to >= `${year}-${monthDay}`);
  return open ? { applyBy: open.to, sitting: open.sitting } : undefined;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export function createEligibilityEngine(
  profile: EligibilityProfile,
  options: EngineOptions = {},
): EligibilityEngine {
  const catalog = options.catalog ?? defaultCatalog;
  const data: EligibilityData = catalog.eligibility ?? defaultEligibilityData;
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const outside = new Map(data.outsideCredentials.map((c) => [c.slug, c]));
  const routesByTarget = new Map<string, EligibilityRouteRule[]>();
  for (const route of data.routes) {
    const list = routesByTarget.get(route.target);
    if (list) list.push(route);
    else routesByTarget.set(route.target, [route]);
  }

  const name = (slug: string): string => {
    const requirement = requirements.get(slug);
    return requirement?.code ?? requirement?.name ?? outside.get(slug)?.name ?? slug;
  };

  // Answers are memoised per look-ahead budget; `stack` guards against loops regardless.
  const memo = new Map<string, EligibilityAnswer>();
  const stack = new Set<string>();

  function answerAt(slug: string, budget: number): EligibilityAnswer | null {
    const key = `${budget}:${slug}`;
    const cached = memo.get(key);
    if (cached) return cached;
    if (stack.has(key)) return null;
    stack.add(key);
    const result = compute(slug, budget);
    stack.delete(key);
    memo.set(key, result);
    return result;
  }

  const contexts = new Map<number, ConditionContext>();
  function contextAt(budget: number): ConditionContext {
    const existing = contexts.get(budget);
    if (existing) return existing;
    const ctx: ConditionContext = {
      profile,
      data,
      requirement: (slug) => requirements.get(slug),
      outside: (slug) => outside.get(slug),
      answer: (slug) => answerAt(slug, budget),
      credentialAnswer: (slug) => (budget > 0 ? answerAt(slug, budget - 1) : null),
      name,
    };
    contexts.set(budget, ctx);
    return ctx;
  }

  function heldSummary(slug: string): HeldSummary | undefined {
    const held = holding(profile, slug);
    if (held.state === "yes" || held.state === "active-unknown") {
      return {
        slug,
        ...(held.credential.earnedOn ? { earnedOn: held.credential.earnedOn } : {}),
        ...(held.credential.active !== undefined ? { active: held.credential.active } : {}),
        via: "held",
        ...(held.state === "active-unknown"
          ? { note: "You did not say whether it is active." }
          : {}),
      };
    }
    if (slug === "ardms-spi") {
      const heldArdms = ARDMS_CREDENTIALS.filter((c) => {
        const state = holding(profile, c).state;
        return state === "yes" || state === "active-unknown";
      });
      const ardms = spiImpliedBy(heldArdms, profile.ardmsPhysicsViaUpi);
      if (ardms) {
        return {
          slug,
          via: "implied",
          note: `Every ARDMS credential includes SPI (or the older physics exam), so your ${name(ardms)} implies it. Whether an old pass counts toward a new ARDMS credential is not settled by ARDMS's rules; it is treated as banked while your credential stays Active.`,
        };
      }
    }
    return undefined;
  }

  function evaluateRoute(route: EligibilityRouteRule, ctx: ConditionContext): RouteEvaluation {
    const met: MetCondition[] = [];
    const missing: MissingItem[] = [];
    const unknowns: UnknownItem[] = [];
    const blockers: Blocker[] = [];

    if (route.closed) {
      blockers.push({ kind: "closed", text: route.closed.reason });
    } else {
      for (const part of route.conditions) {
        const result = evaluateCondition(part, ctx);
        const confidence = part.confidence ?? route.confidence;
        if (part.mayNotApply) {
          // Not known to be required: met is fine either way; otherwise we cannot tell.
          if (result.state === "met") {
            met.push({ text: `${result.text} (met whether or not it is required)`, confidence });
            continue;
          }
          const ifRequired = result.state === "missing" ? result.items[0] : undefined;
          unknowns.push({
            kind: "unverified-rule",
            text: `Whether ${route.name} also asks for this is not recorded${ifRequired ? `; if it does: ${ifRequired.text}` : ""}.`,
            ...(part.note ? { note: part.note } : {}),
            ...(ifRequired ? { ifRequired: { ...ifRequired, unverified: true } } : {}),
          });
          if (result.state === "unknown") unknowns.push(...result.unknowns);
          continue;
        }
        switch (result.state) {
          case "met":
            if (confidence === "unverified") {
              unknowns.push({
                kind: "unverified-rule",
                text: `${result.text.replace(/\.$/, "")}, but this part of ${route.name} is not verified.`,
                ...((part.note ?? route.note) ? { note: part.note ?? route.note! } : {}),
              });
            } else {
              met.push({ text: result.text, confidence });
            }
            break;
          case "missing":
            missing.push(
              ...result.items.map((item) =>
                confidence === "unverified" ? { ...item, unverified: true } : item,
              ),
            );
            unknowns.push(...result.unknowns);
            break;
          case "blocked":
            blockers.push(result.blocker);
            break;
          case "unknown":
            unknowns.push(...result.unknowns);
            break;
        }
      }
      if (route.confidence === "unverified" && blockers.length === 0) {
        unknowns.push({
          kind: "unverified-rule",
          text: `${route.name} is not verified.`,
          ...(route.note ? { note: route.note } : {}),
        });
      }
    }

    const status =
      blockers.length > 0
        ? "blocked"
        : missing.length > 0
          ? "missing"
          : unknowns.length > 0
            ? "unknown"
            : "met";
    const fees = route.fees ?? [];
    const missingCosts = missing.map((m) => m.costUsd);
    const evaluation: RouteEvaluation = {
      routeId: route.id,
      name: route.name,
      issuer: route.issuer,
      target: route.target,
      status,
      confidence: route.confidence,
      ...(route.note && route.confidence !== "verified" ? { note: route.note } : {}),
      met,
      missing,
      unknowns: dedupeUnknowns(unknowns),
      blockers,
      documents: route.documents,
      timing: route.timing ?? [],
      fees,
      missingCount: missing.reduce((sum, m) => sum + m.weight, 0),
      monthsToClose:
        missing.length === 0
          ? 0
          : missing.some((m) => m.months === null)
            ? null
            : Math.max(...missing.map((m) => m.months ?? 0)),
      knownCostUsd:
        missingCosts.reduce<number>((sum, c) => sum + (c ?? 0), 0) +
        fees.reduce((sum, f) => sum + f.usd, 0),
      costComplete: fees.length > 0 && missingCosts.every((c) => c !== null),
    };
    if (status === "met" && route.applicationWindows) {
      const next = nextApplicationWindow(route.applicationWindows, profile.today);
      if (next) evaluation.nextWindow = next;
    }
    return evaluation;
  }

  function notesFor(requirement: CatalogRequirement): string[] {
    const notes: string[] = [];
    if (requirement.issuer !== "ardms" || requirement.kind !== "exam") return notes;
    if (profile.education?.physician === true) notes.push(ARDMS_PHYSICIAN_NOTE);
    if (requirement.slug === "ardms-spi") return notes;
    const holder = ARDMS_CREDENTIALS.find((c) => holding(profile, c).state === "yes");
    notes.push(holder ? ARDMS_SPECIALTY_NOTE_HOLDER(name(holder)) : ARDMS_FIVE_YEAR_NOTE);
    return notes;
  }

  function summaryFor(
    outcome: Outcome,
    eligibleVia: readonly RouteEvaluation[],
    nearest: readonly RouteEvaluation[],
    unknowns: readonly UnknownItem[],
    routes: readonly RouteEvaluation[],
  ): string {
    switch (outcome) {
      case "eligible":
        return `Eligible now via ${listNames(eligibleVia.map((r) => r.name))}.`;
      case "not_yet": {
        const first = nearest[0]!;
        const via = listNames(
          nearest.map((r) => r.name),
          "or",
        );
        return `Not yet: via ${via}, ${listNames(first.missing.map((m) => m.text))}.`;
      }
      case "cant_tell":
        return `Can't tell yet: ${unknowns[0]?.text ?? "some answers are missing."}`;
      case "no_route": {
        const reasons = [...new Set(routes.flatMap((r) => r.blockers.map((b) => b.text)))];
        return `No route open to you: ${reasons.slice(0, 3).join(" ")}`.trim();
      }
      case "already_held":
        return "You hold it.";
    }
  }

  function compute(slug: string, budget: number): EligibilityAnswer {
    const requirement = requirements.get(slug);
    const kind = requirement?.kind === "credential" ? "credential" : "exam";
    if (!requirement) {
      return {
        target: slug,
        kind,
        outcome: "no_route",
        summary: "Not in the catalog.",
        eligibleVia: [],
        possibleVia: [],
        nearest: [],
        unknowns: [],
        routes: [],
        notes: [],
      };
    }
    const held = heldSummary(slug);
    if (held) {
      return {
        target: slug,
        kind,
        outcome: "already_held",
        summary: `You hold ${name(slug)}${held.earnedOn ? ` (earned ${held.earnedOn})` : ""}${held.via === "implied" ? " through your ARDMS credential" : ""}.`,
        held,
        eligibleVia: [],
        possibleVia: [],
        nearest: [],
        unknowns: [],
        routes: [],
        notes: held.note ? [held.note] : [],
      };
    }
    const notes = notesFor(requirement);
    const inactive = holding(profile, slug);
    if (inactive.state === "inactive") {
      notes.push(`Your ${name(slug)} is not active, so it is answered as if you did not hold it.`);
    }
    const rules = (routesByTarget.get(slug) ?? []).filter((r) => !r.outOfScope);
    if (rules.length === 0 && requirement.earnedBy) {
      return fromParts(requirement, budget, notes);
    }
    const ctx = contextAt(budget);
    const routes = rules.map((r) => evaluateRoute(r, ctx));

    const metRoutes = routes.filter((r) => r.status === "met");
    const unknownRoutes = routes.filter((r) => r.status === "unknown");
    const gapRoutes = routes.filter((r) => r.status === "missing");
    const confidentGaps = gapRoutes.filter((r) => r.confidence !== "unverified");

    let outcome: Outcome;
    let nearest: RouteEvaluation[] = [];
    let unknowns: UnknownItem[] = [];
    if (metRoutes.length > 0) {
      outcome = "eligible";
    } else if (unknownRoutes.length > 0) {
      outcome = "cant_tell";
      nearest = nearestRoutes(gapRoutes);
      unknowns = dedupeUnknowns(unknownRoutes.flatMap((r) => r.unknowns));
    } else if (confidentGaps.length > 0) {
      outcome = "not_yet";
      nearest = nearestRoutes(confidentGaps);
      unknowns = dedupeUnknowns(nearest.flatMap((r) => r.unknowns));
    } else if (gapRoutes.length > 0) {
      outcome = "cant_tell";
      nearest = nearestRoutes(gapRoutes);
      unknowns = dedupeUnknowns(gapRoutes.flatMap((r) => r.unknowns));
    } else {
      outcome = "no_route";
    }
    return {
      target: slug,
      kind,
      outcome,
      summary: summaryFor(outcome, metRoutes, nearest, unknowns, routes),
      eligibleVia: metRoutes,
      possibleVia: outcome === "cant_tell" ? unknownRoutes : [],
      nearest,
      unknowns,
      routes,
      notes,
    };
  }

  /** Credentials earned by passing exams: all of an allOf, the best of a oneOf. */
  function fromParts(
    requirement: CatalogRequirement,
    budget: number,
    notes: string[],
  ): EligibilityAnswer {
    interface Combined {
      outcome: Outcome;
      decisive: EligibilityAnswer[];
      parts: EligibilityAnswer[];
    }
    const nearness = (c: Combined): [number, number] => {
      const route = c.decisive[0]?.nearest[0];
      return [route?.missingCount ?? 0, route?.monthsToClose ?? Number.POSITIVE_INFINITY];
    };
    const visit = (node: RequirementNode): Combined => {
      if (node.type === "requirement") {
        const answer = answerAt(node.slug, budget);
        if (!answer) return { outcome: "no_route", decisive: [], parts: [] };
        return { outcome: answer.outcome, decisive: [answer], parts: [answer] };
      }
      const children = node.items.map(visit);
      if (node.type === "allOf") {
        const worst = Math.min(...children.map((c) => OUTCOME_RANK[c.outcome]));
        const limiting = children.filter((c) => OUTCOME_RANK[c.outcome] === worst);
        return {
          outcome: limiting[0]?.outcome ?? "no_route",
          decisive: limiting.flatMap((c) => c.decisive),
          parts: children.flatMap((c) => c.parts),
        };
      }
      const sorted = [...children].sort(
        (a, b) =>
          OUTCOME_RANK[b.outcome] - OUTCOME_RANK[a.outcome] ||
          compareKeys(nearness(a), nearness(b)),
      );
      const best = sorted[0];
      if (!best) return { outcome: "no_route", decisive: [], parts: [] };
      const tied = sorted.filter(
        (c) => c.outcome === best.outcome && compareKeys(nearness(c), nearness(best)) === 0,
      );
      return {
        outcome: best.outcome,
        decisive: tied.flatMap((c) => c.decisive),
        parts: tied.flatMap((c) => c.parts),
      };
    };
    const combined = visit(requirement.earnedBy!);
    const decisive = combined.decisive;
    const outcome = combined.outcome;
    const code = name(requirement.slug);
    const partsText = decisive.map((a) => `${name(a.target)}: ${a.summary}`).join(" ");
    const summary =
      outcome === "already_held"
        ? `You have passed every exam ${code} needs.`
        : outcome === "eligible"
          ? `Eligible to earn ${code}. ${partsText}`
          : outcome === "not_yet"
            ? `Not yet for ${code}. ${partsText}`
            : outcome === "cant_tell"
              ? `Can't tell yet for ${code}. ${partsText}`
              : `No route to ${code}. ${partsText}`;
    if (requirement.issuer === "ardms" && outcome !== "already_held") {
      notes.push(
        "It is earned by passing SPI and a specialty exam; the answers for each exam are in `parts`.",
      );
    }
    return {
      target: requirement.slug,
      kind: requirement.kind === "credential" ? "credential" : "exam",
      outcome,
      summary: summary.trim(),
      ...(outcome === "already_held"
        ? { held: { slug: requirement.slug, via: "implied" as const } }
        : {}),
      eligibleVia: outcome === "eligible" ? decisive.flatMap((a) => a.eligibleVia) : [],
      possibleVia: outcome === "cant_tell" ? decisive.flatMap((a) => a.possibleVia) : [],
      nearest: decisive.flatMap((a) => a.nearest),
      unknowns: dedupeUnknowns(decisive.flatMap((a) => a.unknowns)),
      routes: [],
      parts: combined.parts,
      notes,
    };
  }

  const targets = catalog.requirements
    .filter((r) => !r.retired && (r.kind === "exam" || r.kind === "credential"))
    .map((r) => r.slug);

  return {
    profile,
    answer: (slug) => answerAt(slug, CREDENTIAL_LOOKAHEAD)!,
    answers: () => targets.map((slug) => answerAt(slug, CREDENTIAL_LOOKAHEAD)!),
    evaluateRule: (rule) => evaluateRoute(rule, contextAt(CREDENTIAL_LOOKAHEAD)),
  };
}

/** The answer for one exam or credential. */
export function eligibilityFor(
  slug: string,
  profile: EligibilityProfile,
  options: EngineOptions = {},
): EligibilityAnswer {
  return createEligibilityEngine(profile, options).answer(slug);
}

/** Answers for every exam and credential in the catalog. */
export function evaluateEligibility(
  profile: EligibilityProfile,
  options: EngineOptions = {},
): EligibilityReport {
  return { today: profile.today, answers: createEligibilityEngine(profile, options).answers() };
}
