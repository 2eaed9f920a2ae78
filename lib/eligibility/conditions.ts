/**
 * One condition of a route, evaluated against the profile. Each answer is one of:
 * - met: holds, with the words to show;
 * - missing: a gap the person closes by working, studying or earning something, with amounts;
 * - blocked: needs new education (or the option is out of reach), so this route is not theirs;
 * - unknown: a profile question is unanswered, the rule is not recorded, or only the body can say.
 *
 * Confidence (unverified conditions, "may not apply") is applied by the caller, the engine; this
 * file only reads the profile.
 */
import type {
  CatalogRequirement,
  CredentialOption,
  EligibilityCondition,
  EligibilityData,
  OutsideCredential,
  ProgramArea,
  RouteCondition,
} from "@/lib/catalog/types";
import { addDaysToDate } from "@/lib/dates";
import {
  areaWords,
  formatCount,
  listNames,
  monthsBefore,
  monthsBetween,
  plural,
  wholeUp,
} from "./format";
import { ciipPoints, craPoints } from "./points";
import {
  ALL_AREAS,
  AWARD_RANK,
  DEGREE_RANK,
  degreeOfAward,
  graduatedPrograms,
  highestDegree,
  holding,
  pooledExperience,
} from "./profile";
import type {
  Blocker,
  EligibilityAnswer,
  EligibilityProfile,
  MissingItem,
  SonographyProgram,
  UnknownItem,
} from "./types";

/** What the condition evaluator needs from the engine. */
export interface ConditionContext {
  profile: EligibilityProfile;
  data: EligibilityData;
  requirement(slug: string): CatalogRequirement | undefined;
  outside(slug: string): OutsideCredential | undefined;
  /** The answer for another exam (same look-ahead); null when asking would loop back. */
  answer(slug: string): EligibilityAnswer | null;
  /**
   * The answer for a credential the person would have to earn first. Null when that is further
   * ahead than the engine looks (see `CREDENTIAL_LOOKAHEAD` in the engine) or would loop back.
   */
  credentialAnswer(slug: string): EligibilityAnswer | null;
  /** A short name: the issuer's code ("RCS"), else the name. */
  name(slug: string): string;
}

export type ConditionResult =
  | { state: "met"; text: string }
  | { state: "missing"; items: MissingItem[]; unknowns: UnknownItem[] }
  | { state: "blocked"; blocker: Blocker }
  | { state: "unknown"; unknowns: UnknownItem[] };

const met = (text: string): ConditionResult => ({ state: "met", text });
const unknown = (...unknowns: UnknownItem[]): ConditionResult => ({ state: "unknown", unknowns });
const missing = (item: MissingItem, ...unknowns: UnknownItem[]): ConditionResult => ({
  state: "missing",
  items: [item],
  unknowns,
});
const blocked = (blocker: Blocker): ConditionResult => ({ state: "blocked", blocker });

/** Best first: met, then unknown (could be met), then missing, then blocked. */
const STATE_ORDER = { met: 0, unknown: 1, missing: 2, blocked: 3 } as const;

/** The most favourable of several alternatives (one program of several, for instance). */
export function bestOf(results: readonly ConditionResult[]): ConditionResult | undefined {
  let best: ConditionResult | undefined;
  for (const result of results) {
    if (!best || STATE_ORDER[result.state] < STATE_ORDER[best.state]) best = result;
    else if (result.state === "missing" && best.state === "missing") {
      const months = (r: typeof result) =>
        Math.max(...r.items.map((i) => i.months ?? Number.POSITIVE_INFINITY));
      if (months(result) < months(best)) best = result;
    }
  }
  return best;
}

/** Estimate: a working sonographer logs about 50 studies a month (600 in the catalog's year). */
export const STUDIES_PER_MONTH_ESTIMATE = 50;

function typicalMonths(ctx: ConditionContext, slug: string | undefined): number | null {
  if (slug === undefined) return null;
  return ctx.requirement(slug)?.typicalDuration.months ?? null;
}

export function evaluateCondition(part: RouteCondition, ctx: ConditionContext): ConditionResult {
  const condition = part.condition;
  switch (condition.kind) {
    case "allied-health-program":
      return alliedHealth(ctx);
    case "degree":
      return degree(condition, part, ctx);
    case "program":
      return program(condition, part, ctx);
    case "health-science-graduate":
      return healthScience(ctx);
    case "high-school":
      return highSchool(ctx);
    case "experience":
      return experience(condition, part, ctx);
    case "studies":
      return studies(condition, part, ctx);
    case "registered-echo-years":
      return registeredEchoYears(condition, part, ctx);
    case "credential":
      return credential(condition, ctx);
    case "eligible-for-any":
      return eligibleForAny(condition, ctx);
    case "spi-physics":
      return spiPhysics(condition, ctx);
    case "structured-education":
      return structuredEducation(condition, part, ctx);
    case "procedure-log":
      return procedureLog(condition, part, ctx);
    case "points":
      return points(condition, ctx);
    case "not-recorded":
      return unknown({
        kind: "unverified-rule",
        text: `Not recorded: ${condition.description}.`,
        notRecorded: true,
        ...(part.note ? { note: part.note } : {}),
      });
  }
}

// ---- Education --------------------------------------------------------------------------------

/** Subjects that are two-year, patient-care allied-health programs at associate level [S]. */
const ALLIED_FIELDS = new Set([
  "radiography",
  "nursing",
  "respiratory-therapy",
  "occupational-therapy",
  "physical-therapy",
]);

/** Subjects CCI names as health sciences: CVT, ultrasound, radiography, respiratory, nursing [V]. */
const SONOGRAPHY_FIELDS = new Set(["sonography", "vascular", "cardiovascular"]);

const CCI_NAMED_FIELDS = new Set([
  "sonography",
  "vascular",
  "cardiovascular",
  "radiography",
  "respiratory-therapy",
  "nursing",
]);

function alliedHealth(ctx: ConditionContext): ConditionResult {
  const education = ctx.profile.education;
  if (education?.alliedHealthTwoYear === true) {
    return met("You completed a two-year allied-health program in a patient-care field.");
  }
  if (education?.alliedHealthTwoYear === false) {
    return blocked({
      kind: "education",
      text: "Needs a two-year allied-health program in a patient-care field.",
      requirementSlug: "degree-associate-allied-health",
    });
  }
  const level = highestDegree(ctx.profile);
  const field = education?.degreeField;
  if (field && ALLIED_FIELDS.has(field) && level && DEGREE_RANK[level] >= DEGREE_RANK.associate) {
    return met(`Your ${field.replace("-", " ")} degree is a patient-care allied-health program.`);
  }
  const sonographyAssociate = graduatedPrograms(ctx.profile).some(
    (p) => (p.award && AWARD_RANK[p.award] >= AWARD_RANK.associate) || (p.months ?? 0) >= 24,
  );
  if (sonographyAssociate) {
    return unknown({
      kind: "unverified-rule",
      text: "Whether ARDMS counts your two-year sonography program as an allied-health program for Prerequisite 1.",
      note: "The research notes treat a sonography associate as a two-year allied-health program, but that is not confirmed. Answer the allied-health question, or check with ARDMS.",
    });
  }
  return unknown({
    kind: "profile",
    field: "education.alliedHealthTwoYear",
    text: "Did you complete a two-year allied-health program in a patient-care field (radiography, respiratory therapy, nursing, sonography …)?",
  });
}

function degree(
  condition: Extract<EligibilityCondition, { kind: "degree" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  const need = DEGREE_RANK[condition.atLeast];
  const fields = condition.fields;
  const sonographyField = fields === undefined || fields.some((f) => SONOGRAPHY_FIELDS.has(f));
  const subject =
    fields === undefined
      ? ""
      : sonographyField
        ? " in sonography or vascular technology"
        : ` in ${listNames(
            fields.map((f) => f.replace(/-/g, " ")),
            "or",
          )}`;
  const what =
    condition.atLeast === "associate" && !fields
      ? "an associate degree or higher"
      : `a ${condition.atLeast}'s degree${subject}`;
  const educationBlocker: Blocker = {
    kind: "education",
    text: `Needs ${what}.`,
    ...(part.educationSlug ? { requirementSlug: part.educationSlug } : {}),
  };
  // A graduated sonography program with a high enough award settles it (it is a degree in
  // sonography, so it also meets a sonography subject).
  const fromProgram =
    sonographyField &&
    graduatedPrograms(ctx.profile).some(
      (p) => p.award !== undefined && DEGREE_RANK[degreeOfAward(p.award)] >= need,
    );
  if (fromProgram) return met(`You hold ${what} (your sonography program).`);

  const level = ctx.profile.education?.highestDegree;
  if (level === undefined) {
    return unknown({
      kind: "profile",
      field: "education.highestDegree",
      text: "What is your highest degree?",
    });
  }
  if (DEGREE_RANK[level] < need) return blocked(educationBlocker);
  if (!condition.fields) return met(`You hold ${what}.`);
  const field = ctx.profile.education?.degreeField;
  if (field === undefined) {
    return unknown({
      kind: "profile",
      field: "education.degreeField",
      text: "What subject is your degree in?",
    });
  }
  return condition.fields.includes(field) ? met(`You hold ${what}.`) : blocked(educationBlocker);
}

function healthScience(ctx: ConditionContext): ConditionResult {
  const education = ctx.profile.education;
  const answer = education?.healthScienceGraduate;
  if (answer === "yes") return met("You graduated in a health science.");
  if (answer === "no") {
    return blocked({ kind: "education", text: "Needs a diploma or degree in a health science." });
  }
  const level = highestDegree(ctx.profile);
  const field = education?.degreeField;
  if (field && CCI_NAMED_FIELDS.has(field) && level && level !== "none") {
    return met(`Your ${field.replace("-", " ")} degree is a health science CCI names.`);
  }
  const sonographyGraduate = graduatedPrograms(ctx.profile).some(
    (p) => p.award !== undefined && AWARD_RANK[p.award] >= AWARD_RANK.diploma,
  );
  if (sonographyGraduate) return met("Your ultrasound program is a health science CCI names.");
  if (field && level && level !== "none") {
    return unknown({
      kind: "body-determination",
      text: `Whether CCI counts a ${field.replace(/-/g, " ")} degree as a health science: CCI decides ("including, but not limited to" its list).`,
    });
  }
  const noEducation =
    level === "none" && (education?.programs?.length ?? 0) === 0 && !education?.alliedHealthTwoYear;
  if (noEducation && education?.programs !== undefined) {
    return blocked({ kind: "education", text: "Needs a diploma or degree in a health science." });
  }
  return unknown({
    kind: "profile",
    field: "education.healthScienceGraduate",
    text: "Did you graduate from a diploma, associate or bachelor's program in a health science (CVT, ultrasound, radiography, respiratory therapy, nursing …)?",
  });
}

function highSchool(ctx: ConditionContext): ConditionResult {
  const answer = ctx.profile.education?.highSchoolOrGed;
  if (answer === true) return met("You have a high-school diploma or GED.");
  if (answer === false) {
    return blocked({ kind: "education", text: "Needs a high-school diploma or GED." });
  }
  const level = highestDegree(ctx.profile);
  if (level && level !== "none") return met("Your degree implies a high-school diploma or GED.");
  return unknown({
    kind: "profile",
    field: "education.highSchoolOrGed",
    text: "Do you have a high-school diploma or GED?",
  });
}

function matchesAreas(
  programAreas: readonly ProgramArea[] | undefined,
  wanted: readonly ProgramArea[],
): boolean | undefined {
  if (programAreas === undefined) return undefined;
  return wanted.some((a) => programAreas.includes(a));
}

function program(
  condition: Extract<EligibilityCondition, { kind: "program" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  const programs = ctx.profile.education?.programs;
  const kind =
    condition.accredited === true
      ? "a programmatically accredited"
      : condition.accredited === false
        ? "a (non-accredited)"
        : "an";
  const areaText = condition.areas ? ` ${condition.areas.join("/")}` : "";
  const what = condition.arrtApprovedFor
    ? `an ARRT-approved ${condition.arrtApprovedFor.replace("-", " ")} program`
    : `${kind}${areaText} program`;
  const noProgram: Blocker = { kind: "education", text: `Needs ${what}.` };
  if (programs === undefined) {
    return unknown({
      kind: "profile",
      field: "education.programs",
      text: "Did you complete (or are you in) a sonography, echo or vascular program? Was it programmatically accredited, and in which concentrations?",
    });
  }
  if (programs.length === 0) return blocked(noProgram);
  const results = programs.map((p) => oneProgram(p, condition, part, ctx, noProgram));
  return bestOf(results) ?? blocked(noProgram);
}

function oneProgram(
  p: SonographyProgram,
  condition: Extract<EligibilityCondition, { kind: "program" }>,
  part: RouteCondition,
  ctx: ConditionContext,
  noProgram: Blocker,
): ConditionResult {
  const unknowns: UnknownItem[] = [];
  const ask = (text: string) =>
    unknowns.push({ kind: "profile", field: "education.programs", text });

  if (condition.accredited !== "any") {
    if (p.accredited === undefined) ask("Was your program programmatically accredited (CAAHEP)?");
    else if (p.accredited !== condition.accredited) return blocked(noProgram);
  }
  if (condition.areas === null) {
    // Matching everything else, the body's mapping of areas is what we cannot read.
    unknowns.push({
      kind: "unverified-rule",
      text: "Which program concentration the body accepts for this exam is not recorded.",
      ...(part.note ? { note: part.note } : {}),
    });
  } else if (condition.areas !== undefined) {
    const match = matchesAreas(p.areas, condition.areas);
    if (match === undefined) ask("Which concentrations does your program cover?");
    else if (!match) return blocked(noProgram);
  }
  if (condition.arrtApprovedFor) {
    if (p.arrtApprovedFor === undefined) {
      ask(`Is your program ARRT-approved for ${condition.arrtApprovedFor.replace("-", " ")}?`);
    } else if (!p.arrtApprovedFor.includes(condition.arrtApprovedFor)) return blocked(noProgram);
  }
  if (condition.minimumAward) {
    if (p.award === undefined)
      ask("What did your program award (certificate, associate, bachelor's …)?");
    else if (AWARD_RANK[p.award] < AWARD_RANK[condition.minimumAward]) return blocked(noProgram);
  }
  if (condition.minimumMonths !== undefined) {
    if (p.months === undefined) ask("How many months long was your program?");
    else if (p.months < condition.minimumMonths) return blocked(noProgram);
  }
  if (condition.minimumClinicalHours !== undefined) {
    if (p.clinicalHours === undefined) ask("How many clinical hours did your program include?");
    else if (p.clinicalHours < condition.minimumClinicalHours) return blocked(noProgram);
  }

  // Completion and timing.
  const today = ctx.profile.today;
  const completion = condition.completion;
  if (p.status === undefined) {
    ask("Have you graduated from your program, or are you still enrolled?");
    return unknown(...unknowns);
  }
  if (p.status === "graduated") {
    if (completion.kind === "ardms-p2") {
      if (p.graduationDate === undefined) {
        ask("When did you graduate? The program director's letter is valid for a year.");
      } else if (monthsBetween(p.graduationDate, today) > completion.letterValidMonths) {
        unknowns.push({
          kind: "unverified-rule",
          text: `More than ${completion.letterValidMonths} months after graduating, ARDMS is understood to want Prerequisite 1 or 3A documents instead of the program letter.`,
          note: "Not read on an ARDMS page; check the current prerequisite chart.",
        });
      }
    }
    if (unknowns.length > 0) return unknown(...unknowns);
    return met("You graduated from a program that qualifies.");
  }

  // Enrolled.
  if (p.graduationDate === undefined) {
    ask("When do you expect to graduate?");
    return unknown(...unknowns);
  }
  const opensOn =
    completion.kind === "ardms-p2"
      ? addDaysToDate(p.graduationDate, -completion.applyDaysBeforeGraduation)
      : p.graduationDate;
  if (today >= opensOn) {
    if (unknowns.length > 0) return unknown(...unknowns);
    return met(
      `You may apply now, ${completion.kind === "ardms-p2" ? `within ${completion.applyDaysBeforeGraduation} days of` : "on"} your graduation on ${p.graduationDate}; no credential is awarded until the program records your graduation.`,
    );
  }
  const months = monthsBetween(today, opensOn);
  return missing(
    {
      kind: "graduation",
      text:
        completion.kind === "ardms-p2"
          ? `apply from ${opensOn}, ${completion.applyDaysBeforeGraduation} days before your expected graduation on ${p.graduationDate}`
          : `graduate (expected ${p.graduationDate})`,
      opensOn,
      months,
      monthsIsEstimate: false,
      costUsd: 0,
      weight: 1,
    },
    ...unknowns,
  );
}

// ---- Experience -------------------------------------------------------------------------------

function experience(
  condition: Extract<EligibilityCondition, { kind: "experience" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  const pooled = pooledExperience(ctx.profile, condition.areas);
  const words = areaWords(condition.areas);
  if (!pooled.answered) {
    return unknown({
      kind: "profile",
      field: "experience.clinical",
      text: "How many months (or paid hours) of clinical ultrasound work do you have, and in which areas?",
    });
  }
  if (pooled.unknownAreas.length > 0) {
    return unknown({
      kind: "profile",
      field: "experience.clinical",
      text: `How much ${areaWords(pooled.unknownAreas)} work do you have (months full-time or paid hours)?`,
    });
  }
  const hours = condition.orPaidHours;
  const hoursPerMonth = hours !== undefined ? hours / condition.atLeastMonths : undefined;
  const enough = (months: number, paid: number) =>
    months >= condition.atLeastMonths || (hours !== undefined && paid >= hours);
  if (enough(pooled.months, pooled.paidHours)) {
    return met(
      `You have ${pooled.months > 0 ? plural(pooled.months, "month") : `${formatCount(pooled.paidHours)} paid hours`} of ${words} work.`,
    );
  }
  const everyArea = ALL_AREAS.every((a) => condition.areas.includes(a));
  const withUnspecified = {
    months: pooled.months + pooled.unspecifiedMonths,
    paid: pooled.paidHours + pooled.unspecifiedHours,
  };
  const unspecifiedUnknown: UnknownItem = {
    kind: "profile",
    field: "experience.clinical",
    text: `Some of your work has no area stated. Was any of it ${words} work?`,
  };
  if (everyArea && enough(withUnspecified.months, withUnspecified.paid)) {
    return met(`You have enough clinical ultrasound work.`);
  }
  const hasUnspecified = pooled.unspecifiedMonths > 0 || pooled.unspecifiedHours > 0;
  if (!everyArea && hasUnspecified && enough(withUnspecified.months, withUnspecified.paid)) {
    return unknown(unspecifiedUnknown);
  }

  const base = everyArea ? withUnspecified : { months: pooled.months, paid: pooled.paidHours };
  if (hours === undefined && base.paid > 0) {
    // The route counts full-time (or equivalent) months, and how it converts paid hours is not
    // recorded (CCI): hours may already be enough, so we cannot say "not yet".
    return unknown({
      kind: "unverified-rule",
      text: `You gave paid hours of ${words} work; how this route converts hours into full-time months is not recorded.`,
      ...(part.note ? { note: part.note } : {}),
    });
  }
  const monthsShort = condition.atLeastMonths - base.months;
  const hoursShort =
    hours !== undefined && hoursPerMonth !== undefined
      ? Math.min(hours - base.paid, monthsShort * hoursPerMonth)
      : null;
  const moreMonths =
    hoursShort !== null && hoursPerMonth !== undefined ? hoursShort / hoursPerMonth : monthsShort;
  const shownMonths = wholeUp(moreMonths);
  const item: MissingItem = {
    kind: "experience",
    areas: condition.areas,
    moreMonths,
    morePaidHours: hoursShort === null ? null : wholeUp(hoursShort),
    text: `${plural(shownMonths, "more month")}${hoursShort === null ? "" : ` (${formatCount(wholeUp(hoursShort))} paid hours)`} of full-time ${words} work`,
    ...(part.requirementSlug ? { requirementSlug: part.requirementSlug } : {}),
    months: moreMonths,
    monthsIsEstimate: false,
    costUsd: 0,
    weight: 1,
  };
  return hasUnspecified && !everyArea ? missing(item, unspecifiedUnknown) : missing(item);
}

function studies(
  condition: Extract<EligibilityCondition, { kind: "studies" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  const counts = ctx.profile.experience?.studies;
  if (counts === undefined) {
    return unknown({
      kind: "profile",
      field: "experience.studies",
      text: `How many ${condition.study} studies have you performed over your career, including in your program?`,
    });
  }
  const done = counts[condition.study] ?? 0;
  if (condition.atLeast === null) {
    if (done > 0) {
      return unknown({
        kind: "unverified-rule",
        text: `This route asks for a minimum number of ${condition.study} studies that is not recorded; you have ${formatCount(done)}.`,
        ...(part.note ? { note: part.note } : {}),
      });
    }
    return missing({
      kind: "studies",
      study: condition.study,
      moreStudies: null,
      text: `${condition.study} studies toward a minimum that is not recorded`,
      ...(part.requirementSlug ? { requirementSlug: part.requirementSlug } : {}),
      months: null,
      monthsIsEstimate: true,
      costUsd: 0,
      weight: 1,
    });
  }
  if (done >= condition.atLeast) {
    return met(`You have performed ${formatCount(done)} ${condition.study} studies.`);
  }
  const more = condition.atLeast - done;
  return missing({
    kind: "studies",
    study: condition.study,
    moreStudies: more,
    text: `${formatCount(more)} more ${condition.study} studies (${formatCount(condition.atLeast)} in total)`,
    ...(part.requirementSlug ? { requirementSlug: part.requirementSlug } : {}),
    months: more / STUDIES_PER_MONTH_ESTIMATE,
    monthsIsEstimate: true,
    costUsd: 0,
    weight: 1,
  });
}

function registeredEchoYears(
  condition: Extract<EligibilityCondition, { kind: "registered-echo-years" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  if (condition.atLeast === null) {
    return unknown({
      kind: "unverified-rule",
      text: "The number of years as a registered echo sonographer this route asks for is not recorded.",
      ...(part.note ? { note: part.note } : {}),
    });
  }
  const years = ctx.profile.experience?.registeredEchoYears;
  if (years === undefined) {
    return unknown({
      kind: "profile",
      field: "experience.registeredEchoYears",
      text: "How many years have you worked as a registered echo sonographer (since earning your echo credential)?",
    });
  }
  if (years >= condition.atLeast) {
    return met(`You have ${plural(years, "year")} as a registered echo sonographer.`);
  }
  const more = condition.atLeast - years;
  return missing({
    kind: "registered-echo-years",
    moreYears: more,
    text: `${plural(wholeUp(more), "more year")} as a registered echo sonographer`,
    ...(part.requirementSlug ? { requirementSlug: part.requirementSlug } : {}),
    months: more * 12,
    monthsIsEstimate: false,
    costUsd: 0,
    weight: 1,
  });
}

// ---- Credentials and other exams --------------------------------------------------------------

/** How far an exam or credential is for this person, to close a "hold X" gap. */
interface Closing {
  reachable: boolean;
  months: number | null;
  weight: number;
  costUsd: number | null;
  certain: boolean;
  answer?: EligibilityAnswer;
}

function answerCost(answer: EligibilityAnswer): number | null {
  const route = answer.eligibleVia[0] ?? answer.nearest[0];
  if (!route) return null;
  return route.costComplete ? route.knownCostUsd : null;
}

function closingFor(slug: string, ctx: ConditionContext): Closing {
  if (ctx.outside(slug)) {
    return { reachable: false, months: null, weight: 1, costUsd: null, certain: true };
  }
  const answer = ctx.credentialAnswer(slug);
  if (!answer) return { reachable: false, months: null, weight: 1, costUsd: null, certain: true };
  const typical = typicalMonths(ctx, slug) ?? 0;
  const nearest = answer.nearest[0];
  switch (answer.outcome) {
    case "already_held":
    case "eligible":
      return {
        reachable: true,
        months: typical,
        weight: 1,
        costUsd: answerCost(answer),
        certain: true,
        answer,
      };
    case "not_yet":
      return {
        reachable: true,
        months:
          nearest?.monthsToClose === null || !nearest ? null : nearest.monthsToClose + typical,
        weight: 1 + (nearest?.missingCount ?? 0),
        costUsd: answerCost(answer),
        certain: true,
        answer,
      };
    case "cant_tell":
      return nearest
        ? {
            reachable: true,
            months: nearest.monthsToClose === null ? null : nearest.monthsToClose + typical,
            weight: 1 + nearest.missingCount,
            costUsd: answerCost(answer),
            certain: false,
            answer,
          }
        : { reachable: true, months: typical, weight: 1, costUsd: null, certain: false, answer };
    case "no_route":
      return { reachable: false, months: null, weight: 1, costUsd: null, certain: true, answer };
  }
}

function compareClosing(a: Closing, b: Closing): number {
  if (a.reachable !== b.reachable) return a.reachable ? -1 : 1;
  if (a.certain !== b.certain) return a.certain ? -1 : 1;
  if (a.weight !== b.weight) return a.weight - b.weight;
  const months = (a.months ?? Infinity) - (b.months ?? Infinity);
  if (months !== 0 && !Number.isNaN(months)) return months;
  return (a.costUsd ?? Infinity) - (b.costUsd ?? Infinity);
}

function credential(
  condition: Extract<EligibilityCondition, { kind: "credential" }>,
  ctx: ConditionContext,
): ConditionResult {
  const profile = ctx.profile;
  if (profile.credentials === undefined) {
    return unknown({
      kind: "profile",
      field: "credentials",
      text: `Which credentials do you hold? This route needs ${condition.label}.`,
    });
  }
  const names = (option: CredentialOption) =>
    listNames(
      option.all.map((s) => ctx.name(s)),
      "and",
    );
  const activeUnknown: string[] = [];
  let heldUnverified: CredentialOption | undefined;
  for (const option of condition.anyOf) {
    const states = option.all.map((slug) => holding(profile, slug).state);
    if (states.every((s) => s === "yes")) {
      if (option.confidence === "unverified") heldUnverified ??= option;
      else return met(`You hold ${names(option)}, active.`);
    } else if (states.every((s) => s === "yes" || s === "active-unknown")) {
      activeUnknown.push(names(option));
    }
  }
  if (activeUnknown.length > 0) {
    return unknown({
      kind: "profile",
      field: "credentials",
      text: `Is your ${activeUnknown[0]} active? This route needs it active.`,
    });
  }
  if (heldUnverified) {
    return unknown({
      kind: "unverified-rule",
      text: `You hold ${names(heldUnverified)}, but whether it counts here is not stated.`,
      ...(heldUnverified.note ? { note: heldUnverified.note } : {}),
    });
  }

  // Not held: how near is each option?
  const confident = condition.anyOf.filter((o) => o.confidence !== "unverified");
  const options = confident.length > 0 ? confident : condition.anyOf;
  const scored = options.map((option) => {
    const parts = option.all
      .filter((slug) => holding(profile, slug).state !== "yes")
      .map((slug) => closingFor(slug, ctx));
    const closing: Closing = {
      reachable: parts.every((p) => p.reachable),
      months: parts.some((p) => p.months === null)
        ? null
        : Math.max(0, ...parts.map((p) => p.months ?? 0)),
      weight: parts.reduce((sum, p) => sum + p.weight, 0),
      costUsd: parts.some((p) => p.costUsd === null)
        ? null
        : parts.reduce((sum, p) => sum + (p.costUsd ?? 0), 0),
      certain: parts.every((p) => p.certain),
      ...(parts.length === 1 && parts[0]?.answer ? { answer: parts[0].answer } : {}),
    };
    return { option, closing };
  });
  scored.sort((a, b) => compareClosing(a.closing, b.closing));
  const best = scored[0];
  if (!best || !best.closing.reachable) {
    return blocked({
      kind: "credential",
      text: `Needs ${condition.label}; none of them is within reach from what you have told us.`,
    });
  }
  const catalogSlug = best.option.all.find((s) => ctx.requirement(s) !== undefined);
  const outcome = best.closing.answer?.outcome;
  const how =
    outcome === "eligible"
      ? "you are eligible for it now"
      : outcome === "cant_tell"
        ? "we can't tell yet whether you can sit it"
        : best.closing.answer?.summary
          ? best.closing.answer.summary.replace(/\.$/, "").replace(/^Not yet: /, "")
          : "";
  const unknowns: UnknownItem[] = best.closing.certain
    ? []
    : [
        {
          kind: "profile",
          field: "credentials",
          text: `Whether you can sit ${names(best.option)} now is not clear; see its own answer.`,
        },
      ];
  return missing(
    {
      kind: "credential",
      anyOf: condition.anyOf.map((o) => o.all),
      nearest: {
        slugs: best.option.all,
        ...(best.closing.answer ? { answer: best.closing.answer } : {}),
      },
      text: `earn ${names(best.option)}${how ? ` (${how})` : ""}`,
      ...(catalogSlug ? { requirementSlug: catalogSlug } : {}),
      months: best.closing.months,
      monthsIsEstimate: true,
      costUsd: best.closing.costUsd,
      weight: best.closing.weight,
    },
    ...unknowns,
  );
}

function eligibleForAny(
  condition: Extract<EligibilityCondition, { kind: "eligible-for-any" }>,
  ctx: ConditionContext,
): ConditionResult {
  const answers = condition.targets
    .map((slug) => ctx.answer(slug))
    .filter((a): a is EligibilityAnswer => a !== null);
  const open = answers.filter((a) => a.outcome === "eligible" || a.outcome === "already_held");
  if (open.length > 0) {
    return met(`You meet a prerequisite for ${listNames(open.map((a) => ctx.name(a.target)))}.`);
  }
  const unclear = answers.filter((a) => a.outcome === "cant_tell");
  if (unclear.length > 0) {
    const seen = new Set<string>();
    const unknowns = unclear
      .flatMap((a) => a.unknowns)
      .filter((u) => (seen.has(u.text) ? false : (seen.add(u.text), true)));
    return unknown(...unknowns);
  }
  const candidates = answers
    .filter((a) => a.outcome === "not_yet" && a.nearest[0])
    .sort((a, b) => {
      const x = a.nearest[0]!;
      const y = b.nearest[0]!;
      return (
        x.missingCount - y.missingCount ||
        (x.monthsToClose ?? Infinity) - (y.monthsToClose ?? Infinity)
      );
    });
  const best = candidates[0];
  const route = best?.nearest[0];
  if (!best || !route) {
    return blocked({ kind: "credential", text: `Needs to be ${condition.label}; none is open.` });
  }
  const firstSlug = route.missing.find((m) => m.requirementSlug)?.requirementSlug;
  return missing({
    kind: "eligibility",
    targets: condition.targets,
    nearest: best,
    text: `meet a prerequisite for ${ctx.name(best.target)}: ${listNames(route.missing.map((m) => m.text))}`,
    ...(firstSlug ? { requirementSlug: firstSlug } : {}),
    months: route.monthsToClose,
    monthsIsEstimate: route.missing.some((m) => m.monthsIsEstimate),
    costUsd: 0,
    weight: route.missingCount,
  });
}

// ---- ARDMS SPI, ARRT postprimary, points ------------------------------------------------------

function spiPhysics(
  condition: Extract<EligibilityCondition, { kind: "spi-physics" }>,
  ctx: ConditionContext,
): ConditionResult {
  const physics = ctx.profile.education?.spiPhysics;
  if (physics?.gradedCourse === true) {
    return met("You passed a graded physics course with a C or better.");
  }
  const since = monthsBefore(ctx.profile.today, condition.withinMonths);
  const credits = physics?.cmeCredits
    ?.filter((c) => c.on >= since && c.on <= ctx.profile.today)
    .reduce((sum, c) => sum + c.amount, 0);
  if (credits !== undefined && credits >= condition.cmeCredits) {
    return met(`You earned ${formatCount(credits)} physics CME credits in the last two years.`);
  }
  if (physics?.gradedCourse === undefined) {
    return unknown({
      kind: "profile",
      field: "education.spiPhysics",
      text: "Did you pass a graded physics or instrumentation course with a C or better?",
    });
  }
  const more = condition.cmeCredits - (credits ?? 0);
  return missing({
    kind: "spi-physics",
    text: `a graded physics course (C or better), or ${formatCount(more)} more ARDMS-accepted physics CME credits within two years`,
    months: 1,
    monthsIsEstimate: true,
    costUsd: null,
    weight: 1,
  });
}

function structuredEducation(
  condition: Extract<EligibilityCondition, { kind: "structured-education" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  const credits = ctx.profile.arrtStructuredEducation;
  if (credits === undefined) {
    return unknown({
      kind: "profile",
      field: "arrtStructuredEducation",
      text: "Have you completed any ARRT structured education for this discipline (hours, dates, content categories)?",
    });
  }
  const since = monthsBefore(ctx.profile.today, condition.withinMonths);
  const counted = credits.filter(
    (c) => c.discipline === condition.discipline && c.completedOn >= since,
  );
  const hours = counted.reduce((sum, c) => sum + c.hours, 0);
  const moreHours = Math.max(0, condition.hours - hours);
  const categories = condition.categories;
  const covered = new Set(counted.map((c) => c.category?.trim().toLowerCase()));
  const categoriesMissing =
    categories === null ? null : categories.filter((c) => !covered.has(c.toLowerCase()));
  const categoriesUnverified = condition.categoriesProvenance.confidence === "unverified";
  const discipline = condition.discipline.replace("-", " ");
  const categoryText =
    categories === null
      ? `at least one credit in each of ARRT's ${discipline} content categories (not listed here)`
      : `at least one credit in each of ${listNames(categoriesMissing && categoriesMissing.length > 0 ? categoriesMissing : categories)}`;
  const typical = typicalMonths(ctx, part.requirementSlug);
  const item: MissingItem = {
    kind: "structured-education",
    discipline: condition.discipline,
    moreHours,
    categoriesMissing,
    withinMonths: condition.withinMonths,
    text:
      moreHours > 0
        ? `${plural(moreHours, "more hour")} of ${discipline} structured education within ${condition.withinMonths} months, with ${categoryText}`
        : `structured education with ${categoryText}`,
    ...(part.requirementSlug ? { requirementSlug: part.requirementSlug } : {}),
    months: typical,
    monthsIsEstimate: true,
    costUsd: null,
    weight: 1,
    ...(categoriesUnverified ? { unverified: true } : {}),
  };
  if (moreHours > 0 || (categoriesMissing !== null && categoriesMissing.length > 0)) {
    return missing(item);
  }
  if (categories === null || categoriesUnverified) {
    return unknown({
      kind: "unverified-rule",
      text: `You have ${plural(hours, "hour")} of structured education; whether it covers every ${discipline} content category is for ARRT's online tool to confirm.`,
      ...(condition.categoriesProvenance.note ? { note: condition.categoriesProvenance.note } : {}),
      ifRequired: item,
    });
  }
  return met(`You have ${plural(hours, "hour")} of structured education covering every category.`);
}

function procedureLog(
  condition: Extract<EligibilityCondition, { kind: "procedure-log" }>,
  part: RouteCondition,
  ctx: ConditionContext,
): ConditionResult {
  const logs = ctx.profile.arrtProcedureLogs;
  if (logs === undefined) {
    return unknown({
      kind: "profile",
      field: "arrtProcedureLogs",
      text: "Have you started logging procedures in ARRT's clinical experience tool?",
    });
  }
  const discipline = condition.discipline.replace("-", " ");
  const log = logs.find((l) => l.discipline === condition.discipline);
  const since = monthsBefore(ctx.profile.today, condition.withinMonths);
  if (
    log?.complete === true &&
    (log.firstProcedureOn === undefined || log.firstProcedureOn >= since)
  ) {
    return met(`ARRT's tool shows your ${discipline} procedure log complete.`);
  }
  return missing({
    kind: "procedure-log",
    discipline: condition.discipline,
    countsKnown: false,
    withinMonths: condition.withinMonths,
    text: `the ARRT ${discipline} procedure log, verified in ARRT's tool, within ${condition.withinMonths} months (the number of procedures is not captured here)`,
    ...(part.requirementSlug ? { requirementSlug: part.requirementSlug } : {}),
    months: typicalMonths(ctx, part.requirementSlug),
    monthsIsEstimate: true,
    costUsd: 0,
    weight: 1,
  });
}

function points(
  condition: Extract<EligibilityCondition, { kind: "points" }>,
  ctx: ConditionContext,
): ConditionResult {
  const result =
    condition.system === "abii-ciip"
      ? ciipPoints(ctx.profile, ctx.data.ciip)
      : craPoints(ctx.profile, ctx.data.cra);
  if (result.verdict === "eligible") return met(result.summary);
  const way = result.waysToClose[0];
  const short = Math.max(0, result.pointsNeeded - result.points);
  const item: MissingItem | undefined = way
    ? {
        kind: "points",
        system: result.system,
        morePoints: short,
        text:
          short > 0
            ? `${plural(short, "more point")}: ${listNames(
                result.waysToClose.map((w) => w.text),
                "or",
              )}`
            : `meet the experience minimum: ${way.text}`,
        ...(result.waysToClose.find((w) => w.requirementSlug)?.requirementSlug
          ? { requirementSlug: result.waysToClose.find((w) => w.requirementSlug)!.requirementSlug! }
          : {}),
        months: way.months,
        monthsIsEstimate: way.monthsIsEstimate,
        costUsd: null,
        weight: 1,
        ...(way.unverified ? { unverified: true } : {}),
      }
    : undefined;
  if (result.verdict === "cant_tell") {
    const unknowns = [...result.unknowns];
    if (item) {
      unknowns.push({
        kind: "unverified-rule",
        text: `${result.summary}`,
        ifRequired: item,
      });
    }
    return unknown(...unknowns);
  }
  if (!item) return unknown(...result.unknowns);
  return missing(item, ...result.unknowns);
}
