/**
 * One period of one body's cycle, evaluated: which activities count and for how much, the
 * minimums, caps, waivers and grants, what is left, the pace and the status.
 */
import type {
  CeCategory,
  CraDomain,
  CreditPool,
  CreditRule,
  UpkeepRule,
} from "@/lib/catalog/types";
import { CRA_DOMAIN_LABELS, CRA_DOMAINS } from "@/lib/catalog/upkeep";
import { addDaysToDate, daysBetween } from "@/lib/dates";
import type { Period } from "@/lib/windows";
import { resolveRelativeDate, wholeMonthsLeft } from "@/lib/windows";
import { ceilDiv, toHundredths } from "./credits";
import type {
  AlternativeRequirement,
  CapProgress,
  CategoryProgress,
  CountedActivity,
  CredentialSpell,
  ExamPass,
  ExcludedActivity,
  GrantApplied,
  Hundredths,
  Pace,
  PeriodEvaluation,
  PeriodStatus,
  Sourced,
  WaiverApplied,
} from "./types";

/** An activity as one body sees it, with credits already parsed. */
export interface PreparedActivity {
  id: string;
  completedOn: string;
  /** Title and provider folded for comparison (see `sameActivityKey`). */
  titleKey: string;
  providerKey: string;
  category: CeCategory;
  craDomain: CraDomain | null;
  /** The body's credits for it, or why it gives none. */
  bodyCredits: Hundredths | "not_accepted" | "needs_cra_domain";
  /** ARRT's Sonography share, never more than `bodyCredits`. */
  sonography: Hundredths;
}

/** What a period's evaluation needs to know about the person and the body. */
export interface PeriodContext {
  rule: UpkeepRule;
  today: string;
  /** The first credential's date, which starts the cycle (a pass on it waives nothing). */
  anchor: string;
  spells: readonly CredentialSpell[];
  examPasses: readonly ExamPass[];
  /** In counting order: by completion date, then id. */
  activities: readonly PreparedActivity[];
}

export interface PeriodOptions {
  /** Activities from after the period, counted as make-up (ARRT CE probation). */
  makeUp?: readonly PreparedActivity[];
  /** Activities counted as make-up for the period before: they do not count here. */
  usedForMakeUp?: ReadonlySet<string>;
}

const sourced = (fact: Sourced): Sourced =>
  fact.note === undefined
    ? { confidence: fact.confidence, sources: fact.sources }
    : { confidence: fact.confidence, sources: fact.sources, note: fact.note };

function inPool(pool: CreditPool, activity: PreparedActivity): boolean {
  switch (pool.kind) {
    case "categories":
      return pool.categories.includes(activity.category);
    case "other_categories":
      return !pool.categories.includes(activity.category);
    case "arrt_sonography":
      return activity.sonography > 0;
    case "each_cra_domain":
      return activity.craDomain !== null;
  }
}

/** How much of a counted amount a minimum's pool takes. */
function poolShare(pool: CreditPool, activity: PreparedActivity, counted: Hundredths): Hundredths {
  if (!inPool(pool, activity)) return 0;
  return pool.kind === "arrt_sonography" ? Math.min(activity.sonography, counted) : counted;
}

/** The cap bucket an activity fills: the cap's key, or "key:domain" for a per-domain cap. */
function capBucket(cap: CreditRule["caps"][number], activity: PreparedActivity): string | null {
  if (!inPool(cap.pool, activity)) return null;
  return cap.pool.kind === "each_cra_domain" ? `${cap.key}:${activity.craDomain}` : cap.key;
}

function spellOverlaps(spell: CredentialSpell, period: Period): boolean {
  return spell.earnedOn <= period.end && (spell.endedOn === null || spell.endedOn >= period.start);
}

/** The minimums that apply: per key, the first entry whose `whenHolding` the person meets. */
function applicableMinimums(context: PeriodContext, period: Period, credits: CreditRule) {
  const held = new Set(
    context.spells.filter((s) => spellOverlaps(s, period)).map((s) => s.credentialSlug),
  );
  const chosen = new Map<string, CreditRule["minimums"][number]>();
  for (const minimum of credits.minimums) {
    if (chosen.has(minimum.key)) continue;
    if (minimum.whenHolding === undefined || minimum.whenHolding.some((slug) => held.has(slug))) {
      chosen.set(minimum.key, minimum);
    }
  }
  return [...chosen.values()];
}

/** Waivers earned by exam passes inside the period; without stacking, only the first applies. */
function waiversIn(context: PeriodContext, period: Period, credits: CreditRule): WaiverApplied[] {
  const firstPass = new Map<string, string>();
  for (const pass of context.examPasses) {
    const earlier = firstPass.get(pass.examSlug);
    if (earlier === undefined || pass.passedOn < earlier)
      firstPass.set(pass.examSlug, pass.passedOn);
  }
  const applied: WaiverApplied[] = [];
  for (const waiver of credits.waivers) {
    const passes = [...firstPass.entries()]
      .filter(
        ([exam, passedOn]) =>
          waiver.exams.includes(exam) &&
          passedOn >= period.start &&
          passedOn <= period.end &&
          passedOn <= context.today &&
          // The pass that earned the first credential starts the cycle; it is not "new".
          passedOn > context.anchor,
      )
      .sort(([examA, a], [examB, b]) => (a === b ? examA.localeCompare(examB) : a < b ? -1 : 1));
    passes.forEach(([examSlug, passedOn], i) => {
      const counts = waiver.stacks || i === 0;
      applied.push({
        key: waiver.key,
        label: waiver.label,
        amount: counts ? toHundredths(waiver.amount) : 0,
        applied: counts,
        examSlug,
        passedOn,
        ...sourced(waiver),
      });
    });
  }
  return applied;
}

interface Tally {
  counted: CountedActivity[];
  excluded: ExcludedActivity[];
  /** Counted credits per category-minimum key. */
  byMinimum: Map<string, Hundredths>;
  /** Per cap bucket: logged before the cap and counted after it. */
  capLogged: Map<string, Hundredths>;
  capCounted: Map<string, Hundredths>;
  earned: Hundredths;
}

/** Counts activities in order, applying duplicates, acceptance and caps. */
function tally(
  context: PeriodContext,
  credits: CreditRule,
  minimums: ReturnType<typeof applicableMinimums>,
  inPeriod: readonly PreparedActivity[],
  makeUp: readonly PreparedActivity[],
  usedForMakeUp: ReadonlySet<string>,
): Tally {
  const result: Tally = {
    counted: [],
    excluded: [],
    byMinimum: new Map(),
    capLogged: new Map(),
    capCounted: new Map(),
    earned: 0,
  };
  const seenEntry = new Map<string, string>();
  const seenTitle = new Map<string, string>();
  const makeUpIds = new Set(makeUp.map((a) => a.id));

  for (const activity of [...inPeriod, ...makeUp]) {
    const exclude = (reason: ExcludedActivity["reason"], duplicateOf?: string) =>
      result.excluded.push(
        duplicateOf === undefined
          ? { activityId: activity.id, reason }
          : { activityId: activity.id, reason, duplicateOf },
      );
    if (usedForMakeUp.has(activity.id)) {
      exclude("used_for_make_up");
      continue;
    }
    if (activity.completedOn > context.today) {
      exclude("future");
      continue;
    }
    // One activity logged twice (same date, title and provider) counts once for every body;
    // ARRT also counts an activity (same title and provider) once per period, whatever the date.
    const entryKey = `${activity.completedOn}|${activity.titleKey}|${activity.providerKey}`;
    const titleKey = `${activity.titleKey}|${activity.providerKey}`;
    const duplicateOf =
      seenEntry.get(entryKey) ??
      (credits.oncePerPeriodByTitleAndProvider ? seenTitle.get(titleKey) : undefined);
    if (duplicateOf !== undefined) {
      exclude("duplicate", duplicateOf);
      continue;
    }
    if (activity.bodyCredits === "not_accepted" || activity.bodyCredits === "needs_cra_domain") {
      exclude(activity.bodyCredits);
      continue;
    }
    if (activity.bodyCredits === 0) {
      exclude("not_accepted");
      continue;
    }

    const logged = activity.bodyCredits;
    let allowed = logged;
    const buckets: [string, Hundredths][] = [];
    for (const cap of credits.caps) {
      const bucket = capBucket(cap, activity);
      if (bucket === null) continue;
      const room = toHundredths(cap.maximum) - (result.capCounted.get(bucket) ?? 0);
      allowed = Math.min(allowed, Math.max(0, room));
      buckets.push([bucket, logged]);
    }
    for (const [bucket, amount] of buckets) {
      result.capLogged.set(bucket, (result.capLogged.get(bucket) ?? 0) + amount);
    }
    if (allowed <= 0) {
      exclude("over_cap");
      continue;
    }
    for (const [bucket] of buckets) {
      result.capCounted.set(bucket, (result.capCounted.get(bucket) ?? 0) + allowed);
    }

    seenEntry.set(entryKey, activity.id);
    seenTitle.set(titleKey, activity.id);
    const countsToward: string[] = [];
    let sonographyCredits = 0;
    for (const minimum of minimums) {
      const share = poolShare(minimum.pool, activity, allowed);
      if (share <= 0) continue;
      countsToward.push(minimum.key);
      result.byMinimum.set(minimum.key, (result.byMinimum.get(minimum.key) ?? 0) + share);
      if (minimum.pool.kind === "arrt_sonography") sonographyCredits = share;
    }
    result.counted.push({
      activityId: activity.id,
      completedOn: activity.completedOn,
      credits: allowed,
      sonographyCredits,
      countsToward,
      capped: allowed < logged,
      makeUp: makeUpIds.has(activity.id),
    });
    result.earned += allowed;
  }
  return result;
}

function capProgress(credits: CreditRule, counts: Tally): CapProgress[] {
  const progress: CapProgress[] = [];
  for (const cap of credits.caps) {
    const buckets: [string, string][] =
      cap.pool.kind === "each_cra_domain"
        ? CRA_DOMAINS.map((d) => [`${cap.key}:${d.value}`, CRA_DOMAIN_LABELS[d.value]])
        : [[cap.key, cap.label]];
    for (const [key, label] of buckets) {
      const counted = counts.capCounted.get(key) ?? 0;
      const maximum = toHundredths(cap.maximum);
      progress.push({
        key,
        label,
        maximum,
        logged: counts.capLogged.get(key) ?? 0,
        counted,
        reached: counted >= maximum,
        ...sourced(cap),
      });
    }
  }
  return progress;
}

function statusOf(
  period: Period,
  today: string,
  needed: Hundredths,
  remaining: Hundredths,
): PeriodStatus {
  if (remaining === 0) return "complete";
  if (today > period.end) return "ended";
  if (today < period.start) return "upcoming";
  const length = daysBetween(period.start, period.end) + 1;
  const elapsed = daysBetween(period.start, today);
  const done = needed - remaining;
  // Straight-line share, compared in integers: done / needed < elapsed / length.
  return done * length < needed * elapsed ? "behind" : "on_track";
}

function paceOf(period: Period, today: string, remaining: Hundredths): Pace | null {
  if (remaining === 0 || today > period.end) return null;
  const from = today < period.start ? period.start : today;
  const monthsLeft = wholeMonthsLeft(from, period.end);
  return {
    perMonth: ceilDiv(remaining, monthsLeft),
    monthsLeft,
    daysLeft: daysBetween(from, period.end) + 1,
    by: period.end,
  };
}

/** Evaluates one period. `requirementKind` is the period's (CCI's first period asks no CE). */
export function evaluatePeriod(
  context: PeriodContext,
  period: Period,
  options: PeriodOptions = {},
): PeriodEvaluation {
  const { rule, today } = context;
  const requirementKind =
    period.index === 0 && rule.firstPeriod
      ? rule.firstPeriod.requirementKind
      : rule.requirementKind;
  const grace = rule.grace;
  const graceWindow =
    grace === null
      ? null
      : {
          start: addDaysToDate(period.end, 1),
          end: resolveRelativeDate(grace.until, period.end),
          surchargeUsd: grace.surchargeUsd,
          creditsEarnedInGraceCount: grace.creditsEarnedInGraceCount,
        };
  const uploadDeadline = rule.uploadBy
    ? resolveRelativeDate(rule.uploadBy.after, period.end)
    : null;
  const credits = rule.credits;

  if (requirementKind !== "credits" || credits === null) {
    return {
      index: period.index,
      periodStart: period.start,
      periodEnd: period.end,
      requirementKind,
      unit: credits?.unit ?? null,
      required: 0,
      requiredAlternatives: [],
      waived: 0,
      waivers: [],
      grants: [],
      earned: 0,
      categories: [],
      caps: [],
      remaining: { total: 0, byCategory: {}, notFrom: [] },
      pace: null,
      status: "no_ce_required",
      counted: [],
      excluded: context.activities
        .filter((a) => a.completedOn >= period.start && a.completedOn <= period.end)
        .filter((a) => a.completedOn <= today)
        .map((a) => ({ activityId: a.id, reason: "period_needs_no_ce" })),
      graceWindow,
      uploadDeadline,
      auditReinstatement: null,
      makeUp: null,
    };
  }

  const minimums = applicableMinimums(context, period, credits);
  const inPeriod = context.activities.filter(
    (a) => a.completedOn >= period.start && a.completedOn <= period.end,
  );
  const counts = tally(
    context,
    credits,
    minimums,
    inPeriod,
    options.makeUp ?? [],
    options.usedForMakeUp ?? new Set(),
  );

  if (graceWindow && !graceWindow.creditsEarnedInGraceCount) {
    for (const activity of context.activities) {
      if (
        activity.completedOn >= graceWindow.start &&
        activity.completedOn <= graceWindow.end &&
        activity.completedOn <= today
      ) {
        counts.excluded.push({ activityId: activity.id, reason: "earned_in_grace" });
      }
    }
  }

  const required = toHundredths(credits.total);
  const waivers = waiversIn(context, period, credits);
  const waiverSum = waivers.reduce((sum, w) => sum + w.amount, 0);
  const waived = Math.min(required, waiverSum);
  const grants: GrantApplied[] = credits.grants
    .filter((grant) => grant.when === "first_period" && period.index === 0)
    .map((grant) => ({
      key: grant.key,
      label: grant.label,
      amount: toHundredths(grant.amount),
      ...sourced(grant),
    }));
  const earned = counts.earned + grants.reduce((sum, g) => sum + g.amount, 0);

  const categories: CategoryProgress[] = minimums.map((minimum) => {
    const needed = toHundredths(minimum.minimum);
    const categoryEarned = counts.byMinimum.get(minimum.key) ?? 0;
    return {
      key: minimum.key,
      label: minimum.label,
      required: needed,
      earned: categoryEarned,
      shortfall: Math.max(0, needed - categoryEarned),
      ...sourced(minimum),
    };
  });
  const shortfalls = categories.reduce((sum, c) => sum + c.shortfall, 0);
  const minimumsTotal = categories.reduce((sum, c) => sum + c.required, 0);
  const leftFor = (total: Hundredths) =>
    Math.max(0, shortfalls, total - Math.min(total, waiverSum) - earned);
  const remainingTotal = leftFor(required);
  const caps = capProgress(credits, counts);

  const requiredAlternatives: AlternativeRequirement[] = credits.alternatives.map((alt) => ({
    required: toHundredths(alt.total),
    label: alt.label,
    remaining: leftFor(toHundredths(alt.total)),
    ...sourced(alt),
  }));

  const needed = Math.max(minimumsTotal, required - waived);
  const status = statusOf(period, today, needed, remainingTotal);
  const ended = today > period.end;

  const audit = rule.auditReinstatement;
  const auditRequired =
    audit?.table.find((row) => row.whenRequired === credits.total)?.required ?? null;
  const auditReinstatement =
    audit && ended && remainingTotal > 0 && auditRequired !== null
      ? {
          required: toHundredths(auditRequired),
          earned: counts.earned,
          remaining: Math.max(0, toHundredths(auditRequired) - counts.earned),
          submitBy: resolveRelativeDate(audit.submitBy, period.end),
          finalBy: resolveRelativeDate(audit.finalBy, period.end),
          ...sourced(audit),
        }
      : null;

  return {
    index: period.index,
    periodStart: period.start,
    periodEnd: period.end,
    requirementKind,
    unit: credits.unit,
    required,
    requiredAlternatives,
    waived,
    waivers,
    grants,
    earned,
    categories,
    caps,
    remaining: {
      total: remainingTotal,
      byCategory: Object.fromEntries(categories.map((c) => [c.key, c.shortfall])),
      notFrom: caps.filter((c) => c.reached).map((c) => c.key),
    },
    pace: paceOf(period, today, remainingTotal),
    status,
    counted: counts.counted,
    excluded: counts.excluded,
    graceWindow,
    uploadDeadline,
    auditReinstatement,
    makeUp: null,
  };
}

/**
 * An ended period evaluated with CE-probation make-up: activities dated after it, up to the
 * make-up deadline and today, are added in date order while each one lowers what is left.
 * Returns the evaluation and the ids used, which then do not count in the next period.
 */
export function evaluateWithMakeUp(
  context: PeriodContext,
  period: Period,
): { evaluation: PeriodEvaluation; usedIds: ReadonlySet<string> } {
  const base = evaluatePeriod(context, period);
  const makeUpRule = context.rule.makeUp;
  if (!makeUpRule || base.status !== "ended" || base.requirementKind !== "credits") {
    return { evaluation: base, usedIds: new Set() };
  }
  const by = resolveRelativeDate(makeUpRule.within, period.end);
  const candidates = context.activities.filter(
    (a) => a.completedOn > period.end && a.completedOn <= by && a.completedOn <= context.today,
  );
  let accepted: PreparedActivity[] = [];
  let best = base;
  for (const candidate of candidates) {
    if (best.remaining.total === 0) break;
    const trial = evaluatePeriod(context, period, { makeUp: [...accepted, candidate] });
    if (trial.remaining.total < best.remaining.total) {
      accepted = [...accepted, candidate];
      best = trial;
    }
  }
  const madeUp = best.counted.filter((c) => c.makeUp).reduce((sum, c) => sum + c.credits, 0);
  const evaluation: PeriodEvaluation = {
    ...best,
    makeUp: {
      by,
      shortAtEnd: base.remaining.total,
      madeUp,
      remaining: best.remaining.total,
      ...sourced(makeUpRule),
    },
  };
  return { evaluation, usedIds: new Set(accepted.map((a) => a.id)) };
}
