/**
 * The eligibility engine's input (a person's profile) and output (verdicts with what is missing).
 *
 * UNKNOWN IS NOT NO. Every answer in the profile is optional, and a missing answer means "not
 * asked or not answered", never "no" or zero. The engine turns a missing answer into "can't tell"
 * and names the question, so an unanswered question can never produce "no route".
 * - A boolean left `undefined` is unknown; `false` is no.
 * - A number left `undefined` is unknown; `0` is zero.
 * - A list left `undefined` is unknown; `[]` is "none".
 * - Inside an answered object (e.g. `experience.clinical`), an absent key is zero/none: answering
 *   "I have 7 months of general ultrasound work" answers every other area with zero. Only the
 *   whole object left out is unknown.
 *
 * Dates are calendar dates "YYYY-MM-DD".
 */
import type {
  ArrtPostprimaryDiscipline,
  ArrtPrimaryDiscipline,
  ClinicalArea,
  Confidence,
  DegreeField,
  DegreeLevel,
  Fact,
  Fee,
  IssuerSlug,
  PointSystemSlug,
  ProgramArea,
  ProgramAward,
  StudyKind,
} from "@/lib/catalog/types";

export type {
  ArrtPostprimaryDiscipline,
  ArrtPrimaryDiscipline,
  ClinicalArea,
  DegreeField,
  DegreeLevel,
  ProgramArea,
  ProgramAward,
  StudyKind,
};

// ---- Profile ----------------------------------------------------------------------------------

/** A sonography, vascular or echo program the person completed or is in. */
export interface SonographyProgram {
  /** "graduated" (completed) or "enrolled" (current student). */
  status?: "graduated" | "enrolled";
  /** The graduation date: actual when graduated, expected when enrolled. */
  graduationDate?: string;
  /** Programmatically accredited (CAAHEP in the US, or the Canadian equivalent). */
  accredited?: boolean;
  /** Accredited concentrations (for an accredited program) or what it taught (otherwise). */
  areas?: readonly ProgramArea[];
  award?: ProgramAward;
  /** Program length in months. */
  months?: number;
  /** Clinical hours in the program's specialty. */
  clinicalHours?: number;
  /** ARRT-approved for these disciplines; [] = not ARRT-approved. */
  arrtApprovedFor?: readonly ArrtPrimaryDiscipline[];
}

export interface EducationAnswers {
  /** Sonography, vascular or echo programs; [] = none. */
  programs?: readonly SonographyProgram[];
  /** Completed a two-year, patient-care allied-health program (RT, RRT, RN, OT, PT …). */
  alliedHealthTwoYear?: boolean;
  highestDegree?: DegreeLevel;
  /** Subject of the highest degree. */
  degreeField?: DegreeField;
  /** Semester credits earned (quarter credits × 2/3). */
  semesterCredits?: number;
  /**
   * CCI's "graduate of a diploma, associate or bachelor's program in a health science". "unknown"
   * is the answer "I don't know"; the engine may then read the degree field (CCI names some
   * fields) or say the decision is CCI's.
   */
  healthScienceGraduate?: "yes" | "no" | "unknown";
  /** High-school diploma or GED (every CCI route asks). */
  highSchoolOrGed?: boolean;
  /** MD, DO or MBBS: ARDMS physicians apply through APCA, outside this planner. */
  physician?: boolean;
  /** ARDMS SPI student route. */
  spiPhysics?: {
    /** A graded physics/instrumentation course with a C or better on a transcript. */
    gradedCourse?: boolean;
    /** ARDMS-accepted physics CME credits, dated; [] = none. */
    cmeCredits?: readonly DatedAmount[];
  };
}

/** Full-time months or paid hours of clinical ultrasound work in one area. */
export interface AreaExperience {
  fullTimeMonths?: number;
  paidHours?: number;
}

export interface ExperienceAnswers {
  /**
   * Paid clinical ultrasound work by area. `unspecified` is work whose area the person did not
   * say: it might count for any area, so the engine can only say "can't tell" where it matters.
   */
  clinical?: Partial<Record<ClinicalArea | "unspecified", AreaExperience>>;
  /** Career study counts, including studies done in a formal program. */
  studies?: Partial<Record<StudyKind, number>>;
  /** Lead, supervisory or management roles in imaging. */
  leadership?: {
    years?: number;
    /** Responsible for all five CRA domains (asset, fiscal, HR, operations, communication). */
    allFiveCraDomains?: boolean;
  };
  /**
   * Months as a credentialed imaging professional, healthcare IT or healthcare informatics
   * professional (ABII counts 12 months a point).
   */
  imagingProfessionalMonths?: number;
  /** Years worked as a registered echo sonographer, counted from the credential's date. */
  registeredEchoYears?: number;
}

/** A credential (or passed exam) the person holds. */
export interface HeldCredential {
  /** A catalog requirement slug (e.g. "ardms-rdms", "cci-rcs") or an outside credential slug. */
  slug: string;
  earnedOn?: string;
  /** Currently active; undefined = not answered. */
  active?: boolean;
  /** For ARDMS credentials: the specialty exams held under it, e.g. ["ardms-ab"]. */
  specialties?: readonly string[];
}

export interface DatedAmount {
  amount: number;
  /** When it was completed. */
  on: string;
}

/** One ARRT structured-education activity. */
export interface StructuredEducationCredit {
  discipline: ArrtPostprimaryDiscipline;
  hours: number;
  completedOn: string;
  /** The content category it counts toward. */
  category?: string;
}

/** What the person's ARRT online clinical-experience tool shows. */
export interface ProcedureLogStatus {
  discipline: ArrtPostprimaryDiscipline;
  /** Every required procedure logged and verified (as the ARRT tool shows). */
  complete?: boolean;
  /** The earliest logged procedure still counted. */
  firstProcedureOn?: string;
}

export interface EligibilityProfile {
  /** The evaluation date. The engine never reads a clock. */
  today: string;
  education?: EducationAnswers;
  experience?: ExperienceAnswers;
  /** Credentials and passed exams held; [] = none. */
  credentials?: readonly HeldCredential[];
  /** The held ARDMS credential was earned through the older UPI physics exam (SPI not implied). */
  ardmsPhysicsViaUpi?: boolean;
  /** Dated CE hours in imaging informatics or related fields; [] = none. */
  informaticsCe?: readonly DatedAmount[];
  /** ARRT postprimary structured education; [] = none. */
  arrtStructuredEducation?: readonly StructuredEducationCredit[];
  /** ARRT postprimary procedure logs; [] = none started. */
  arrtProcedureLogs?: readonly ProcedureLogStatus[];
}

// ---- Output -----------------------------------------------------------------------------------

/** The four verdicts, plus "already_held" for something the person holds. */
export type Verdict = "eligible" | "not_yet" | "cant_tell" | "no_route";
export type Outcome = Verdict | "already_held";

/**
 * A route's own state for this person.
 * - met: every condition holds, none rests on an unverified value or a profile unknown;
 * - unknown: nothing known is missing, but something can't be told (could be met now);
 * - missing: closable gaps (more experience, a credential, hours …), maybe with unknowns;
 * - blocked: a condition this person cannot close by adding experience (a new education program),
 *   or the route is closed.
 */
export type RouteStatus = "met" | "unknown" | "missing" | "blocked";

/** A profile question, by where its answer lives. */
export type ProfileField =
  | "education.programs"
  | "education.alliedHealthTwoYear"
  | "education.highestDegree"
  | "education.degreeField"
  | "education.semesterCredits"
  | "education.healthScienceGraduate"
  | "education.highSchoolOrGed"
  | "education.spiPhysics"
  | "experience.clinical"
  | "experience.studies"
  | "experience.leadership"
  | "experience.imagingProfessionalMonths"
  | "experience.registeredEchoYears"
  | "credentials"
  | "informaticsCe"
  | "arrtStructuredEducation"
  | "arrtProcedureLogs";

/** Why the engine can't tell. */
export type UnknownItem =
  | { kind: "profile"; field: ProfileField; text: string }
  | { kind: "body-determination"; text: string }
  | {
      kind: "unverified-rule";
      text: string;
      /** What is unknown about the rule, from the catalog's provenance note. */
      note?: string;
      /** True when the rule itself was not read at all (not just unconfirmed). */
      notRecorded?: true;
      /** Under the stricter reading of the rule, this would still be missing. */
      ifRequired?: MissingItem;
    };

interface MissingBase {
  /** Plain words with amounts, e.g. "5 more months (700 paid hours) of general ultrasound work". */
  text: string;
  /** The catalog requirement to add as a milestone, where one exists. */
  requirementSlug?: string;
  /** Months to close at full time, or null when no estimate exists. */
  months: number | null;
  /** True where `months` is our estimate (catalog typical durations) rather than arithmetic. */
  monthsIsEstimate: boolean;
  /** Known cost to close, in USD (e.g. a credential's exam fee); null when unknown. */
  costUsd: number | null;
  /** Missing items this stands for (a credential counts its own gaps too). */
  weight: number;
  /** True when the condition behind it is unverified. */
  unverified?: boolean;
}

export type MissingItem =
  | (MissingBase & {
      kind: "experience";
      areas: readonly ClinicalArea[];
      moreMonths: number;
      /** Paid-hours equivalent, where the route counts hours. */
      morePaidHours: number | null;
    })
  | (MissingBase & {
      kind: "studies";
      study: StudyKind;
      /** null when the minimum is not recorded (CCI RCS6). */
      moreStudies: number | null;
    })
  | (MissingBase & { kind: "registered-echo-years"; moreYears: number })
  | (MissingBase & {
      kind: "graduation";
      /** The date the route opens (e.g. 60 days before graduation). */
      opensOn: string;
    })
  | (MissingBase & {
      kind: "credential";
      /** Acceptable credentials (each option: every slug in it). */
      anyOf: readonly (readonly string[])[];
      /** The option nearest for this person, with its own answer. */
      nearest?: { slugs: readonly string[]; answer?: EligibilityAnswer };
    })
  | (MissingBase & { kind: "eligibility"; targets: readonly string[]; nearest?: EligibilityAnswer })
  | (MissingBase & { kind: "spi-physics" })
  | (MissingBase & {
      kind: "structured-education";
      discipline: ArrtPostprimaryDiscipline;
      moreHours: number;
      /** Categories still without a credit; null when the categories are not captured. */
      categoriesMissing: readonly string[] | null;
      withinMonths: number;
    })
  | (MissingBase & {
      kind: "procedure-log";
      discipline: ArrtPostprimaryDiscipline;
      /** Always false: the procedure counts are not captured, so the amount is never guessed. */
      countsKnown: false;
      withinMonths: number;
    })
  | (MissingBase & { kind: "points"; system: PointSystemSlug; morePoints: number });

/** Something the person cannot close by gaining experience: new education, or a closed route. */
export interface Blocker {
  /**
   * education: needs a degree or program; credential: needs a credential that is out of reach;
   * closed: the route closed.
   */
  kind: "education" | "credential" | "closed";
  text: string;
  /** The catalog degree requirement that would open it, where one exists. */
  requirementSlug?: string;
}

/** A condition that holds, in plain words. */
export interface MetCondition {
  text: string;
  confidence: Confidence;
}

export interface RouteEvaluation {
  routeId: string;
  name: string;
  issuer: IssuerSlug;
  target: string;
  status: RouteStatus;
  /** The route's own confidence (from the catalog). */
  confidence: Confidence;
  /** Note from the catalog when the route is not verified. */
  note?: string;
  met: readonly MetCondition[];
  missing: readonly MissingItem[];
  unknowns: readonly UnknownItem[];
  blockers: readonly Blocker[];
  documents: readonly Fact[];
  timing: readonly Fact[];
  fees: readonly Fee[];
  /** Sum of the missing items' weights. */
  missingCount: number;
  /** Months to close every missing item (they run in parallel: the longest); null unknown. */
  monthsToClose: number | null;
  /** Known cost to close and apply: missing items' costs plus this route's fees. */
  knownCostUsd: number;
  /** False when some cost along the way is unknown. */
  costComplete: boolean;
  /** For routes with application windows (CCI ACS): the next one from today. */
  nextWindow?: { applyBy: string; sitting: string };
}

export interface HeldSummary {
  slug: string;
  earnedOn?: string;
  active?: boolean;
  /** How we know: held directly, or implied (SPI by any ARDMS credential). */
  via: "held" | "implied";
  note?: string;
}

export interface EligibilityAnswer {
  /** The exam or credential (requirement slug). */
  target: string;
  kind: "exam" | "credential";
  outcome: Outcome;
  /** One line in plain words. */
  summary: string;
  held?: HeldSummary;
  /** Routes that make the person eligible now. */
  eligibleVia: readonly RouteEvaluation[];
  /**
   * The nearest route(s): fewest missing items, then least time, then lowest known cost; ties
   * all listed. For not_yet; also filled for cant_tell when some route has known gaps, so a plan
   * can still be built.
   */
  nearest: readonly RouteEvaluation[];
  /**
   * For cant_tell: the routes that might be met now, if the unknowns resolve in the person's
   * favour (e.g. ARDMS Prerequisite 5 for an RCS holder, whose experience part is unverified).
   */
  possibleVia: readonly RouteEvaluation[];
  /** What can't be told (for cant_tell), or what to confirm (other verdicts). */
  unknowns: readonly UnknownItem[];
  /** Every route, in catalog order. */
  routes: readonly RouteEvaluation[];
  /** Credentials earned by passing exams (ARDMS, PARCA CPAS): the answer for each exam. */
  parts?: readonly EligibilityAnswer[];
  notes: readonly string[];
}

export interface EligibilityReport {
  today: string;
  /** One answer per exam and credential in the catalog, in catalog order. */
  answers: readonly EligibilityAnswer[];
}
