/**
 * Inputs and outputs of the credential-upkeep engine. Inputs are plain data (they mirror database
 * rows); outputs are plain data with ISO dates ("YYYY-MM-DD") and numbers, never formatted text:
 * the UI formats dates and credits for the reader's locale.
 *
 * Credits are exact: every amount is `Hundredths` (credits × 100, an integer), so 0.75 + 0.25 is
 * exactly 1 and no rounding can make someone look compliant. Format with `formatCredits`.
 */
import type {
  CeCategory,
  Confidence,
  CraDomain,
  PeriodRequirementKind,
  UpkeepBody,
} from "@/lib/catalog/types";

/** Credits × 100, always an integer: 1.5 credits is 150. */
export type Hundredths = number;

// ---- Inputs -------------------------------------------------------------------------------------

export type CredentialSpellStatus = "active" | "inactive" | "lapsed" | "revoked";

/** One stretch of holding a credential, from earning it to losing it (or still held). */
export interface CredentialSpell {
  /** A catalog credential slug, e.g. "ardms-rdms", "cci-rcs", "arrt-s". */
  credentialSlug: string;
  earnedOn: string;
  /** The last day it was held; null while it is still held (or the end date is not known). */
  endedOn: string | null;
  /** Held today only when "active" and not ended before today. */
  status: CredentialSpellStatus;
}

/** A passed exam. ARDMS waivers read these: a first pass of a specialty exam inside a period. */
export interface ExamPass {
  /** A catalog exam slug, e.g. "ardms-obgyn". */
  examSlug: string;
  passedOn: string;
}

/**
 * Credit amounts a body gives an activity when they differ from its certificate, as decimal
 * strings like `credits`. "0" means the body does not accept it.
 */
export interface CreditsByBody {
  ardms?: string;
  cci?: string;
  arrt?: string;
  abii?: string;
  ahra?: string;
  /**
   * ARRT's Sonography share of its credits ("directly related to Sonography", from ARRT's credit
   * distribution). Counts toward the 16 for S holders; missing means 0, never guessed from the
   * category.
   */
  arrtSonography?: string;
}

/** One CE activity, logged once and checked against every body's cycle. */
export interface CeActivity {
  id: string;
  /** The completion date on the certificate: the date every body counts by. */
  completedOn: string;
  title: string;
  provider: string;
  /** Decimal string with at most two places ("1.5", "0.75"), as a numeric column returns it. */
  credits: string;
  category: CeCategory;
  /** Needed for the CRA: an activity without one does not count there. */
  craDomain?: CraDomain | null;
  creditsByBody?: CreditsByBody;
}

export interface UpkeepInput {
  /** The user's calendar date; the engine never reads a clock. */
  today: string;
  credentials: readonly CredentialSpell[];
  examPasses: readonly ExamPass[];
  activities: readonly CeActivity[];
  /** 1–12. Without it an ARRT holder's cycle is "needs_input". Only the month is ever asked for. */
  arrtBirthMonth?: number | null;
}

// ---- Outputs ------------------------------------------------------------------------------------

/**
 * Where a period stands on `today`:
 * - "upcoming": it has not started (ARRT before the first birth month, ABII before 1 January).
 * - "no_ce_required": it asks for no CE count (CCI's first renewal, PARCA's exam refresh).
 * - "complete": nothing left, after caps, minimums and waivers.
 * - "on_track": open, and progress is at least the straight-line share of the period elapsed.
 * - "behind": open, and progress is below that share: (needed − left) / needed is less than
 *   days elapsed before today / days in the period, where "needed" is what the period asks of
 *   someone with nothing yet (the larger of required − waived and the sum of the minimums).
 * - "ended": the period is over and was not complete, or no credential of the body is held.
 */
export type PeriodStatus =
  "upcoming" | "no_ce_required" | "complete" | "on_track" | "behind" | "ended";

export interface Sourced {
  confidence: Confidence;
  sources: readonly string[];
  note?: string;
}

export interface CountedActivity {
  activityId: string;
  completedOn: string;
  /** What it contributed here, after the body's own amount and any cap. */
  credits: Hundredths;
  /** ARRT: the part counted toward the Sonography minimum. 0 elsewhere. */
  sonographyCredits: Hundredths;
  /** Keys of the category minimums it counted toward. */
  countsToward: readonly string[];
  /** A cap cut it below the body's amount. */
  capped: boolean;
  /** ARRT: dated after the period, counted here as CE-probation make-up. */
  makeUp: boolean;
}

export type ExclusionReason =
  /** Logged again (same id, or same date, title and provider), or an ARRT repeat in the period. */
  | "duplicate"
  /** The body gives it no credit (its amount for the body is 0, or its category is not taken). */
  | "not_accepted"
  /** CRA: no domain given. */
  | "needs_cra_domain"
  /** A cap was already full. */
  | "over_cap"
  /** Dated after today. */
  | "future"
  /** Dated in the grace window after the period; the body does not count it for the period. */
  | "earned_in_grace"
  /** Counted as make-up for the period before instead. */
  | "used_for_make_up"
  /** The period asks for no CE (CCI's first renewal), so nothing logged in it counts. */
  | "period_needs_no_ce";

export interface ExcludedActivity {
  activityId: string;
  reason: ExclusionReason;
  /** For "duplicate": the activity that counted instead. */
  duplicateOf?: string;
}

export interface CategoryProgress extends Sourced {
  key: string;
  label: string;
  required: Hundredths;
  earned: Hundredths;
  shortfall: Hundredths;
}

export interface CapProgress extends Sourced {
  /** The cap's key, or "key:domain" for a per-domain cap ("domain:fiscal"). */
  key: string;
  label: string;
  maximum: Hundredths;
  /** Before the cap. */
  logged: Hundredths;
  counted: Hundredths;
  reached: boolean;
}

export interface WaiverApplied extends Sourced {
  key: string;
  label: string;
  /** 0 when the pass did not waive anything (waivers do not stack). */
  amount: Hundredths;
  applied: boolean;
  examSlug: string;
  passedOn: string;
}

export interface GrantApplied extends Sourced {
  key: string;
  label: string;
  amount: Hundredths;
}

export interface AlternativeRequirement extends Sourced {
  required: Hundredths;
  label: string;
  /** What would be left if this reading applied. */
  remaining: Hundredths;
}

export interface Remaining {
  /** max(Σ category shortfalls, required − waived − earned), never below 0. */
  total: Hundredths;
  /** Shortfall per category minimum key. */
  byCategory: Readonly<Record<string, Hundredths>>;
  /** Keys of caps already full: the rest must come from elsewhere ("domain:fiscal"). */
  notFrom: readonly string[];
}

export interface Pace {
  /** Credits a month to finish on time: remaining / monthsLeft, rounded up to a hundredth. */
  perMonth: Hundredths;
  /** Whole months left, a part month counting as one (see `wholeMonthsLeft`). */
  monthsLeft: number;
  /** Days left, counting today (or the period's first day, if later) and the last day. */
  daysLeft: number;
  by: string;
}

export interface GraceWindow {
  start: string;
  end: string;
  surchargeUsd: number | null;
  creditsEarnedInGraceCount: boolean;
}

export interface AuditReinstatement extends Sourced {
  required: Hundredths;
  /** Earned within the period (the only credits that count for it). */
  earned: Hundredths;
  remaining: Hundredths;
  submitBy: string;
  finalBy: string;
}

export interface MakeUpStatus extends Sourced {
  by: string;
  /** Left when the period ended. */
  shortAtEnd: Hundredths;
  madeUp: Hundredths;
  remaining: Hundredths;
}

/** One period of a cycle, evaluated. */
export interface PeriodEvaluation {
  index: number;
  periodStart: string;
  periodEnd: string;
  requirementKind: PeriodRequirementKind;
  unit: "CME" | "CEU" | "CE credits" | null;
  required: Hundredths;
  requiredAlternatives: readonly AlternativeRequirement[];
  waived: Hundredths;
  waivers: readonly WaiverApplied[];
  grants: readonly GrantApplied[];
  /** Counted after caps, grants included. */
  earned: Hundredths;
  categories: readonly CategoryProgress[];
  caps: readonly CapProgress[];
  remaining: Remaining;
  pace: Pace | null;
  status: PeriodStatus;
  /** The audit packet: every activity counted here and what it contributed. */
  counted: readonly CountedActivity[];
  /** Activities dated in the period (or its grace window) that did not count, and why. */
  excluded: readonly ExcludedActivity[];
  graceWindow: GraceWindow | null;
  uploadDeadline: string | null;
  /** ARDMS: what reinstating after a failed audit would take; only once a period ended short. */
  auditReinstatement: AuditReinstatement | null;
  /** ARRT: the CE-probation make-up; only once a period ended short. */
  makeUp: MakeUpStatus | null;
}

export interface LateWindowDates {
  from: string;
  until: string;
  surchargeUsd: number | null;
  label: string;
}

export interface FeeStatus extends Sourced {
  label: string;
  usd: number;
  approximate: true;
  /** The next due date on or after today. */
  dueOn: string;
  /** When payment opens, where known (ARRT: two months before the birth month). */
  opensOn: string | null;
  lateWindows: readonly LateWindowDates[];
  ifUnpaid: string;
  afterLastWindow: string;
  /**
   * The due date before `dueOn`, while one of its late windows is still open today, and the day
   * `afterLastWindow` takes effect for it if it is still unpaid.
   */
  overdue: { dueOn: string; openWindow: LateWindowDates; lapsesOn: string } | null;
}

export interface Lapse {
  /**
   * The day it takes effect. For "credits_short", the day after the period ends: from then on
   * the shortfall cannot be made good within the period, whatever grace follows.
   */
  on: string;
  what: string;
  cause: "fee_unpaid" | "credits_short";
}

/** A requirement on its own long clock (ARRT CQR, ABII 10-year, PARCA exam refresh). */
export interface LongCycleDue extends Sourced {
  key: string;
  label: string;
  credentialSlug: string;
  windowOpens: string | null;
  due: string;
}

interface CycleIdentity {
  body: UpkeepBody;
  ruleSlug: string;
  name: string;
  /** Credentials the cycle covers: those held today, or the last held when none is. */
  credentials: readonly string[];
  /** At least one of them is held today. */
  held: boolean;
}

/** One body's cycle for one person: the period holding today, plus the one before it. */
export interface UpkeepCycle extends CycleIdentity, PeriodEvaluation {
  previous: PeriodEvaluation | null;
  fee: FeeStatus | null;
  lapses: readonly Lapse[];
  longCycle: readonly LongCycleDue[];
}

/** A cycle the engine cannot lay out without more from the user. */
export interface UpkeepCycleNeedsInput extends CycleIdentity {
  status: "needs_input";
  missing: "arrt_birth_month";
}

export type UpkeepCycleResult = UpkeepCycle | UpkeepCycleNeedsInput;

export type UpkeepActionKind =
  | "provide_birth_month"
  | "make_up_credits"
  | "earn_credits"
  | "pass_updated_exam"
  | "upload_credits"
  | "pay_late_fee"
  | "pay_fee"
  | "long_cycle";

/** One thing to do, for the agenda across all cycles. */
export interface UpkeepAction {
  body: UpkeepBody;
  kind: UpkeepActionKind;
  due: string;
  /** When it can first be done, where that is later than today. */
  opensOn: string | null;
  /** Credits still needed (earn, make up). */
  credits: Hundredths | null;
  /** Amount to pay, surcharge included. */
  usd: number | null;
  /** The credential it concerns, for per-credential items (CQR, exam refresh). */
  credentialSlug: string | null;
  /** The long-cycle requirement's key ("cqr"). */
  key: string | null;
}
