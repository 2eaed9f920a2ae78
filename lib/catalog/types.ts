/**
 * The career catalog's shape. The catalog is version-controlled data (this folder), rendered
 * directly by the public pages and loaded into Postgres by the idempotent seed so that users'
 * progress rows can reference requirements by a stable slug.
 *
 * Every fact carries its provenance: the sources it came from, when it was checked and how sure we
 * are. An unverified fact may have no source, but then must say what is unknown (`note`).
 */

export type Confidence = "verified" | "secondary" | "unverified";

/** Where a fact comes from. `sources` are slugs of entries in `sources.ts`. */
export interface Provenance {
  confidence: Confidence;
  sources: readonly string[];
  /** ISO calendar date (YYYY-MM-DD) the fact was last checked against its sources. */
  checkedOn: string;
  /** Required when there is no source: what is unknown and how to confirm it. */
  note?: string;
}

/** One statement shown to users, with its provenance. Written in our own words. */
export interface Fact extends Provenance {
  text: string;
}

export interface Source {
  slug: string;
  url: string;
  title: string;
  publisher: string;
}

export interface Issuer {
  slug: IssuerSlug;
  /** Short name shown everywhere, e.g. "ARDMS". */
  abbreviation: string;
  name: string;
  url?: string;
  description: string;
}

export type IssuerSlug =
  "ardms" | "cci" | "arrt" | "parca" | "abii" | "ahra" | "jrc-dms" | "academic" | "employer";

export type RequirementKind =
  "exam" | "credential" | "degree" | "experience" | "training" | "other";

/** Registries count experience in all of these; keep the unit with every number. */
export type ExperienceUnit =
  "months_full_time" | "studies" | "clinical_hours" | "years_in_role" | "points";

export interface ExperienceQuantity extends Provenance {
  amount: number;
  unit: ExperienceUnit;
  /** The experience must fall within this many months (e.g. ARRT's 24-month procedure log). */
  withinMonths?: number;
  /** What counts, in plain words ("full-time clinical ultrasound or vascular work"). */
  description: string;
}

export interface Fee extends Provenance {
  label: string;
  usd: number;
  /** Fees change every year: always shown as approximate. */
  approximate: true;
}

export interface TypicalDuration extends Provenance {
  /** Typical months from starting preparation to completion, for a working sonographer. */
  months: number;
  /** True where the number is our estimate rather than a published figure. */
  estimate: boolean;
}

/**
 * A tree of requirements: all of the children, or one of them. A credential's `earnedBy` and a
 * path step's `satisfiedBy` are groups. Group keys are unique across the whole catalog: a user's
 * "one of" pick is stored against the key.
 */
export type RequirementNode =
  | { type: "requirement"; slug: string }
  | { type: "allOf" | "oneOf"; key: string; label: string; items: readonly RequirementNode[] };

export interface Prerequisite {
  /** The requirement that must be done first. */
  slug: string;
  reason: string;
}

export interface EligibilityRoute extends Fact {
  /** The issuer's name for the route, e.g. "Prerequisite 3A" or "RCS235". */
  name: string;
}

export interface CatalogRequirement {
  slug: string;
  kind: RequirementKind;
  issuer: IssuerSlug;
  /** The issuer's code, e.g. "SPI", "AE", "RDCS". */
  code?: string;
  name: string;
  /** What it takes, in one or two sentences of our own words. */
  summary: string;
  /** Further facts: format, scope, rules. */
  details: readonly Fact[];
  /** Ways to become eligible (one of them is enough). */
  eligibility?: readonly EligibilityRoute[];
  /** For credentials awarded on passing exams: which exams. */
  earnedBy?: RequirementNode;
  /** Requirements that must be done before this one can be attempted. */
  prerequisites?: readonly Prerequisite[];
  /** For experience requirements: how much, in the issuer's unit. */
  experience?: ExperienceQuantity;
  fees?: readonly Fee[];
  typicalDuration: TypicalDuration;
  /** Slug of a time-window rule that binds this credential's exams together. */
  windowRule?: string;
  /** Slug of the maintenance rule that applies once held. */
  maintenance?: string;
  /** Soft retirement: kept for users with progress on it, hidden from new plans. */
  retired?: { on: string; reason: string };
  provenance: Provenance;
}

/**
 * A time window between events, read by the pure window engine in `lib/windows.ts`.
 * ARDMS five-year rule: start = first pass of any exam in the credential's group; length 5 years;
 * rounded to the end of that calendar year; exempt when adding a specialty to a held credential.
 */
export interface WindowRule extends Provenance {
  slug: string;
  issuer: IssuerSlug;
  name: string;
  description: string;
  /** What starts the clock. */
  startEvent: "first_pass_in_credential" | "first_logged_procedure";
  length: { years?: number; months?: number };
  /** "calendar_year_end": the deadline is 31 December of (start year + years). */
  rounding: "calendar_year_end" | "none";
  /** Cases where the window does not apply. */
  exemptions: readonly { kind: "credential_already_held_from_issuer"; description: string }[];
  /** What happens when the window closes. */
  onExpiry: string;
  /** Credentials whose exams the rule binds. */
  appliesTo: readonly string[];
}

export interface MaintenanceRule extends Provenance {
  slug: string;
  issuer: IssuerSlug;
  name: string;
  appliesTo: readonly string[];
  renewalFee?: Fee & { period: "annual" | "triennial" | "biennial" };
  credits?: Provenance & {
    amount: number;
    unit: "CME" | "CEU" | "CE" | "CE credits";
    periodYears: number;
    description: string;
  };
  details: readonly Fact[];
}

export type PathCategory = "clinical" | "technology" | "teaching" | "leadership";

/** Figures from the 2019 study.com article. Shown exactly, attributed, never mixed with BLS. */
export interface ArticleFigures {
  medianSalaryUsd: number;
  salaryYear: 2018;
  growthPct: number;
  growthPeriod: "2016–2026";
  blsCategory: string;
  source: string;
}

/** The newest BLS figures the reference holds for the path's category, each with its year. */
export interface BlsFigures extends Provenance {
  occupation: string;
  soc: string;
  medianSalaryUsd?: number;
  /** e.g. "May 2024". */
  salaryPeriod?: string;
  growthPct?: number;
  /** e.g. "2024–2034". */
  growthPeriod?: string;
}

export interface PathStep {
  key: string;
  title: string;
  description: string;
  satisfiedBy: RequirementNode;
  /** "typical": commonly expected by employers, not a formal requirement. */
  necessity: "required" | "typical";
}

export interface CatalogPath {
  slug: string;
  title: string;
  category: PathCategory;
  /** One line for cards. */
  tagline: string;
  /** A few short paragraphs. */
  overview: readonly string[];
  /** One short phrase for the comparison table, e.g. "Echo credential (RDCS or RCS)". */
  educationSummary: string;
  figures: { article?: ArticleFigures; bls?: BlsFigures };
  /** In a sensible order. */
  steps: readonly PathStep[];
  /** Slugs of maintenance rules that apply after qualifying. */
  maintenance: readonly string[];
  provenance: Provenance;
}

export interface Catalog {
  sources: readonly Source[];
  issuers: readonly Issuer[];
  requirements: readonly CatalogRequirement[];
  windowRules: readonly WindowRule[];
  maintenanceRules: readonly MaintenanceRule[];
  paths: readonly CatalogPath[];
  /** CE cycles, fees and lapses per body (`upkeep.ts`); optional so small fixtures can omit it. */
  upkeepRules?: readonly UpkeepRule[];
  /**
   * Eligibility routes as data, read by the pure engine in `lib/eligibility`. Optional so that
   * small fixture catalogs in tests need not carry them; the real catalog always does (a test
   * pins it).
   */
  eligibility?: EligibilityData;
}

// ---- Credential upkeep: CE cycles, fees and lapses -------------------------------------------

/** The bodies whose credentials need upkeep: one CE cycle per body per person. */
export type UpkeepBody = Extract<IssuerSlug, "ardms" | "cci" | "arrt" | "abii" | "ahra" | "parca">;

/**
 * The app's topic for a CE activity. Users pick one per activity; the bodies' category minimums
 * and caps read it (CCI's 30 cardiovascular, ARDMS's 10 musculoskeletal for RMSKS holders).
 * ARRT's Sonography share and a CRA domain are separate fields, because they come from ARRT's
 * credit distribution and the CRA's domain list, not from the topic.
 */
export type CeCategory =
  | "general"
  | "abdomen"
  | "obstetrics-gynecology"
  | "breast"
  | "pediatric"
  | "cardiovascular"
  | "vascular"
  | "musculoskeletal"
  | "physics"
  | "informatics"
  | "leadership-management"
  | "other";

/** The five CRA domains; each CRA activity must relate to one, and at most 18 count from one. */
export type CraDomain = "asset" | "fiscal" | "human-resources" | "operations" | "communication";

/**
 * A date worked out from another date (a period's end, a fee's due date):
 * - "days_after": that many days later (CCI's 90-day grace: 2028-03-31 → 2028-06-29).
 * - "months_after": that many months later, as `addMonthsToDate` counts them (ARRT probation).
 * - "next_month_day": the first such month and day strictly after the date; `"last"` is the month's
 *   last day (ARDMS: the first end of February after 31 December).
 */
export type RelativeDate =
  | { kind: "days_after"; days: number }
  | { kind: "months_after"; months: number }
  | { kind: "next_month_day"; month: number; day: number | "last" };

/**
 * How a body lays its CE periods out in time, read by `lib/windows.ts`. Every period is inclusive
 * at both ends and the next one starts the day after.
 * - "rest_of_year_then_calendar_years" (ARDMS): the anchor's year plus `years` more calendar years,
 *   then blocks of `years` calendar years (2023-06-10 → 2023-06-10 … 2026-12-31, then 2027–2029).
 * - "quarter_first_renewal_then_years" (CCI): a first renewal period from the anchor to the day
 *   before the first day of the anchor's quarter one year on, then blocks of `years` years.
 * - "birth_month" (ARRT): from the 1st of the birth month (the first on or after the anchor) to the
 *   last day of the month before the birth month, `years` later.
 * - "calendar_years_from_first_full_year" (ABII): blocks of `years` calendar years from 1 January
 *   of the first full calendar year after the anchor (the anchor's own year if it is 1 January).
 * - "anniversary" (CRA, PARCA): blocks of `years` years from the anchor.
 */
export type PeriodPattern =
  | { kind: "rest_of_year_then_calendar_years"; years: number }
  | { kind: "quarter_first_renewal_then_years"; years: number }
  | { kind: "birth_month"; years: number }
  | { kind: "calendar_years_from_first_full_year"; years: number }
  | { kind: "anniversary"; years: number };

/** The event whose date anchors a body's first period. */
export type UpkeepStartEvent =
  | "first_credential_earned"
  | "first_credential_passed"
  | "first_birth_month_after_first_credential"
  | "certification";

export interface UpkeepCycleRule extends Provenance {
  startEvent: UpkeepStartEvent;
  /** Length and calendar rounding of the periods. */
  pattern: PeriodPattern;
  /** A later credential from the same body joins the running cycle instead of starting its own. */
  laterCredentialsJoin: boolean;
  /** Plain words for the UI. */
  description: string;
}

/**
 * What a period asks for.
 * "credits": a CE total (and any minimums). "fee_and_ethics_only": no CE (CCI's first renewal).
 * "exam_refresh": pass an updated exam instead of counting CE (PARCA).
 */
export type PeriodRequirementKind = "credits" | "fee_and_ethics_only" | "exam_refresh";

/** Another reading of the required total, shown beside the one the engine enforces. */
export interface RequiredAlternative extends Provenance {
  total: number;
  /** e.g. "25 if ARDMS's reported 2026 change applies: unconfirmed". */
  label: string;
}

/**
 * Which credits a minimum or cap looks at.
 * - "categories": the activity's category is one of these.
 * - "other_categories": any category except these (CCI's "at most 6 on any topic").
 * - "arrt_sonography": the part ARRT's credit distribution assigns to Sonography.
 * - "each_cra_domain": each CRA domain separately (a cap of 18 per domain).
 */
export type CreditPool =
  | { kind: "categories"; categories: readonly CeCategory[] }
  | { kind: "other_categories"; categories: readonly CeCategory[] }
  | { kind: "arrt_sonography" }
  | { kind: "each_cra_domain" };

export interface CategoryMinimum extends Provenance {
  /** Stable key; several entries may share one, and the first whose `whenHolding` matches wins. */
  key: string;
  label: string;
  minimum: number;
  pool: CreditPool;
  /** Only for people who hold one of these credentials at some time in the period; omit: always. */
  whenHolding?: readonly string[];
}

export interface CreditCap extends Provenance {
  key: string;
  label: string;
  maximum: number;
  pool: CreditPool;
}

/**
 * Credits a body lets off. ARDMS: 15 for each new credential or specialty passed in a period,
 * in that period only. `stacks: false` means a second trigger in the same period adds nothing;
 * `reducesMinimums: false` means category minimums still apply in full.
 */
export interface CreditWaiver extends Provenance {
  key: string;
  label: string;
  amount: number;
  trigger: "new_specialty_exam_passed_in_period";
  /** The exams whose first pass triggers it (specialty exams, not SPI). */
  exams: readonly string[];
  stacks: boolean;
  reducesMinimums: boolean;
}

/**
 * Credits a body grants without an activity (CRA: passing the exam counts 12 in the first
 * triennium). They count toward the total and are not limited by any cap.
 */
export interface CreditGrant extends Provenance {
  key: string;
  label: string;
  amount: number;
  when: "first_period";
}

export interface CreditRule extends Provenance {
  unit: "CME" | "CEU" | "CE credits";
  /** The total the engine enforces (the verified figure). */
  total: number;
  alternatives: readonly RequiredAlternative[];
  minimums: readonly CategoryMinimum[];
  caps: readonly CreditCap[];
  waivers: readonly CreditWaiver[];
  grants: readonly CreditGrant[];
  /**
   * Which activities a body takes when the activity carries no credit amount for that body
   * (`creditsByBody`): "all" or only these categories. ABII's CE must fit its test content outline.
   */
  acceptsByDefault: "all" | readonly CeCategory[];
  /** CRA: an activity without a domain does not count. */
  needsCraDomain: boolean;
  /**
   * ARRT: the same activity (same title and provider) counts once per period, however often it
   * is done or logged. Every body counts one logged activity at most once per period regardless.
   */
  oncePerPeriodByTitleAndProvider: boolean;
  /** What follows when a period ends with credits short. */
  ifShort: string;
}

/** A late window after a due date: paying in it still works, with a surcharge. */
export interface LateWindow extends Provenance {
  /** Last day of the window, from the due date. */
  until: RelativeDate;
  /** Added to the fee; null when unknown. */
  surchargeUsd: number | null;
  label: string;
}

/**
 * When a fee falls due:
 * - "yearly": every year on this month and day ("last" = the month's last day).
 * - "yearly_end_of_birth_month": every year on the last day of the birth month (ARRT).
 * - "period_end": the last day of each period (CCI, CRA).
 */
export type FeeDue =
  | { kind: "yearly"; month: number; day: number | "last" }
  | { kind: "yearly_end_of_birth_month" }
  | { kind: "period_end" };

export interface UpkeepFee extends Fee {
  due: FeeDue;
  /** Payment opens this many months before the due date's month (ARRT: two); omit when unknown. */
  opensMonthsBefore?: number;
  /** What happens from the day after the due date if it is unpaid. */
  ifUnpaid: string;
  /** In order; each starts the day after the previous one (or the due date) ends. */
  lateWindows: readonly LateWindow[];
  /** What happens after the last late window (or the due date, when there is none). */
  afterLastWindow: string;
}

/** A window after a period's end in which renewal still works. */
export interface GraceRule extends Provenance {
  until: RelativeDate;
  surchargeUsd: number | null;
  /** CCI: credits earned in grace are rejected for the ended period. */
  creditsEarnedInGraceCount: boolean;
  afterGrace: string;
}

/** ARRT CE probation: credits missing at the period end may be made up within a window. */
export interface MakeUpRule extends Provenance {
  within: RelativeDate;
  /** Make-up credits count for the ended period and so not for the next one. */
  countsFor: "ended_period";
}

/** ARDMS: reinstating after a failed audit takes more credits, earned within the period. */
export interface AuditReinstatementRule extends Provenance {
  /** Credits needed when the period required `whenRequired`. */
  table: readonly { whenRequired: number; required: number }[];
  submitBy: RelativeDate;
  finalBy: RelativeDate;
  afterFinal: string;
}

/** A requirement every N years per credential (ARRT CQR, ABII's 10-year requirement). */
export interface LongCycleRequirement extends Provenance {
  key: string;
  label: string;
  everyYears: number;
  /** The last this many years before the due date form the window to do it in. */
  windowYears?: number;
  /** Only credentials earned on or after this date. */
  forCredentialsEarnedFrom?: string;
}

export interface UpkeepRule extends Provenance {
  slug: string;
  body: UpkeepBody;
  name: string;
  /** Credential slugs the cycle covers. */
  appliesTo: readonly string[];
  /** The summary rule in `rules.ts` this one details. */
  maintenanceRule: string;
  cycle: UpkeepCycleRule;
  /** What every period asks for; `firstPeriod` overrides it for the first one (CCI). */
  requirementKind: PeriodRequirementKind;
  firstPeriod?: Provenance & { requirementKind: PeriodRequirementKind; description: string };
  /** Null when the body counts no CE (PARCA). */
  credits: CreditRule | null;
  /** Null when not known. */
  fee: UpkeepFee | null;
  grace: GraceRule | null;
  /** Credits earned by the period end must be uploaded by this date (ARDMS: 28 February). */
  uploadBy: (Provenance & { after: RelativeDate }) | null;
  makeUp: MakeUpRule | null;
  auditReinstatement: AuditReinstatementRule | null;
  longCycle: readonly LongCycleRequirement[];
  details: readonly Fact[];
}

// ---- Eligibility routes as data ---------------------------------------------------------------
//
// Each issuer answers "can I sit this exam?" with its own chart. A route is one row of such a
// chart: every condition must hold. Conditions are predicates over the person's profile that the
// engine in `lib/eligibility/engine.ts` interprets; they never hold code, so the rules stay
// reviewable data with provenance like every other fact.

/** Areas of clinical ultrasound work, as registries count experience. */
export type ClinicalArea = "general" | "cardiac" | "vascular" | "breast" | "musculoskeletal";

/** Kinds of study a registry counts (CCI counts cardiac and vascular studies). */
export type StudyKind = "cardiac" | "vascular" | "congenital";

/** Highest academic degree, lowest first. */
export type DegreeLevel = "none" | "associate" | "bachelor" | "master" | "doctorate";

/**
 * Areas a sonography, vascular or echo program covers. For a programmatically accredited program,
 * the concentrations it is accredited in (JRC-DMS: abdominal-extended, OB/GYN, adult cardiac,
 * pediatric cardiac, vascular, breast, musculoskeletal); for other programs, what it taught.
 * "advanced-cardiac" is an Advanced Cardiac Sonography program (COA-ACS, CCI's ACS1).
 */
export type ProgramArea =
  | "abdominal"
  | "obgyn"
  | "adult-cardiac"
  | "pediatric-cardiac"
  | "vascular"
  | "breast"
  | "musculoskeletal"
  | "advanced-cardiac";

/** ARRT disciplines whose postprimary pathway the catalog describes. */
export type ArrtPostprimaryDiscipline = "vascular-sonography" | "breast-sonography";

/** One acceptable way to hold a supporting or cross-credential: every slug in `all`. */
export interface CredentialOption {
  /** Credential slugs: catalog requirement slugs or `OutsideCredential` slugs. */
  all: readonly string[];
  /** How sure we are that the body accepts this option; defaults to the condition's. */
  confidence?: Confidence;
  note?: string;
}

/**
 * A predicate over the profile. The engine answers each with met, missing (a closable gap, with
 * its amount), blocked (would need new education or is closed) or unknown (an unanswered profile
 * question, a rule we could not read, or something only the body can decide).
 */
export type EligibilityCondition =
  /** A two-year, patient-care allied-health program (ARDMS Prerequisite 1). */
  | { kind: "allied-health-program" }
  /** A degree of at least this level; `fields` narrows the subject (ARDMS 3B). */
  | { kind: "degree"; atLeast: DegreeLevel; fields?: readonly DegreeField[] }
  /** Graduated from (or, per `completion`, is about to graduate from) a matching program. */
  | {
      kind: "program";
      /** true: programmatically accredited; false: not accredited; "any": either. */
      accredited: boolean | "any";
      /**
       * The program covers at least one of these areas. Absent: any area. null: which areas the
       * body accepts is not recorded (the engine can then only say "can't tell").
       */
      areas?: readonly ProgramArea[] | null;
      /** ARRT-approved for this discipline (ARRT primary pathway). */
      arrtApprovedFor?: ArrtPrimaryDiscipline;
      /** Minimum award, e.g. "bachelor" for ARDMS 3B. */
      minimumAward?: ProgramAward;
      minimumMonths?: number;
      minimumClinicalHours?: number;
      /**
       * "graduated": must have graduated. "ardms-p2": may apply `applyDaysBeforeGraduation` days
       * before graduating, and the program director's letter is valid `letterValidMonths` after.
       */
      completion:
        | { kind: "graduated" }
        | { kind: "ardms-p2"; applyDaysBeforeGraduation: number; letterValidMonths: number };
    }
  /** A diploma, associate or bachelor's graduate in a health science (CCI's wording). */
  | { kind: "health-science-graduate" }
  /** High-school diploma or GED (every CCI route). */
  | { kind: "high-school" }
  /**
   * Full-time clinical work in any of `areas` (pooled). Met by `atLeastMonths` full-time months
   * or by `orPaidHours` paid hours (ARDMS counts paid hours).
   */
  | {
      kind: "experience";
      areas: readonly ClinicalArea[];
      atLeastMonths: number;
      orPaidHours?: number;
    }
  /**
   * A career study count (studies during a formal program count for CCI). null: a minimum exists
   * but its number is not recorded (CCI RCS6): zero studies is then short, anything else unknown.
   */
  | { kind: "studies"; study: StudyKind; atLeast: number | null }
  /** Years worked as a registered echo sonographer; null: the number is not recorded. */
  | { kind: "registered-echo-years"; atLeast: number | null }
  /** Holds one of the options, active. */
  | { kind: "credential"; anyOf: readonly CredentialOption[]; label: string }
  /** Eligible now for at least one of these exams (ARDMS SPI through any prerequisite). */
  | { kind: "eligible-for-any"; targets: readonly string[]; label: string }
  /** ARDMS SPI student route: a graded physics course, or physics CME within a window. */
  | { kind: "spi-physics"; cmeCredits: number; withinMonths: number }
  /** ARRT structured education: hours within a window, one credit in every category. */
  | {
      kind: "structured-education";
      discipline: ArrtPostprimaryDiscipline;
      hours: number;
      withinMonths: number;
      /** The content categories; null: not captured. */
      categories: readonly string[] | null;
      categoriesProvenance: Provenance;
    }
  /** ARRT clinical procedure log, completed within a window. Counts are not captured. */
  | { kind: "procedure-log"; discipline: ArrtPostprimaryDiscipline; withinMonths: number }
  /** A seven-point qualification system, computed by `lib/eligibility/points.ts`. */
  | { kind: "points"; system: PointSystemSlug }
  /** A part of the rule we could not read: always unknown, never guessed. */
  | { kind: "not-recorded"; description: string };

export type ArrtPrimaryDiscipline = "sonography" | "vascular-sonography";

/** Certificate and diploma programs are below an associate degree. */
export type ProgramAward = "certificate" | "diploma" | "associate" | "bachelor" | "master";

/** Degree subjects the routes distinguish; anything else is "other". */
export type DegreeField =
  | "sonography"
  | "vascular"
  | "cardiovascular"
  | "radiography"
  | "nursing"
  | "respiratory-therapy"
  | "occupational-therapy"
  | "physical-therapy"
  | "imaging-informatics"
  | "health-administration"
  | "business"
  | "biology"
  | "kinesiology"
  | "emergency-medical-services"
  | "other-health"
  | "other";

/** One condition of a route, with how sure we are of it. */
export interface RouteCondition {
  condition: EligibilityCondition;
  /** Defaults to the route's confidence. An unverified condition never makes anyone eligible. */
  confidence?: Confidence;
  /**
   * True when it is not known whether the body asks for this at all (ARDMS Prerequisite 5's
   * experience). Met: fine either way. Not met: the route becomes "can't tell", never "not yet".
   */
  mayNotApply?: boolean;
  note?: string;
  /** The catalog requirement a user adds as a milestone to close this condition. */
  requirementSlug?: string;
  /** The catalog requirement a user needs when this is an education gap (a degree). */
  educationSlug?: string;
}

/** When applications are taken for a test window (CCI ACS: two windows a year). */
export interface ApplicationWindow {
  /** Month and day ("MM-DD") the window opens and closes, inclusive. */
  receivedFrom: string;
  receivedTo: string;
  /** Month name of the sitting, in the year after the window closes when it is earlier. */
  sittingMonth: string;
}

/** One row of an issuer's eligibility chart. */
export interface EligibilityRouteRule extends Provenance {
  /** Unique, e.g. "ardms-p1:ardms-ab" or "cci-rcs235". */
  id: string;
  /** The issuer's name for the route, e.g. "Prerequisite 1" or "RCS235". */
  name: string;
  issuer: IssuerSlug;
  /** The exam or credential (requirement slug) this route opens. */
  target: string;
  /** In our own words, one or two sentences. */
  summary: string;
  /** Every condition must hold. An empty list means no prerequisites. */
  conditions: readonly RouteCondition[];
  /** Documents the body asks for, each with provenance. */
  documents: readonly Fact[];
  /** Timing rules (apply before graduating, credential awarded later …). */
  timing?: readonly Fact[];
  /** What it costs to apply through this route, where known. */
  fees?: readonly Fee[];
  applicationWindows?: readonly ApplicationWindow[];
  /** The route exists but the planner does not handle it (physicians via APCA). */
  outOfScope?: string;
  /** The route closed; kept so the engine can say why. */
  closed?: { on: string; reason: string };
}

export type PointSystemSlug = "abii-ciip" | "ahra-cra";

/** A value in a point table, with how sure we are of it. */
export interface PointValue extends Provenance {
  points: number;
}

/** ABII's seven-point system for CIIP. */
export interface CiipPointTable extends Provenance {
  slug: "abii-ciip";
  target: string;
  pointsNeeded: PointValue;
  experience: Provenance & {
    monthsPerPoint: number;
    min: number;
    max: number;
  };
  education: Provenance & {
    max: number;
    /** Rows, highest first: the first whose conditions hold gives the points. */
    rows: readonly (PointValue & {
      label: string;
      degree: DegreeLevel | "any";
      minimumSemesterCredits: number;
    })[];
    informaticsBonus: PointValue;
  };
  certificationsAndCe: Provenance & {
    max: number;
    cePointHours: PointValue;
    /** The CE look-back window in months; null: not recorded. */
    ceWindowMonths: number | null;
    /** Points per certification; null: not recorded. */
    certificationPoints: null;
  };
}

/** AHRA's seven-point system for CRA. */
export interface CraPointTable extends Provenance {
  slug: "ahra-cra";
  target: string;
  pointsNeeded: PointValue;
  experience: Provenance & { pointsPerYear: number; max: number };
  /** Placeholders: the values are not recorded. */
  education: Provenance & { associate: number; bachelor: number; graduate: number };
  credentials: Provenance & { perCredential: number; max: number };
}

/** A credential outside the catalog that routes still name (ARRT R, Sonography Canada …). */
export interface OutsideCredential {
  slug: string;
  name: string;
  issuer: string;
}

/** ARDMS counts full-time experience in paid hours: 12 months full-time = this many hours. */
export interface FullTimeYear extends Provenance {
  months: number;
  paidHours: number;
}

/** Everything the eligibility engine reads besides the requirements themselves. */
export interface EligibilityData {
  routes: readonly EligibilityRouteRule[];
  fullTimeYear: FullTimeYear;
  ciip: CiipPointTable;
  cra: CraPointTable;
  outsideCredentials: readonly OutsideCredential[];
}
