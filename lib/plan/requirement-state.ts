/**
 * The status of one requirement for one user, from their records. Progress belongs to the
 * requirement, not to a plan: every plan reads the same state.
 *
 * Order of evidence (the first that applies wins):
 * 1. a held declaration → done (completedDate = earnedOn);
 * 2. requirements with `earnedBy` are DERIVED from their tree (credentials, "any of" composites),
 *    with the five-year window for ARDMS credentials; a progress record only adds "waived";
 * 3. exams: a passed attempt → done (earliest pass); failed attempts change nothing; a pass that
 *    no longer counts for any credential, because the window that binds it closed, → expired;
 * 4. experience in months or years: done when the profile's experience months reach the amount;
 * 5. otherwise the progress record's status (no record: not_started).
 */
import type { Catalog, CatalogRequirement, WindowRule } from "@/lib/catalog/types";
import { shortName } from "@/lib/catalog/names";
import { windowStatus } from "@/lib/windows";
import { isIsoDate } from "@/lib/dates";
import {
  countsOnce,
  countsTowardNotStatedNote,
  countsTowardOnce,
  EXAMS_COUNTED_ONCE,
  examCountsFor,
  SPI_BANKED_WHILE_ACTIVE,
  SPI_SLUG,
  spiBankedBy,
  spiBankedNote,
  spiImpliedBy,
  spiImpliedNote,
  undatedPassNote,
} from "./ardms";
import type { BankingHolder } from "./ardms";
import { indexRecords } from "./records";
import type { RecordIndex } from "./records";
import { evaluateTree, leafSlugs } from "./tree";
import type { NodeResult } from "./tree";
import type {
  CredentialWindow,
  ExpiredPass,
  MilestoneStatus,
  ProgressRecord,
  RequirementState,
  UserRecords,
} from "./types";

/**
 * The onboarding question is "years of clinical sonography experience": it measures only these
 * requirements. Lead, supervisory, registered-echo or teaching years are different experience,
 * which the user marks done themselves.
 */
export const PROFILE_EXPERIENCE_MEASURES: ReadonlySet<string> = new Set([
  "exp-clinical-12-months",
  "exp-sonography-3-years",
  "exp-imaging-professional-2-years",
]);

export interface EvaluatorOptions {
  /** Overrides `SPI_BANKED_WHILE_ACTIVE` (tests of the strict reading). */
  spiBankedWhileActive?: boolean;
}

export interface RequirementEvaluator {
  readonly catalog: Catalog;
  readonly today: string;
  readonly records: RecordIndex;
  requirement(slug: string): CatalogRequirement | undefined;
  state(slug: string): RequirementState;
}

const NO_SLUGS: ReadonlySet<string> = new Set();
/** Sorts before every real date, so the latest real part sets an allOf's completion date. */
const IMPLIED_DATE = "0000-01-01";

const NOT_STARTED: RequirementState = {
  status: "not_started",
  done: false,
  derived: false,
  completedDate: null,
};

interface PassEvent {
  slug: string;
  date: string;
}

/** A windowed credential evaluated inside its window only, without the banking reading. */
interface WindowedResult {
  satisfied: boolean;
  completedDate: string | null;
  window?: CredentialWindow;
  expired: ExpiredPass[];
  retake: string[];
  /** Earliest SPI pass counted toward this credential: undefined none, null date unknown. */
  spiFirstPass: string | null | undefined;
  events: PassEvent[];
  undated: Set<string>;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDateThenSlug(a: PassEvent, b: PassEvent): number {
  return compareText(a.date, b.date) || compareText(a.slug, b.slug);
}

function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const kept = notes.filter((n): n is string => n !== undefined && n !== "");
  return kept.length > 0 ? kept.join(" ") : undefined;
}

function listNames(names: readonly string[], conjunction = "and"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

export function createRequirementEvaluator(
  records: UserRecords,
  today: string,
  catalog: Catalog,
  options: EvaluatorOptions = {},
): RequirementEvaluator {
  const index = indexRecords(records);
  const bankedWhileActive = options.spiBankedWhileActive ?? SPI_BANKED_WHILE_ACTIVE;
  const requirements = new Map(catalog.requirements.map((r) => [r.slug, r]));
  const windowRules = new Map(catalog.windowRules.map((r) => [r.slug, r]));
  const memo = new Map<string, RequirementState>();
  const windowedMemo = new Map<string, WindowedResult>();
  const visiting = new Set<string>();
  // What an exam counts toward (FE: RDMS or RDCS) is read from attempts and from the answer
  // given with a held declaration, which stands in for a passed attempt naming it.
  const allAttempts = [
    ...records.attempts,
    ...records.held
      .filter((h) => h.countsToward && countsOnce(h.requirementSlug))
      .map((h) => ({
        requirementSlug: h.requirementSlug,
        attemptedOn: h.earnedOn ?? "0000-01-01",
        result: "passed" as const,
        countsToward: h.countsToward ?? null,
      })),
  ];

  const name = (slug: string): string => shortName(requirements.get(slug), slug);

  /** The held ARDMS credential that implies SPI (none when SPI has a record of its own). */
  function impliedSpiHolder(): string | null {
    if (index.held(SPI_SLUG) || index.attempts(SPI_SLUG).some((a) => a.result === "passed")) {
      return null;
    }
    if (index.progress(SPI_SLUG)?.status === "done") return null;
    const heldSlugs = records.held.map((h) => h.requirementSlug);
    return spiImpliedBy(heldSlugs, records.ardmsPhysicsViaUpi);
  }

  function state(slug: string): RequirementState {
    const cached = memo.get(slug);
    if (cached) return cached;
    if (visiting.has(slug)) return NOT_STARTED; // a cycle in the catalog: never done through itself
    visiting.add(slug);
    const result = compute(slug);
    visiting.delete(slug);
    memo.set(slug, result);
    return result;
  }

  function fromRecord(record: ProgressRecord | undefined, isExam: boolean): RequirementState {
    if (!record) return NOT_STARTED;
    if (record.status === "done") {
      return {
        status: "done",
        done: true,
        derived: false,
        completedDate: record.completedDate ?? (isExam ? record.examDate : null),
      };
    }
    return { status: record.status, done: false, derived: false, completedDate: null };
  }

  /**
   * ARRT postprimary: the 24-month clinical window runs from the first logged procedure still
   * counted (the procedures must fall within the 24 months before the application).
   */
  function procedureWindow(credentialSlug: string): CredentialWindow | undefined {
    const rule = catalog.windowRules.find(
      (r) => r.startEvent === "first_logged_procedure" && r.appliesTo.includes(credentialSlug),
    );
    const log = records.procedureLogs?.find(
      (l) => l.credentialSlug === credentialSlug && isIsoDate(l.firstProcedureOn),
    );
    if (!rule || !log) return undefined;
    const status = windowStatus(rule, log.firstProcedureOn, today);
    const credential = requirements.get(credentialSlug);
    const logSlug =
      credential?.prerequisites?.find((p) => requirements.get(p.slug)?.kind === "experience")
        ?.slug ?? credentialSlug;
    return {
      rule: rule.slug,
      startedBy: logSlug,
      firstPassDate: log.firstProcedureOn,
      deadline: status.deadline,
      daysLeft: status.daysLeft,
      closed: status.closed,
      exempt: false,
    };
  }

  function procedureWindowNote(window: CredentialWindow): string {
    return window.closed
      ? `Your first logged procedure (${window.firstPassDate}) is more than 24 months old: ARRT counts only procedures done within the 24 months before you apply, so the older ones no longer count. Check in ARRT's tool that your log is still complete and update the date of your earliest counted procedure.`
      : `Apply by ${window.deadline}: ARRT counts only procedures done within the 24 months before you apply, and your first logged procedure was on ${window.firstPassDate}.`;
  }

  function compute(slug: string): RequirementState {
    const requirement = requirements.get(slug);
    const base = computeIgnoringWindows(slug, requirement);
    if (requirement?.kind === "credential" && !base.done) {
      const window = procedureWindow(slug);
      if (window) {
        return { ...base, window, note: joinNotes(base.note, procedureWindowNote(window)) };
      }
    }
    if (base.done && requirement?.kind === "experience" && !base.derived) {
      // A procedure log whose window closed before the credential was earned has expired.
      for (const log of records.procedureLogs ?? []) {
        const window = procedureWindow(log.credentialSlug);
        if (!window || !window.closed || window.startedBy !== slug) continue;
        if (state(log.credentialSlug).done) continue;
        return {
          status: "expired",
          done: false,
          derived: false,
          completedDate: null,
          note: procedureWindowNote(window),
        };
      }
    }
    if (!base.done || requirement?.kind !== "exam") return base;
    const lost = passLostToWindows(slug);
    if (!lost) return base;
    return {
      status: "expired",
      done: false,
      derived: false,
      completedDate: null,
      note: `Passed on ${lost.passedOn}, but it no longer counts: the window closed on ${lost.deadline}. Pass it again.`,
    };
  }

  /** Windowed credentials (ARDMS five-year rule) whose exams include `examSlug`. */
  function windowedCredentialsUsing(
    examSlug: string,
  ): { credential: CatalogRequirement; rule: WindowRule }[] {
    const found: { credential: CatalogRequirement; rule: WindowRule }[] = [];
    for (const credential of catalog.requirements) {
      const rule = credential.windowRule ? windowRules.get(credential.windowRule) : undefined;
      if (!credential.earnedBy || rule?.startEvent !== "first_pass_in_credential") continue;
      if (leafSlugs(credential.earnedBy).includes(examSlug)) found.push({ credential, rule });
    }
    return found;
  }

  /**
   * The pass of an exam that no longer counts anywhere: every windowed credential it could count
   * toward is unearned and must have it retaken (its window closed), with no exemption. Undefined
   * when the pass still counts somewhere, or no window binds the exam.
   */
  function passLostToWindows(examSlug: string): ExpiredPass | undefined {
    let lost: ExpiredPass | undefined;
    for (const { credential, rule } of windowedCredentialsUsing(examSlug)) {
      if (!examCountsFor(examSlug, credential.slug, allAttempts)) continue;
      if (index.held(credential.slug)) return undefined;
      const base = windowed(credential, rule);
      if (base.satisfied || !base.retake.includes(examSlug)) return undefined;
      const exempt = rule.exemptions.some((e) => e.kind === "credential_already_held_from_issuer");
      if (exempt && spiBankedBy(base.spiFirstPass, bankingHolders(credential), bankedWhileActive)) {
        return undefined;
      }
      lost = base.expired.filter((pass) => pass.examSlug === examSlug).at(-1) ?? lost;
    }
    return lost;
  }

  function computeIgnoringWindows(
    slug: string,
    requirement: CatalogRequirement | undefined,
  ): RequirementState {
    const held = index.held(slug);
    if (held) {
      return { status: "done", done: true, derived: false, completedDate: held.earnedOn };
    }
    const record = index.progress(slug);
    if (requirement?.earnedBy) return derivedState(requirement, record);

    if (requirement?.kind === "exam") {
      const pass = index.attempts(slug).find((a) => a.result === "passed");
      if (pass)
        return { status: "done", done: true, derived: false, completedDate: pass.attemptedOn };
      const fromRow = fromRecord(record, true);
      const holder = slug === SPI_SLUG && !fromRow.done ? impliedSpiHolder() : null;
      if (holder) {
        return {
          status: "done",
          done: true,
          derived: true,
          completedDate: null,
          note: spiImpliedNote(name(holder)),
        };
      }
      return fromRow;
    }

    const fromRow = fromRecord(record, false);
    const credit = records.experience?.[slug];
    if (!fromRow.done && credit?.done) {
      return { status: "done", done: true, derived: false, completedDate: null, note: credit.note };
    }
    if (records.experience) return fromRow;
    // Legacy: one number of months, before the profile asked by area and measure.
    const experience = requirement?.experience;
    const months = index.experienceMonths;
    if (!fromRow.done && experience && months !== null && PROFILE_EXPERIENCE_MEASURES.has(slug)) {
      const needed =
        experience.unit === "months_full_time"
          ? experience.amount
          : experience.unit === "years_in_role"
            ? experience.amount * 12
            : null;
      if (needed !== null && months >= needed) {
        return {
          status: "done",
          done: true,
          derived: false,
          completedDate: null,
          note: `Met by the ${months} months of experience in your profile.`,
        };
      }
    }
    return fromRow;
  }

  /** Status of a derived requirement that is not done: how far its parts have got. */
  function partsStatus(
    requirement: CatalogRequirement,
    record: ProgressRecord | undefined,
  ): MilestoneStatus {
    const statuses = leafSlugs(requirement.earnedBy!).map((leaf) => state(leaf).status);
    if (statuses.some((s) => s === "done" || s === "in_progress" || s === "scheduled")) {
      return "in_progress";
    }
    if (record && ["planned", "scheduled", "in_progress"].includes(record.status)) {
      return record.status;
    }
    return statuses.includes("planned") ? "planned" : "not_started";
  }

  /** Notes for passes that exist but count toward a different credential (FE). */
  function countedElsewhereNote(requirement: CatalogRequirement): string | undefined {
    const notes: string[] = [];
    for (const leaf of leafSlugs(requirement.earnedBy!)) {
      if (examCountsFor(leaf, requirement.slug, allAttempts)) continue;
      if (!state(leaf).done) continue;
      const rule = EXAMS_COUNTED_ONCE[leaf];
      if (rule && countsTowardOnce(leaf, allAttempts) === null) {
        notes.push(
          countsTowardNotStatedNote(name(leaf), listNames(rule.credentials.map(name), "or")),
        );
        continue;
      }
      notes.push(
        `Your ${name(leaf)} pass counts toward another credential, so it cannot also count toward ${name(requirement.slug)}.`,
      );
    }
    return joinNotes(...notes);
  }

  /** A derived requirement not done: waived if its record says so, else `status`. */
  function notDoneOrWaived(
    record: ProgressRecord | undefined,
    partial: Omit<RequirementState, "status" | "done" | "derived" | "completedDate">,
    status: MilestoneStatus,
  ): RequirementState {
    if (record?.status === "waived") {
      return { status: "waived", done: false, derived: true, completedDate: null };
    }
    return { ...partial, status, done: false, derived: true, completedDate: null };
  }

  function derivedState(
    requirement: CatalogRequirement,
    record: ProgressRecord | undefined,
  ): RequirementState {
    const rule = requirement.windowRule ? windowRules.get(requirement.windowRule) : undefined;
    if (rule && rule.startEvent === "first_pass_in_credential") {
      return windowedState(requirement, rule, record);
    }
    const tree = evaluateTree(requirement.earnedBy!, (leaf) => {
      if (!examCountsFor(leaf, requirement.slug, allAttempts))
        return { satisfied: false, date: null };
      const s = state(leaf);
      return { satisfied: s.done, date: s.completedDate };
    });
    if (tree.satisfied) {
      return { status: "done", done: true, derived: true, completedDate: tree.date };
    }
    const note = countedElsewhereNote(requirement);
    return notDoneOrWaived(record, note ? { note } : {}, partsStatus(requirement, record));
  }

  /** Passes of an exam that may count toward the credential: dated events, or undated. */
  function passEvents(
    examSlug: string,
    credentialSlug: string,
  ): { dates: string[]; undated: boolean } {
    if (!examCountsFor(examSlug, credentialSlug, allAttempts)) return { dates: [], undated: false };
    const requirement = requirements.get(examSlug);
    if (requirement && requirement.kind !== "exam") {
      const s = state(examSlug);
      if (!s.done) return { dates: [], undated: false };
      return s.completedDate
        ? { dates: [s.completedDate], undated: false }
        : { dates: [], undated: true };
    }
    const dates = new Set<string>();
    let undated = false;
    for (const attempt of index.attempts(examSlug)) {
      if (attempt.result === "passed") dates.add(attempt.attemptedOn);
    }
    const held = index.held(examSlug);
    if (held) {
      if (held.earnedOn) dates.add(held.earnedOn);
      else undated = true;
    }
    const record = index.progress(examSlug);
    if (record?.status === "done") {
      const date = record.completedDate ?? record.examDate;
      if (date) dates.add(date);
      else undated = true;
    }
    // An undated record only stands in for a pass when no dated pass exists.
    return { dates: [...dates], undated: undated && dates.size === 0 };
  }

  function evaluateWith(
    requirement: CatalogRequirement,
    events: readonly PassEvent[],
    undated: ReadonlySet<string>,
    implied: ReadonlySet<string> = NO_SLUGS,
  ): NodeResult {
    return evaluateTree(requirement.earnedBy!, (leaf) => {
      const dates = events.filter((e) => e.slug === leaf).map((e) => e.date);
      if (dates.length > 0) return { satisfied: true, date: dates.sort()[0] ?? null };
      // Implied by a credential held earlier: it never sets the completion date.
      if (implied.has(leaf)) return { satisfied: true, date: IMPLIED_DATE };
      return { satisfied: undated.has(leaf), date: null };
    });
  }

  /**
   * The window engine applied to one credential. The first pass among its exams starts a window;
   * if the window closes without the credential, that pass no longer counts and the next pass
   * starts a new window. Undated passes are assumed to fall inside the window.
   */
  function windowed(requirement: CatalogRequirement, rule: WindowRule): WindowedResult {
    const cached = windowedMemo.get(requirement.slug);
    if (cached) return cached;

    const events: PassEvent[] = [];
    const undated = new Set<string>();
    for (const leaf of leafSlugs(requirement.earnedBy!)) {
      const found = passEvents(leaf, requirement.slug);
      for (const date of found.dates) events.push({ slug: leaf, date });
      if (found.undated) undated.add(leaf);
    }
    events.sort(byDateThenSlug);
    const spiDates = events.filter((e) => e.slug === SPI_SLUG).map((e) => e.date);
    const spiFirstPass = spiDates[0] ?? (undated.has(SPI_SLUG) ? null : undefined);

    const expired: ExpiredPass[] = [];
    let window: CredentialWindow | undefined;
    let start = 0;
    let result: WindowedResult | undefined;
    // SPI implied by a held ARDMS credential was passed no later than that credential: banked
    // (the reading above), so it counts in any window; it has no date of its own.
    const implied = new Set<string>(
      bankedWhileActive && leafSlugs(requirement.earnedBy!).includes(SPI_SLUG) && impliedSpiHolder()
        ? [SPI_SLUG]
        : [],
    );
    // Met only with a pass that has no date: the window cannot be checked, so not earned.
    const uncheckable = (): WindowedResult => {
      const undatedSlug = undated.has(SPI_SLUG) ? SPI_SLUG : [...undated][0]!;
      return {
        satisfied: false,
        completedDate: null,
        window: {
          rule: rule.slug,
          startedBy: undatedSlug,
          firstPassDate: null,
          deadline: null,
          daysLeft: null,
          closed: false,
          exempt: false,
          dateUnknown: true,
        },
        expired,
        retake: [],
        spiFirstPass,
        events,
        undated,
      };
    };
    while (start < events.length) {
      const first = events[start]!;
      const status = windowStatus(rule, first.date, today);
      const active = events.slice(start).filter((e) => e.date <= status.deadline);
      window = {
        rule: rule.slug,
        startedBy: first.slug,
        firstPassDate: first.date,
        deadline: status.deadline,
        daysLeft: status.daysLeft,
        closed: status.closed,
        exempt: false,
      };
      const tree = evaluateWith(requirement, active, NO_SLUGS, implied);
      if (tree.satisfied) {
        result = {
          satisfied: true,
          completedDate: tree.date,
          window,
          expired,
          retake: [],
          spiFirstPass,
          events,
          undated,
        };
        break;
      }
      if (undated.size > 0 && evaluateWith(requirement, active, undated, implied).satisfied) {
        result = uncheckable();
        break;
      }
      if (!status.closed) break;
      expired.push({ examSlug: first.slug, passedOn: first.date, deadline: status.deadline });
      start += 1;
    }

    if (!result) {
      const remaining = events.slice(start);
      const tree = evaluateWith(requirement, remaining, undated, implied);
      const stillPassed = new Set([...remaining.map((e) => e.slug), ...undated]);
      const retake = [...new Set(expired.map((e) => e.examSlug))].filter(
        (s) => !stillPassed.has(s),
      );
      result =
        tree.satisfied && remaining.length === 0
          ? uncheckable()
          : {
              satisfied: false,
              completedDate: null,
              window,
              expired,
              retake,
              spiFirstPass,
              events,
              undated,
            };
    }
    windowedMemo.set(requirement.slug, result);
    return result;
  }

  /** Credentials from the same issuer the user holds or earned within their own window. */
  function bankingHolders(requirement: CatalogRequirement): BankingHolder[] {
    const holders: BankingHolder[] = [];
    for (const other of catalog.requirements) {
      if (other.slug === requirement.slug || other.kind !== "credential") continue;
      if (other.issuer !== requirement.issuer) continue;
      const held = index.held(other.slug);
      if (held) {
        holders.push({ slug: other.slug, code: name(other.slug), earnedOn: held.earnedOn });
        continue;
      }
      const otherRule = other.windowRule ? windowRules.get(other.windowRule) : undefined;
      if (other.earnedBy && otherRule?.startEvent === "first_pass_in_credential") {
        const base = windowed(other, otherRule);
        if (base.satisfied) {
          holders.push({ slug: other.slug, code: name(other.slug), earnedOn: base.completedDate });
        }
      }
    }
    return holders;
  }

  /** Which passes a closed window dropped, and what must be retaken (by when, if a window is open). */
  function retakeNote(credentialSlug: string, rule: WindowRule, base: WindowedResult): string {
    const lost = base.expired.filter((e) => base.retake.includes(e.examSlug));
    const exams = listNames(base.retake.map(name));
    const open = base.window && !base.window.closed ? base.window : undefined;
    const by = open
      ? ` by ${open.deadline} (the window your ${name(open.startedBy)} pass on ${open.firstPassDate} started).`
      : ".";
    if (lost.length === 1) {
      const only = lost[0]!;
      return (
        `The ${rule.name} window for ${name(credentialSlug)} closed on ${only.deadline}: your ` +
        `${name(only.examSlug)} pass from ${only.passedOn} no longer counts, so ${exams} must be retaken${by}`
      );
    }
    const passes = listNames(
      lost.map(
        (e) => `${name(e.examSlug)} pass from ${e.passedOn} (window closed on ${e.deadline})`,
      ),
    );
    return (
      `The ${rule.name} windows for ${name(credentialSlug)} closed: your ${passes} no longer count, ` +
      `so ${exams} must be retaken${by}`
    );
  }

  function windowedState(
    requirement: CatalogRequirement,
    rule: WindowRule,
    record: ProgressRecord | undefined,
  ): RequirementState {
    const base = windowed(requirement, rule);
    const elsewhere = countedElsewhereNote(requirement);
    if (base.satisfied) {
      return { status: "done", done: true, derived: true, completedDate: base.completedDate };
    }

    const bankingAllowed = rule.exemptions.some(
      (e) => e.kind === "credential_already_held_from_issuer",
    );
    const holder = bankingAllowed
      ? spiBankedBy(base.spiFirstPass, bankingHolders(requirement), bankedWhileActive)
      : null;
    if (holder) {
      const note = spiBankedNote(holder.code);
      const all = evaluateWith(requirement, base.events, base.undated);
      if (all.satisfied) {
        return { status: "done", done: true, derived: true, completedDate: all.date, note };
      }
      const first = base.events[0];
      const window: CredentialWindow | undefined = first
        ? {
            rule: rule.slug,
            startedBy: first.slug,
            firstPassDate: first.date,
            deadline: null,
            daysLeft: null,
            closed: false,
            exempt: true,
            exemptReason: "spi_banked",
          }
        : undefined;
      return notDoneOrWaived(
        record,
        { note: joinNotes(note, elsewhere), ...(window ? { window } : {}) },
        partsStatus(requirement, record),
      );
    }

    const partial: Omit<RequirementState, "status" | "done" | "derived" | "completedDate"> = {};
    if (base.window) partial.window = base.window;
    if (base.expired.length > 0) partial.expiredPasses = base.expired;
    if (base.retake.length > 0) partial.retake = base.retake;
    let note: string | undefined;
    if (base.window?.dateUnknown) {
      const undatedCodes = listNames(
        [...base.undated].filter((slug) => slug === base.window!.startedBy).map(name),
      );
      note = undatedPassNote(undatedCodes, name(requirement.slug));
    } else if (base.retake.length > 0) {
      note = retakeNote(requirement.slug, rule, base);
    } else if (base.window && !base.window.closed) {
      note = `Pass the remaining exam by ${base.window.deadline} (${rule.name}).`;
    }
    if (note || elsewhere) partial.note = joinNotes(note, elsewhere);
    const status = base.retake.length > 0 ? "expired" : partsStatus(requirement, record);
    return notDoneOrWaived(record, partial, status);
  }

  return {
    catalog,
    today,
    records: index,
    requirement: (slug) => requirements.get(slug),
    state,
  };
}

/** The state of one requirement for this user, as of `today`. */
export function requirementStatus(
  slug: string,
  records: UserRecords,
  today: string,
  catalog: Catalog,
): RequirementState {
  return createRequirementEvaluator(records, today, catalog).state(slug);
}
