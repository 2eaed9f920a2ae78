/**
 * The two seven-point qualification systems: ABII's CIIP and AHRA's CRA. Pure; the point tables
 * are catalog data (`lib/catalog/eligibility-routes.ts`) with provenance on every value.
 *
 * Confidence rules:
 * - CIIP is "eligible" only on points that rest on verified values and known answers: experience
 *   and education. CE points count toward the total shown but rest on a look-back window that is
 *   not recorded, so a total that needs them is "can't tell". Certification points are unknown and
 *   never counted; a held certification that might earn them is shown as something to ask ABII.
 * - CRA stays "can't tell" while its education and credential values are placeholders.
 */
import { ciipPointTable, craPointTable } from "@/lib/catalog/eligibility-routes";
import type { CiipPointTable, Confidence, CraPointTable } from "@/lib/catalog/types";
import { formatCount, plural, wholeUp } from "./format";
import { DEGREE_RANK } from "./profile";
import type { EligibilityProfile, UnknownItem } from "./types";

export type PointCategoryKey = "experience" | "education" | "certifications-ce" | "credentials";

export interface PointCategory {
  key: PointCategoryKey;
  label: string;
  /** Points counted now (including uncertain ones). */
  points: number;
  /** Of those, points that rest on an unverified value (CIIP CE) or a placeholder (CRA). */
  uncertainPoints: number;
  min: number;
  max: number;
  /** null when the answer behind it is unknown. */
  minimumMet: boolean | null;
  /** How the points were worked out, in plain words. */
  detail: string;
  confidence: Confidence;
  unknowns: readonly UnknownItem[];
}

/** One way to close the gap, cheapest (fastest) first. */
export interface PointOption {
  category: PointCategoryKey;
  text: string;
  addsPoints: number;
  months: number | null;
  monthsIsEstimate: boolean;
  requirementSlug?: string;
  /** True when the option rests on an unverified value. */
  unverified: boolean;
}

export interface PointsResult {
  system: "abii-ciip" | "ahra-cra";
  target: string;
  pointsNeeded: number;
  /** Points counted now, out of `pointsNeeded`. */
  points: number;
  /** Points that rest on verified values and known answers only. */
  certainPoints: number;
  categories: readonly PointCategory[];
  /** null when a category's answer is unknown. */
  everyMinimumMet: boolean | null;
  verdict: "eligible" | "not_yet" | "cant_tell";
  unknowns: readonly UnknownItem[];
  /** The options that close the gap (or meet a minimum), fastest first. */
  waysToClose: readonly PointOption[];
  summary: string;
}

/**
 * Our estimates for how fast a working person adds CE hours and college credits; used only to
 * order the options, always flagged as estimates.
 */
export const CE_HOURS_PER_MONTH_ESTIMATE = 16;
export const SEMESTER_CREDITS_PER_MONTH_ESTIMATE = 2;

/** Credits that define each degree where ABII describes the row by its credits. */
const CREDITS_DEFINING_DEGREE: Record<"none" | "associate" | "bachelor" | "master", number> = {
  none: 0,
  associate: 60,
  bachelor: 120,
  master: Number.POSITIVE_INFINITY,
};

function byMonths(a: PointOption, b: PointOption): number {
  return (a.months ?? Number.POSITIVE_INFINITY) - (b.months ?? Number.POSITIVE_INFINITY);
}

// ---- ABII CIIP --------------------------------------------------------------------------------

export function ciipPoints(
  profile: EligibilityProfile,
  table: CiipPointTable = ciipPointTable,
): PointsResult {
  const needed = table.pointsNeeded.points;
  const unknowns: UnknownItem[] = [];

  // Experience: one point per 12 months, minimum 2, maximum 5.
  const months = profile.experience?.imagingProfessionalMonths;
  const expUnknowns: UnknownItem[] =
    months === undefined
      ? [
          {
            kind: "profile",
            field: "experience.imagingProfessionalMonths",
            text: "How many months have you worked as a credentialed imaging, healthcare IT or informatics professional?",
          },
        ]
      : [];
  const expPoints =
    months === undefined
      ? 0
      : Math.min(table.experience.max, Math.floor(months / table.experience.monthsPerPoint));
  const experience: PointCategory = {
    key: "experience",
    label: "Experience",
    points: expPoints,
    uncertainPoints: 0,
    min: table.experience.min,
    max: table.experience.max,
    minimumMet: months === undefined ? null : expPoints >= table.experience.min,
    detail:
      months === undefined
        ? "Not answered."
        : `${plural(months, "month")} as a credentialed imaging or IT professional: one point per ${table.experience.monthsPerPoint} months.`,
    confidence: table.experience.confidence,
    unknowns: expUnknowns,
  };

  // Education: the first row that applies, plus one for an imaging-informatics degree.
  const degree = profile.education?.highestDegree;
  const credits = profile.education?.semesterCredits;
  const eduUnknowns: UnknownItem[] = [];
  let eduPoints = 0;
  let eduBase = 0;
  let eduDetail = "Not answered.";
  let creditsCouldAdd = 0;
  if (degree === undefined) {
    eduUnknowns.push({
      kind: "profile",
      field: "education.highestDegree",
      text: "What is your highest degree?",
    });
  } else {
    const level = degree === "doctorate" ? "master" : degree;
    const rowApplies = (row: (typeof table.education.rows)[number], assumeCredits: boolean) => {
      const degreeOk = row.degree === "any" || DEGREE_RANK[degree] >= DEGREE_RANK[row.degree];
      if (!degreeOk) return false;
      if (credits !== undefined) return credits >= row.minimumSemesterCredits;
      // Unknown credits: only rows whose credit figure describes the degree itself apply.
      return assumeCredits
        ? true
        : row.minimumSemesterCredits <= CREDITS_DEFINING_DEGREE[level] && row.degree !== "any";
    };
    const row = table.education.rows.find((r) => rowApplies(r, false));
    const base = row?.points ?? 0;
    eduBase = base;
    const informatics =
      degree !== "none" && profile.education?.degreeField === "imaging-informatics"
        ? table.education.informaticsBonus.points
        : 0;
    eduPoints = Math.min(table.education.max, base + informatics);
    eduDetail = row
      ? `${row.label}: ${plural(base, "point")}${informatics > 0 ? ", plus one for an imaging-informatics degree" : ""}.`
      : "No row of ABII's education table applies yet.";
    if (credits === undefined) {
      const best = table.education.rows.find((r) => rowApplies(r, true));
      creditsCouldAdd = Math.max(
        0,
        Math.min(table.education.max, (best?.points ?? 0) + informatics) - eduPoints,
      );
      if (creditsCouldAdd > 0) {
        eduUnknowns.push({
          kind: "profile",
          field: "education.semesterCredits",
          text: "How many semester credits have you earned? More credits can add education points.",
        });
      }
    }
  }
  const education: PointCategory = {
    key: "education",
    label: "Academic education",
    points: eduPoints,
    uncertainPoints: 0,
    min: 0,
    max: table.education.max,
    minimumMet: true,
    detail: eduDetail,
    confidence: table.education.confidence,
    unknowns: eduUnknowns,
  };

  // Certifications and CE: CE counted (window unknown), certifications never counted.
  const ceHours = profile.informaticsCe?.reduce((sum, ce) => sum + ce.amount, 0);
  const hoursPerPoint = table.certificationsAndCe.cePointHours.points;
  const cePoints =
    ceHours === undefined
      ? 0
      : Math.min(table.certificationsAndCe.max, Math.floor(ceHours / hoursPerPoint));
  const certUnknowns: UnknownItem[] = [];
  if (ceHours === undefined) {
    certUnknowns.push({
      kind: "profile",
      field: "informaticsCe",
      text: "How many hours of CE in imaging informatics (or related fields) have you completed, and when?",
    });
  }
  if (cePoints > 0) {
    certUnknowns.push({
      kind: "unverified-rule",
      text: `Your CE counts only if it falls inside ABII's look-back window, which is not recorded.`,
      note: table.certificationsAndCe.note,
    });
  }
  const heldCertifications = (profile.credentials ?? []).filter((c) => c.active !== false);
  if (heldCertifications.length > 0) {
    certUnknowns.push({
      kind: "unverified-rule",
      text: "Your current certifications may earn points, but which ones count and how many points each earns is not recorded. Ask ABII.",
      note: table.certificationsAndCe.note,
    });
  }
  const certificationsAndCe: PointCategory = {
    key: "certifications-ce",
    label: "Current certifications and CE",
    points: cePoints,
    uncertainPoints: cePoints,
    min: 0,
    max: table.certificationsAndCe.max,
    minimumMet: true,
    detail:
      ceHours === undefined
        ? "CE not answered; certification points are not recorded and not counted."
        : `${formatCount(ceHours)} CE hours: one point per ${hoursPerPoint} hours. Certification points are not recorded and not counted.`,
    confidence: table.certificationsAndCe.confidence,
    unknowns: certUnknowns,
  };

  const categories = [experience, education, certificationsAndCe];
  for (const c of categories) unknowns.push(...c.unknowns);
  const points = expPoints + eduPoints + cePoints;
  const certainPoints = expPoints + eduPoints;
  const everyMinimumMet = experience.minimumMet;

  const profileUnknown = months === undefined || degree === undefined;
  let verdict: PointsResult["verdict"];
  if (everyMinimumMet === true && certainPoints >= needed) verdict = "eligible";
  else if (profileUnknown) verdict = "cant_tell";
  else if (everyMinimumMet && points >= needed) verdict = "cant_tell";
  else if (everyMinimumMet && points + creditsCouldAdd >= needed) verdict = "cant_tell";
  else verdict = "not_yet";

  // Ways to close the gap.
  const short = Math.max(0, needed - points);
  const ways: PointOption[] = [];
  if (months !== undefined && (short > 0 || !everyMinimumMet)) {
    const target = Math.min(
      table.experience.max,
      Math.max(table.experience.min, expPoints + short),
    );
    if (target > expPoints) {
      const more = target * table.experience.monthsPerPoint - months;
      ways.push({
        category: "experience",
        text: `${plural(wholeUp(more), "more month")} as a credentialed imaging or IT professional (${plural(target, "experience point")})`,
        addsPoints: target - expPoints,
        months: more,
        monthsIsEstimate: false,
        requirementSlug: "exp-imaging-professional-2-years",
        unverified: false,
      });
    }
  }
  if (short > 0 && ceHours !== undefined && cePoints < table.certificationsAndCe.max) {
    const target = Math.min(table.certificationsAndCe.max, cePoints + short);
    const totalHours = target * hoursPerPoint;
    const more = totalHours - ceHours;
    ways.push({
      category: "certifications-ce",
      text: `${formatCount(more)} more CE hours (${formatCount(totalHours)} h in total gives ${plural(target, "point")}), if all of them fall inside ABII's look-back window, which is not recorded`,
      addsPoints: target - cePoints,
      months: more / CE_HOURS_PER_MONTH_ESTIMATE,
      monthsIsEstimate: true,
      unverified: true,
    });
  }
  if (short > 0 && degree !== undefined && eduPoints < table.education.max) {
    // The next row up: the lowest row worth more than the current one.
    const next = [...table.education.rows].reverse().find((r) => r.points > eduBase);
    if (next && credits !== undefined && next.minimumSemesterCredits > credits) {
      const more = next.minimumSemesterCredits - credits;
      ways.push({
        category: "education",
        text: `${formatCount(more)} more semester credits (${formatCount(next.minimumSemesterCredits)} in total; ${next.label.toLowerCase()} earns ${plural(next.points, "point")})`,
        addsPoints: Math.min(table.education.max, next.points + (eduPoints - eduBase)) - eduPoints,
        months: more / SEMESTER_CREDITS_PER_MONTH_ESTIMATE,
        monthsIsEstimate: true,
        ...(next.degree === "bachelor" ? { requirementSlug: "degree-bachelor" } : {}),
        unverified: false,
      });
    }
  }
  if (short > 0) {
    ways.push({
      category: "certifications-ce",
      text: "a certification that ABII awards points for (which certifications count, and how many points each, is not recorded)",
      addsPoints: 1,
      months: null,
      monthsIsEstimate: true,
      unverified: true,
    });
  }
  ways.sort(byMonths);

  return {
    system: "abii-ciip",
    target: table.target,
    pointsNeeded: needed,
    points,
    certainPoints,
    categories,
    everyMinimumMet,
    verdict,
    unknowns,
    waysToClose: ways,
    summary: summarize("CIIP", points, needed, verdict, everyMinimumMet),
  };
}

// ---- AHRA CRA ---------------------------------------------------------------------------------

export function craPoints(
  profile: EligibilityProfile,
  table: CraPointTable = craPointTable,
): PointsResult {
  const needed = table.pointsNeeded.points;
  const unknowns: UnknownItem[] = [];

  const leadership = profile.experience?.leadership;
  const years = leadership?.years;
  const domains = leadership?.allFiveCraDomains;
  const expUnknowns: UnknownItem[] = [];
  if (years === undefined) {
    expUnknowns.push({
      kind: "profile",
      field: "experience.leadership",
      text: "How many years have you worked in imaging leadership or management?",
    });
  } else if (years > 0 && domains === undefined) {
    expUnknowns.push({
      kind: "profile",
      field: "experience.leadership",
      text: "Were you responsible for all five CRA domains (asset, fiscal, human resources, operations, communication and information)?",
    });
  }
  const countedYears = years !== undefined && domains === true ? Math.floor(years) : 0;
  const expPoints = Math.min(table.experience.max, countedYears * table.experience.pointsPerYear);
  const experience: PointCategory = {
    key: "experience",
    label: "Experience as an imaging administrator",
    points: expPoints,
    uncertainPoints: 0,
    min: 0,
    max: table.experience.max,
    minimumMet: true,
    detail:
      years === undefined
        ? "Not answered."
        : domains === false
          ? "Only years responsible for all five domains count; none recorded."
          : `${plural(countedYears, "year")} responsible for all five domains: one point a year, up to ${table.experience.max}.`,
    confidence: table.experience.confidence,
    unknowns: expUnknowns,
  };

  const degree = profile.education?.highestDegree;
  const eduPoints =
    degree === undefined || degree === "none"
      ? 0
      : degree === "associate"
        ? table.education.associate
        : degree === "bachelor"
          ? table.education.bachelor
          : table.education.graduate;
  const education: PointCategory = {
    key: "education",
    label: "Education (placeholder values)",
    points: eduPoints,
    uncertainPoints: eduPoints,
    min: 0,
    max: table.education.graduate,
    minimumMet: true,
    detail: "AHRA's education point values are not recorded; these are placeholders.",
    confidence: table.education.confidence,
    unknowns:
      degree === undefined
        ? [
            {
              kind: "profile",
              field: "education.highestDegree",
              text: "What is your highest degree?",
            },
          ]
        : [],
  };

  const held = profile.credentials?.filter((c) => c.active !== false).length;
  const credPoints =
    held === undefined
      ? 0
      : Math.min(table.credentials.max, held * table.credentials.perCredential);
  const credentials: PointCategory = {
    key: "credentials",
    label: "Professional credentials (placeholder values)",
    points: credPoints,
    uncertainPoints: credPoints,
    min: 0,
    max: table.credentials.max,
    minimumMet: true,
    detail: "AHRA's credential point values are not recorded; these are placeholders.",
    confidence: table.credentials.confidence,
    unknowns:
      held === undefined
        ? [{ kind: "profile", field: "credentials", text: "Which credentials do you hold?" }]
        : [],
  };

  // Until AHRA's education and credential values are confirmed, the answer stays "can't tell";
  // once the table is verified, the same arithmetic decides.
  const placeholders =
    table.education.confidence === "unverified" || table.credentials.confidence === "unverified";
  const categories = [experience, education, credentials];
  for (const c of categories) unknowns.push(...c.unknowns);
  if (placeholders) {
    unknowns.push({
      kind: "unverified-rule",
      text: "AHRA's point values for education and credentials are not recorded, so we can't tell whether you reach seven points.",
      ...(table.education.note ? { note: table.education.note } : {}),
    });
  }
  const points = expPoints + eduPoints + credPoints;
  const answersMissing = years === undefined || degree === undefined || held === undefined;
  const verdict: PointsResult["verdict"] =
    placeholders || answersMissing ? "cant_tell" : points >= needed ? "eligible" : "not_yet";

  const ways: PointOption[] = [];
  const short = Math.max(0, needed - points);
  if (short > 0 && expPoints < table.experience.max) {
    const target = Math.min(table.experience.max, expPoints + short);
    const moreYears = target - countedYears;
    ways.push({
      category: "experience",
      text: `${plural(moreYears, "more year")} as an imaging administrator responsible for all five domains (${plural(target, "experience point")})${placeholders ? "; the total uses placeholder education and credential values" : ""}`,
      addsPoints: target - expPoints,
      months: moreYears * 12,
      monthsIsEstimate: false,
      requirementSlug: "exp-imaging-administrator",
      unverified: placeholders,
    });
  }

  return {
    system: "ahra-cra",
    target: table.target,
    pointsNeeded: needed,
    points,
    certainPoints: expPoints,
    categories,
    everyMinimumMet: true,
    verdict,
    unknowns,
    waysToClose: ways,
    summary: placeholders
      ? `CRA: ${points} of ${needed} points with placeholder values for education and credentials; can't tell until AHRA's point table is confirmed.`
      : summarize("CRA", points, needed, verdict, true),
  };
}

function summarize(
  name: string,
  points: number,
  needed: number,
  verdict: PointsResult["verdict"],
  minimumMet: boolean | null,
): string {
  const base = `${name}: ${points} of ${needed} points`;
  if (verdict === "eligible") return `${base}, every minimum met: eligible.`;
  if (verdict === "cant_tell") return `${base}; can't tell yet.`;
  if (minimumMet === false) return `${base}; the experience minimum is not met yet.`;
  return `${base}: not eligible yet.`;
}
