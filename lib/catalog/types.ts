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
}
