/**
 * Inputs and outputs of the plan engine. Inputs mirror database rows; every date is a calendar
 * date string "YYYY-MM-DD".
 */
import type { RequirementKind } from "@/lib/catalog/types";
import type { MilestoneStatus } from "@/lib/milestone-status";

export type { MilestoneStatus };

/** A user's progress on one requirement. It belongs to the requirement, not to a plan. */
export interface ProgressRecord {
  requirementSlug: string;
  status: MilestoneStatus;
  targetDate: string | null;
  examDate: string | null;
  completedDate: string | null;
  /** ISO timestamp; with duplicates for one requirement, the newest wins. */
  updatedAt?: string;
}

/** A credential (or exam) the user declares they hold, e.g. during onboarding. */
export interface HeldCredential {
  requirementSlug: string;
  earnedOn: string | null;
  /** For an exam that counts toward one credential only (ARDMS FE): the user's answer. */
  countsToward?: string | null;
}

export interface ExamAttempt {
  requirementSlug: string;
  attemptedOn: string;
  result: "passed" | "failed";
  /** For exams that count toward one credential only (ARDMS FE): which one. */
  countsToward: string | null;
}

export interface UserRecords {
  progress: readonly ProgressRecord[];
  held: readonly HeldCredential[];
  attempts: readonly ExamAttempt[];
  experienceMonths: number | null;
  /** The user's held ARDMS credential was earned through the older UPI physics exam, not SPI. */
  ardmsPhysicsViaUpi?: boolean;
  /**
   * Experience milestones answered by the profile (lib/eligibility/experience-credit.ts), by
   * requirement slug. When given, it replaces `experienceMonths`.
   */
  experience?: Readonly<Record<string, ExperienceCreditRecord>>;
  /** ARRT postprimary procedure logs started: the first procedure still counted, per credential. */
  procedureLogs?: readonly ProcedureLogStart[];
}

export interface ExperienceCreditRecord {
  done: boolean;
  remainingMonths: number;
  note: string;
}

export interface ProcedureLogStart {
  credentialSlug: string;
  firstProcedureOn: string;
}

export interface CustomMilestone {
  id: string;
  title: string;
  status: MilestoneStatus;
  targetDate: string | null;
  completedDate: string | null;
  position: number;
}

export interface PlanInput {
  pathSlug: string;
  /** oneOf group key → the chosen option (a requirement slug, or a nested group's key). */
  picks: Readonly<Record<string, string>>;
  notApplicable: readonly string[];
  custom: readonly CustomMilestone[];
}

/** The state of a time window (ARDMS five-year rule) for one credential not yet earned. */
export interface CredentialWindow {
  rule: string;
  /** The exam whose pass started the current window (or the undated pass, when `dateUnknown`). */
  startedBy: string;
  /** Null when `dateUnknown`. */
  firstPassDate: string | null;
  /** Null when the window does not apply (`exempt`) or cannot be checked (`dateUnknown`). */
  deadline: string | null;
  /** A pass the credential needs has no date, so the window cannot be checked. */
  dateUnknown?: true;
  daysLeft: number | null;
  closed: boolean;
  exempt: boolean;
  /** Why no deadline applies. (A credential already held is done, so it has no window at all.) */
  exemptReason?: "spi_banked";
}

/** A pass that no longer counts toward a credential because its window closed. */
export interface ExpiredPass {
  examSlug: string;
  passedOn: string;
  deadline: string;
}

export interface RequirementState {
  status: MilestoneStatus;
  done: boolean;
  /** True when the status is computed from other requirements (`earnedBy`), not set by the user. */
  derived: boolean;
  completedDate: string | null;
  note?: string;
  /** Windowed credentials not yet earned: the current (or last closed) window. */
  window?: CredentialWindow;
  /** Passes dropped because their window closed. */
  expiredPasses?: readonly ExpiredPass[];
  /** Exams that must be passed again before the credential can be earned. */
  retake?: readonly string[];
}

export interface FiveYearDeadline {
  credentialSlug: string;
  /** The window rule (ARDMS five-year rule, ARRT 24-month clinical window). */
  rule: string;
  /** The exam whose first pass started the window (or the undated pass, when `dateUnknown`). */
  startedBy: string;
  /** Null when `dateUnknown`. */
  firstPassDate: string | null;
  /** Null when exempt (no deadline applies) or when it cannot be checked (`dateUnknown`). */
  deadline: string | null;
  /** A pass has no date, so the deadline cannot be checked: the plan asks for the date. */
  dateUnknown?: true;
  daysLeft: number | null;
  closed: boolean;
  exempt: boolean;
  note?: string;
}

/** Deadlines that share one window, shown as one line (dashboard, plan). */
export interface DeadlineGroup extends Omit<FiveYearDeadline, "credentialSlug"> {
  /** The credentials this window binds, catalog order. */
  credentials: string[];
}

export interface PlanPrerequisite {
  slug: string;
  title: string;
  met: boolean;
  reason: string;
}

export interface PlanMilestone {
  /** The requirement slug, or "custom:<id>". */
  key: string;
  requirementSlug?: string;
  title: string;
  /** Issuer code such as "SPI" or "RDCS", when the catalog has one. */
  code?: string;
  kind: RequirementKind | "custom";
  depth: number;
  stepKey?: string;
  /** The nearest oneOf this milestone was chosen through. */
  groupKey?: string;
  /** The derived milestone (credential) this one was expanded under. */
  parentKey?: string;
  status: MilestoneStatus;
  derived: boolean;
  targetDate: string | null;
  examDate: string | null;
  completedDate: string | null;
  necessity: "required" | "typical";
  prerequisites: PlanPrerequisite[];
  blockedReason?: string;
  notApplicable: boolean;
  note?: string;
  /** The catalog's typical duration (0 for custom milestones). */
  typicalMonths: number;
  /** What this milestone still adds to the estimate (0 once done, waived or not applicable). */
  remainingMonths: number;
  /** Windowed credentials not yet earned. */
  window?: CredentialWindow;
  /**
   * An exam or credential the user cannot sit yet, from the eligibility engine (set by the page's
   * loader): why it is blocked.
   */
  eligibility?: { outcome: "not_yet" | "cant_tell" | "no_route"; summary: string };
}

export interface ChoiceOption {
  /** A requirement slug, or the key of a nested allOf group. */
  slug: string;
  title: string;
  status: MilestoneStatus;
}

export interface ChoicePoint {
  groupKey: string;
  label: string;
  stepKey: string;
  /** The credential whose earnedBy holds this choice (e.g. RDCS for its specialty). */
  parentKey?: string;
  depth: number;
  options: ChoiceOption[];
  /** The pick, else an option already done, else null (the UI asks the user to pick). */
  chosen: string | null;
  /** Whether `chosen` came from the user's pick or from an option already done. */
  chosenBy: "pick" | "done" | null;
}

export interface ProgressSummary {
  done: number;
  total: number;
  /** Whole percent, rounded down: only all-done shows 100. */
  percent: number;
  waived: number;
  notApplicable: number;
  /** Choices not made yet, each counted as one milestone not done. */
  openChoices: number;
  explanation: string;
}

export interface PlanStepView {
  key: string;
  title: string;
  description: string;
  necessity: "required" | "typical";
  /** The step's requirement tree is met by what is done, whatever the picks. */
  satisfied: boolean;
  milestones: PlanMilestone[];
  choices: ChoicePoint[];
}

export interface EstimatedCompletion {
  date: string;
  /** Always true: built from typical durations, most of them our own estimates. */
  estimate: true;
  remainingMonths: number;
  /** Open choices whose time is not included yet. */
  openChoices: number;
}

export interface PlanView {
  pathSlug: string;
  /** Null when the path is not in the catalog. */
  pathTitle: string | null;
  steps: PlanStepView[];
  choices: ChoicePoint[];
  /** Every milestone, flat, in order: steps first, then custom milestones. */
  milestones: PlanMilestone[];
  custom: PlanMilestone[];
  progress: ProgressSummary;
  next: PlanMilestone[];
  blocked: PlanMilestone[];
  overdue: PlanMilestone[];
  /** Target or exam date within 30 days, not done. */
  dueSoon: PlanMilestone[];
  estimatedCompletion: string | null;
  /** Five-year windows of the plan's ARDMS credentials not yet earned. */
  deadlines: FiveYearDeadline[];
}

/** What the milestone dialog shows beyond the plan view: evidence, attempts, history. */
export interface MilestoneDetail {
  version: number;
  registryNumber: string | null;
  score: string | null;
  certificateRef: string | null;
  evidenceUrl: string | null;
  notes: string | null;
  isExam: boolean;
  countsTowardOptions: { slug: string; name: string }[];
  attempts: { attemptedOn: string; result: "passed" | "failed"; countsToward: string | null }[];
  /** The newest changes, newest first (at most HISTORY_PER_MILESTONE, db/queries/progress.ts). */
  history: { at: string; field: string; oldValue: string | null; newValue: string | null }[];
  /** How many changes the milestone has in all. */
  historyTotal: number;
}
