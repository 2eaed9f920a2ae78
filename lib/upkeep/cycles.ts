/**
 * The upkeep engine: one cycle per body per person, from the credentials held, the exams passed
 * and the single CE log, checked against the catalog's upkeep rules. Pure: takes `today`.
 */
import type { UpkeepBody, UpkeepFee, UpkeepRule } from "@/lib/catalog/types";
import { upkeepRules as catalogUpkeepRules } from "@/lib/catalog/upkeep";
import { addDaysToDate, addMonthsToDate, isIsoDate, latestDate } from "@/lib/dates";
import type { Period, PeriodClock } from "@/lib/windows";
import { endOfMonth, periodAt, periodContaining, resolveRelativeDate } from "@/lib/windows";
import { creditsOrThrow } from "./credits";
import type { PeriodContext, PreparedActivity } from "./period";
import { evaluatePeriod, evaluateWithMakeUp } from "./period";
import { foldText } from "./text";
import type {
  CeActivity,
  CredentialSpell,
  FeeStatus,
  Lapse,
  LateWindowDates,
  LongCycleDue,
  PeriodEvaluation,
  UpkeepCycle,
  UpkeepCycleResult,
  UpkeepInput,
} from "./types";

function requireDate(value: string, what: string): void {
  if (!isIsoDate(value))
    throw new RangeError(`${what}: not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
}

/** Throws a RangeError naming the first malformed field: inputs should come checked. */
function validate(input: UpkeepInput): void {
  requireDate(input.today, "today");
  for (const spell of input.credentials) {
    requireDate(spell.earnedOn, `credential ${spell.credentialSlug} earnedOn`);
    if (spell.endedOn !== null)
      requireDate(spell.endedOn, `credential ${spell.credentialSlug} endedOn`);
  }
  for (const pass of input.examPasses) requireDate(pass.passedOn, `exam ${pass.examSlug} passedOn`);
  for (const activity of input.activities) {
    requireDate(activity.completedOn, `activity ${activity.id} completedOn`);
    creditsOrThrow(activity.credits, `activity ${activity.id} credits`);
    for (const [body, credits] of Object.entries(activity.creditsByBody ?? {})) {
      if (credits !== undefined)
        creditsOrThrow(credits, `activity ${activity.id} credits for ${body}`);
    }
  }
  const month = input.arrtBirthMonth;
  if (
    month !== undefined &&
    month !== null &&
    !(Number.isInteger(month) && month >= 1 && month <= 12)
  ) {
    throw new RangeError(`arrtBirthMonth: not a month (1–12): ${month}`);
  }
}

/** Held on `today`: active and not ended before it. */
function isHeld(spell: CredentialSpell, today: string): boolean {
  return spell.status === "active" && (spell.endedOn === null || spell.endedOn >= today);
}

/**
 * The spells of the running chain: later credentials join the cycle the first one started, but a
 * credential earned after every earlier one had ended starts a new cycle (re-earned after a lapse:
 * assumed, unconfirmed). A spell with no end date counts as still running.
 */
function currentChain(spells: readonly CredentialSpell[]): CredentialSpell[] {
  const sorted = [...spells].sort((a, b) =>
    a.earnedOn === b.earnedOn
      ? a.credentialSlug.localeCompare(b.credentialSlug)
      : a.earnedOn < b.earnedOn
        ? -1
        : 1,
  );
  let chain: CredentialSpell[] = [];
  let runsUntil: string | null = null; // null: open-ended
  for (const spell of sorted) {
    if (chain.length > 0 && runsUntil !== null && spell.earnedOn > runsUntil) chain = [];
    if (chain.length === 0) runsUntil = spell.endedOn;
    else if (runsUntil !== null)
      runsUntil = spell.endedOn === null ? null : latestDate([runsUntil, spell.endedOn]);
    chain.push(spell);
  }
  return chain;
}

/** Activities as this body sees them, in counting order (completion date, then id). */
/** Each activity's title and provider, folded once for every body that reads the log. */
type FoldedText = ReadonlyMap<CeActivity, { titleKey: string; providerKey: string }>;

function foldActivities(activities: readonly CeActivity[]): FoldedText {
  return new Map(
    activities.map((activity) => [
      activity,
      { titleKey: foldText(activity.title), providerKey: foldText(activity.provider) },
    ]),
  );
}

function prepare(
  activities: readonly CeActivity[],
  rule: UpkeepRule,
  folded: FoldedText,
): PreparedActivity[] {
  const credits = rule.credits;
  if (!credits) return [];
  const seenIds = new Set<string>();
  const prepared: PreparedActivity[] = [];
  for (const activity of activities) {
    // The same id twice is one activity; only the first copy is read.
    if (seenIds.has(activity.id)) continue;
    seenIds.add(activity.id);
    const override = rule.body === "parca" ? undefined : activity.creditsByBody?.[rule.body];
    let bodyCredits: PreparedActivity["bodyCredits"];
    if (override !== undefined) {
      bodyCredits = creditsOrThrow(override, `activity ${activity.id} credits for ${rule.body}`);
    } else if (
      credits.acceptsByDefault !== "all" &&
      !credits.acceptsByDefault.includes(activity.category)
    ) {
      bodyCredits = "not_accepted";
    } else {
      bodyCredits = creditsOrThrow(activity.credits, `activity ${activity.id} credits`);
    }
    if (typeof bodyCredits === "number" && credits.needsCraDomain && !activity.craDomain) {
      bodyCredits = "needs_cra_domain";
    }
    const sonographyText =
      rule.body === "arrt" ? activity.creditsByBody?.arrtSonography : undefined;
    const sonography =
      sonographyText === undefined || typeof bodyCredits !== "number"
        ? 0
        : Math.min(
            bodyCredits,
            creditsOrThrow(sonographyText, `activity ${activity.id} arrtSonography`),
          );
    prepared.push({
      id: activity.id,
      completedOn: activity.completedOn,
      ...folded.get(activity)!,
      category: activity.category,
      craDomain: activity.craDomain ?? null,
      bodyCredits,
      sonography,
    });
  }
  return prepared.sort((a, b) =>
    a.completedOn === b.completedOn
      ? a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0
      : a.completedOn < b.completedOn
        ? -1
        : 1,
  );
}

function yearlyDue(year: number, fee: UpkeepFee, birthMonth: number | null): string | null {
  const due = fee.due;
  if (due.kind === "yearly") {
    const first = `${year}-${String(due.month).padStart(2, "0")}-01`;
    return due.day === "last"
      ? endOfMonth(first)
      : `${first.slice(0, 8)}${String(due.day).padStart(2, "0")}`;
  }
  if (due.kind === "yearly_end_of_birth_month") {
    if (birthMonth === null) return null;
    return endOfMonth(`${year}-${String(birthMonth).padStart(2, "0")}-01`);
  }
  return null;
}

function lateWindowsAfter(fee: UpkeepFee, dueOn: string): LateWindowDates[] {
  const windows: LateWindowDates[] = [];
  let from = addDaysToDate(dueOn, 1);
  for (const window of fee.lateWindows) {
    const until = resolveRelativeDate(window.until, dueOn);
    windows.push({ from, until, surchargeUsd: window.surchargeUsd, label: window.label });
    from = addDaysToDate(until, 1);
  }
  return windows;
}

/** The next fee due on or after today, and an earlier one whose late window is still open. */
function feeStatus(
  rule: UpkeepRule,
  today: string,
  current: Period,
  previous: Period | null,
  anchor: string,
  birthMonth: number | null,
): FeeStatus | null {
  const fee = rule.fee;
  if (!fee) return null;
  let dueOn: string | null;
  let previousDue: string | null;
  if (fee.due.kind === "period_end") {
    dueOn = current.end;
    previousDue = previous?.end ?? null;
  } else {
    const year = Number(today.slice(0, 4));
    const thisYear = yearlyDue(year, fee, birthMonth);
    if (thisYear === null) return null;
    dueOn = thisYear >= today ? thisYear : yearlyDue(year + 1, fee, birthMonth);
    previousDue = dueOn === null ? null : yearlyDue(Number(dueOn.slice(0, 4)) - 1, fee, birthMonth);
  }
  if (dueOn === null) return null;

  let overdue: FeeStatus["overdue"] = null;
  if (previousDue !== null && previousDue >= anchor) {
    const windows = lateWindowsAfter(fee, previousDue);
    const open = windows.find((w) => w.from <= today && today <= w.until);
    const lastDay = windows.at(-1)?.until ?? previousDue;
    if (open) {
      overdue = { dueOn: previousDue, openWindow: open, lapsesOn: addDaysToDate(lastDay, 1) };
    }
  }
  const opensOn =
    fee.opensMonthsBefore === undefined
      ? null
      : addMonthsToDate(`${dueOn.slice(0, 7)}-01`, -fee.opensMonthsBefore);
  return {
    label: fee.label,
    usd: fee.usd,
    approximate: true,
    dueOn,
    opensOn,
    lateWindows: lateWindowsAfter(fee, dueOn),
    ifUnpaid: fee.ifUnpaid,
    afterLastWindow: fee.afterLastWindow,
    overdue,
    confidence: fee.confidence,
    sources: fee.sources,
    ...(fee.note === undefined ? {} : { note: fee.note }),
  };
}

function lapsesFor(rule: UpkeepRule, fee: FeeStatus | null, current: PeriodEvaluation): Lapse[] {
  const lapses: Lapse[] = [];
  if (fee?.overdue) {
    lapses.push({ on: fee.overdue.lapsesOn, what: fee.afterLastWindow, cause: "fee_unpaid" });
  }
  if (fee) {
    lapses.push({ on: addDaysToDate(fee.dueOn, 1), what: fee.ifUnpaid, cause: "fee_unpaid" });
    const last = fee.lateWindows.at(-1)?.until ?? fee.dueOn;
    lapses.push({ on: addDaysToDate(last, 1), what: fee.afterLastWindow, cause: "fee_unpaid" });
  }
  if (rule.credits && current.requirementKind === "credits" && current.remaining.total > 0) {
    lapses.push({
      on: addDaysToDate(current.periodEnd, 1),
      what: rule.credits.ifShort,
      cause: "credits_short",
    });
  }
  return lapses.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** CQR, ABII's 10-year requirement and PARCA's exam refresh, per credential held. */
function longCycleDues(
  rule: UpkeepRule,
  held: readonly CredentialSpell[],
  today: string,
): LongCycleDue[] {
  const dues: LongCycleDue[] = [];
  for (const requirement of rule.longCycle) {
    for (const spell of held) {
      const from = requirement.forCredentialsEarnedFrom;
      if (from !== undefined && spell.earnedOn < from) continue;
      // The day before each Nth anniversary; the first one on or after today.
      let cycles = 1;
      let due = addDaysToDate(addMonthsToDate(spell.earnedOn, 12 * requirement.everyYears), -1);
      while (due < today) {
        cycles++;
        due = addDaysToDate(
          addMonthsToDate(spell.earnedOn, 12 * requirement.everyYears * cycles),
          -1,
        );
      }
      dues.push({
        key: requirement.key,
        label: requirement.label,
        credentialSlug: spell.credentialSlug,
        windowOpens:
          requirement.windowYears === undefined
            ? null
            : addMonthsToDate(addDaysToDate(due, 1), -12 * requirement.windowYears),
        due,
        confidence: requirement.confidence,
        sources: requirement.sources,
        ...(requirement.note === undefined ? {} : { note: requirement.note }),
      });
    }
  }
  if (rule.requirementKind === "exam_refresh") {
    for (const spell of held) {
      const clock: PeriodClock = { pattern: rule.cycle.pattern, anchor: spell.earnedOn };
      const period = periodContaining(clock, today) ?? periodAt(clock, 0);
      dues.push({
        key: "exam-refresh",
        label: "Pass the updated exam",
        credentialSlug: spell.credentialSlug,
        windowOpens: null,
        due: period.end,
        confidence: rule.cycle.confidence,
        sources: rule.cycle.sources,
        ...(rule.cycle.note === undefined ? {} : { note: rule.cycle.note }),
      });
    }
  }
  return dues.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

function evaluateCycle(
  rule: UpkeepRule,
  spells: readonly CredentialSpell[],
  input: UpkeepInput,
  folded: FoldedText,
): UpkeepCycleResult | null {
  const { today } = input;
  const chain = currentChain(spells.filter((s) => s.earnedOn <= today));
  const first = chain[0];
  if (!first) return null;
  const heldSpells = chain.filter((s) => isHeld(s, today));
  const held = heldSpells.length > 0;
  const shown = held ? heldSpells : chain;
  const identity = {
    body: rule.body,
    ruleSlug: rule.slug,
    name: rule.name,
    credentials: [...new Set(shown.map((s) => s.credentialSlug))],
    held,
  };

  const birthMonth = input.arrtBirthMonth ?? null;
  if (rule.cycle.pattern.kind === "birth_month" && birthMonth === null) {
    return { ...identity, status: "needs_input", missing: "arrt_birth_month" };
  }
  const clock: PeriodClock =
    birthMonth === null
      ? { pattern: rule.cycle.pattern, anchor: first.earnedOn }
      : { pattern: rule.cycle.pattern, anchor: first.earnedOn, birthMonth };

  // The period holding today; for a body no longer held, the one holding the last day held.
  const reference = held
    ? today
    : (latestDate(chain.flatMap((s) => (s.endedOn ? [s.endedOn] : []))) ?? today);
  const period = periodContaining(clock, reference) ?? periodAt(clock, 0);
  const previousPeriod = period.index > 0 ? periodAt(clock, period.index - 1) : null;

  const context: PeriodContext = {
    rule,
    today,
    anchor: first.earnedOn,
    spells: chain,
    examPasses: input.examPasses,
    activities: prepare(input.activities, rule, folded),
  };
  const previousResult = previousPeriod ? evaluateWithMakeUp(context, previousPeriod) : null;
  let current = evaluatePeriod(context, period, {
    usedForMakeUp: previousResult?.usedIds ?? new Set(),
  });
  if (!held) current = { ...current, status: "ended", pace: null };

  const fee = held
    ? feeStatus(rule, today, period, previousPeriod, first.earnedOn, birthMonth)
    : null;
  const cycle: UpkeepCycle = {
    ...identity,
    ...current,
    previous: previousResult?.evaluation ?? null,
    fee,
    lapses: held ? lapsesFor(rule, fee, current) : [],
    longCycle: longCycleDues(rule, heldSpells, today),
  };
  return cycle;
}

/**
 * Every body's cycle for one person, in the rules' order (ARDMS, CCI, ARRT, ABII, CRA, PARCA),
 * for the bodies whose credentials the person has held. One activity counts in every cycle that
 * accepts it, and at most once in each. Throws a RangeError for malformed input.
 */
export function evaluateUpkeep(
  input: UpkeepInput,
  rules: readonly UpkeepRule[] = catalogUpkeepRules,
): UpkeepCycleResult[] {
  validate(input);
  const folded = foldActivities(input.activities);
  const cycles: UpkeepCycleResult[] = [];
  for (const rule of rules) {
    const spells = input.credentials.filter((s) => rule.appliesTo.includes(s.credentialSlug));
    const cycle = evaluateCycle(rule, spells, input, folded);
    if (cycle) cycles.push(cycle);
  }
  return cycles;
}

/** The cycle for one body, if the person has one. */
export function cycleFor(
  cycles: readonly UpkeepCycleResult[],
  body: UpkeepBody,
): UpkeepCycleResult | undefined {
  return cycles.find((cycle) => cycle.body === body);
}
