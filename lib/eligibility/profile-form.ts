/**
 * The eligibility profile as a flat form: field names, the stored document → form values, and
 * form values → the stored document with a message per field. Pure, so the action stays thin and
 * the rules are unit tested. An empty field is "not answered", never zero or no.
 */
import { isIsoDate } from "@/lib/dates";
import {
  CLINICAL_AREAS,
  DEGREE_FIELDS,
  DEGREE_LEVELS,
  OUTSIDE_CREDENTIAL_SLUGS,
  PROGRAM_AREAS,
  PROGRAM_AWARDS,
  STORED_PROFILE_VERSION,
  storedProfileSchema,
  type StoredProfile,
} from "./stored-profile";

export const EXPERIENCE_AREAS = [...CLINICAL_AREAS, "unspecified"] as const;
export type ExperienceArea = (typeof EXPERIENCE_AREAS)[number];
const STUDY_KINDS = ["cardiac", "vascular", "congenital"] as const;
const ARRT_LOGS = { vs: "vascular-sonography", bs: "breast-sonography" } as const;

/** Every field name the form may send (the action's schema is built from this list). */
export const PROFILE_FIELDS: readonly string[] = [
  "version",
  "prog.status",
  "prog.date",
  "prog.accredited",
  "prog.areas",
  "prog.award",
  "edu.allied2y",
  "edu.degree",
  "edu.field",
  "edu.credits",
  "edu.healthSci",
  "edu.highSchool",
  "edu.physician",
  ...EXPERIENCE_AREAS.flatMap((a) => [`exp.${a}.months`, `exp.${a}.hours`]),
  ...STUDY_KINDS.map((k) => `exp.studies.${k}`),
  "exp.leadYears",
  "exp.craDomains",
  "exp.itMonths",
  "exp.echoYears",
  "ce.hours",
  "ce.date",
  ...OUTSIDE_CREDENTIAL_SLUGS.flatMap((s) => [`other.${s}`, `other.${s}.date`]),
  "fe.countsToward",
  "ardms.upi",
  ...Object.keys(ARRT_LOGS).flatMap((k) => [`arrt.${k}.first`, `arrt.${k}.complete`]),
];

export type ProfileFormValues = Record<string, string | string[]>;
export type ProfileFieldErrors = Record<string, string[]>;

const yesNo = (value: boolean | undefined): string =>
  value === undefined ? "" : value ? "yes" : "no";
const num = (value: number | undefined): string => (value === undefined ? "" : String(value));

/** The stored document as form values ("" = not answered). */
export function toFormValues(stored: StoredProfile, version: number): Record<string, string> {
  const values: Record<string, string> = { version: String(version) };
  const edu = stored.education;
  const program = edu?.programs?.[0];
  values["prog.status"] = edu?.programs === undefined ? "" : (program?.status ?? "none");
  values["prog.date"] = program?.graduationDate ?? "";
  values["prog.accredited"] = yesNo(program?.accredited);
  values["prog.areas"] = (program?.areas ?? []).join(",");
  values["prog.award"] = program?.award ?? "";
  values["edu.allied2y"] = yesNo(edu?.alliedHealthTwoYear);
  values["edu.degree"] = edu?.highestDegree ?? "";
  values["edu.field"] = edu?.degreeField ?? "";
  values["edu.credits"] = num(edu?.semesterCredits);
  values["edu.healthSci"] = edu?.healthScienceGraduate ?? "";
  values["edu.highSchool"] = yesNo(edu?.highSchoolOrGed);
  values["edu.physician"] = yesNo(edu?.physician);
  const exp = stored.experience;
  for (const area of EXPERIENCE_AREAS) {
    values[`exp.${area}.months`] = num(exp?.clinical?.[area]?.fullTimeMonths);
    values[`exp.${area}.hours`] = num(exp?.clinical?.[area]?.paidHours);
  }
  for (const kind of STUDY_KINDS) values[`exp.studies.${kind}`] = num(exp?.studies?.[kind]);
  values["exp.leadYears"] = num(exp?.leadership?.years);
  values["exp.craDomains"] = yesNo(exp?.leadership?.allFiveCraDomains);
  values["exp.itMonths"] = num(exp?.imagingProfessionalMonths);
  values["exp.echoYears"] = num(exp?.registeredEchoYears);
  const ce = stored.informaticsCe;
  values["ce.hours"] = ce === undefined ? "" : String(ce.reduce((sum, c) => sum + c.amount, 0));
  values["ce.date"] =
    ce
      ?.map((c) => c.on)
      .sort()
      .at(-1) ?? "";
  for (const slug of OUTSIDE_CREDENTIAL_SLUGS) {
    const held = stored.otherCredentials?.find((c) => c.slug === slug);
    values[`other.${slug}`] = held ? "on" : "";
    values[`other.${slug}.date`] = held?.earnedOn ?? "";
  }
  values["fe.countsToward"] = stored.feCountsToward ?? "";
  values["ardms.upi"] = yesNo(stored.ardmsPhysicsViaUpi);
  for (const [key, discipline] of Object.entries(ARRT_LOGS)) {
    const log = stored.arrtProcedureLogs?.find((l) => l.discipline === discipline);
    values[`arrt.${key}.first`] = log?.firstProcedureOn ?? "";
    values[`arrt.${key}.complete`] = yesNo(log?.complete);
  }
  return values;
}

class Reader {
  readonly errors: ProfileFieldErrors = {};
  constructor(private readonly values: ProfileFormValues) {}

  private fail(field: string, message: string): undefined {
    this.errors[field] = [message];
    return undefined;
  }

  text(field: string): string {
    const value = this.values[field];
    return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
  }

  list(field: string): string[] {
    const value = this.values[field];
    const items = Array.isArray(value) ? value : value ? [value] : [];
    return items
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  number(field: string, label: string, max: number, integer = false): number | undefined {
    const raw = this.text(field);
    if (raw === "") return undefined;
    const value = Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value)) return this.fail(field, `${label}: enter a number, like 12.`);
    if (value < 0) return this.fail(field, `${label} can't be negative.`);
    if (value > max)
      return this.fail(field, `${label}: enter at most ${max.toLocaleString("en-US")}.`);
    if (integer && !Number.isInteger(value))
      return this.fail(field, `${label}: enter a whole number.`);
    return value;
  }

  date(field: string, today: string, allowFuture = false): string | undefined {
    const raw = this.text(field);
    if (raw === "") return undefined;
    if (!isIsoDate(raw)) return this.fail(field, "Enter a real date, like 2024-03-15.");
    if (!allowFuture && raw > today) return this.fail(field, "This date is in the future.");
    return raw;
  }

  yesNo(field: string): boolean | undefined {
    const raw = this.text(field);
    if (raw === "yes") return true;
    if (raw === "no") return false;
    if (raw !== "") this.fail(field, "Choose yes, no or leave it unanswered.");
    return undefined;
  }

  oneOf<T extends string>(field: string, options: readonly T[]): T | undefined {
    const raw = this.text(field);
    if (raw === "") return undefined;
    if ((options as readonly string[]).includes(raw)) return raw as T;
    return this.fail(field, "Choose one of the options.");
  }
}

/** Drops keys whose value is undefined, and objects left empty (so "not answered" stays out). */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/**
 * Form values → the stored document, or field errors. `previous` keeps what the form does not
 * edit (more programs than the first, structured education …).
 */
export function parseProfileForm(
  values: ProfileFormValues,
  today: string,
  previous: StoredProfile = {},
): { ok: true; profile: StoredProfile } | { ok: false; errors: ProfileFieldErrors } {
  const r = new Reader(values);

  // Education
  const status = r.oneOf("prog.status", ["none", "graduated", "enrolled"] as const);
  const areas = r.list("prog.areas");
  const badArea = areas.find((a) => !(PROGRAM_AREAS as readonly string[]).includes(a));
  if (badArea) r.errors["prog.areas"] = ["Choose concentrations from the list."];
  const program = compact({
    status: status === "none" ? undefined : status,
    graduationDate: r.date("prog.date", today, status === "enrolled"),
    accredited: r.yesNo("prog.accredited"),
    areas: areas.length > 0 && !badArea ? (areas as (typeof PROGRAM_AREAS)[number][]) : undefined,
    award: r.oneOf("prog.award", PROGRAM_AWARDS),
  });
  if (status === "enrolled" && !program?.graduationDate) {
    r.errors["prog.date"] = ["Give your expected graduation date."];
  }
  if (status === "graduated" && program?.graduationDate && program.graduationDate > today) {
    r.errors["prog.date"] = ["A graduation date in the future: choose “current student”."];
  }
  if (status === undefined && program) {
    r.errors["prog.status"] = ["Say whether you graduated or are still a student."];
  }
  const otherPrograms = previous.education?.programs?.slice(1) ?? [];
  const programs =
    status === "none" ? [] : status !== undefined ? [program ?? {}, ...otherPrograms] : undefined;
  const education = compact({
    programs,
    alliedHealthTwoYear: r.yesNo("edu.allied2y"),
    highestDegree: r.oneOf("edu.degree", DEGREE_LEVELS),
    degreeField: r.oneOf("edu.field", DEGREE_FIELDS),
    semesterCredits: r.number("edu.credits", "Semester credits", 400),
    healthScienceGraduate: r.oneOf("edu.healthSci", ["yes", "no", "unknown"] as const),
    highSchoolOrGed: r.yesNo("edu.highSchool"),
    physician: r.yesNo("edu.physician"),
  });

  // Experience
  const clinicalEntries = EXPERIENCE_AREAS.map((area) => [
    area,
    compact({
      fullTimeMonths: r.number(`exp.${area}.months`, "Months", 720),
      paidHours: r.number(`exp.${area}.hours`, "Paid hours", 200_000),
    }),
  ]);
  const clinical = compact(Object.fromEntries(clinicalEntries));
  const studies = compact(
    Object.fromEntries(
      STUDY_KINDS.map((k) => [k, r.number(`exp.studies.${k}`, "Studies", 1_000_000, true)]),
    ),
  );
  const leadership = compact({
    years: r.number("exp.leadYears", "Years", 60),
    allFiveCraDomains: r.yesNo("exp.craDomains"),
  });
  const experience = compact({
    clinical,
    studies,
    leadership,
    imagingProfessionalMonths: r.number("exp.itMonths", "Months", 720),
    registeredEchoYears: r.number("exp.echoYears", "Years", 60),
  });

  // CE, credentials, ARRT logs
  const ceHours = r.number("ce.hours", "CE hours", 10_000);
  const ceDate = r.date("ce.date", today);
  if (ceHours !== undefined && ceHours > 0 && !ceDate) {
    r.errors["ce.date"] = ["When did you complete them? (the latest date)"];
  }
  const informaticsCe =
    ceHours === undefined
      ? undefined
      : ceHours === 0
        ? []
        : [{ amount: ceHours, on: ceDate ?? today }];

  const otherCredentials = OUTSIDE_CREDENTIAL_SLUGS.flatMap((slug) =>
    r.text(`other.${slug}`)
      ? [compact({ slug, earnedOn: r.date(`other.${slug}.date`, today) }) ?? { slug }]
      : [],
  ) as NonNullable<StoredProfile["otherCredentials"]>;
  const arrtProcedureLogs = Object.entries(ARRT_LOGS).flatMap(([key, discipline]) => {
    const log = compact({
      firstProcedureOn: r.date(`arrt.${key}.first`, today),
      complete: r.yesNo(`arrt.${key}.complete`),
    });
    return log ? [{ discipline, ...log }] : [];
  });

  const candidate = compact({
    version: STORED_PROFILE_VERSION,
    education,
    experience,
    informaticsCe,
    otherCredentials:
      otherCredentials.length > 0 ? otherCredentials : previous.otherCredentials ? [] : undefined,
    feCountsToward: r.oneOf("fe.countsToward", ["ardms-rdms", "ardms-rdcs"] as const),
    ardmsPhysicsViaUpi: r.yesNo("ardms.upi"),
    arrtProcedureLogs: arrtProcedureLogs.length > 0 ? arrtProcedureLogs : undefined,
    // Asked until the old single number is split by area.
    splitLegacyExperience:
      previous.splitLegacyExperience &&
      clinical &&
      Object.keys(clinical).every((k) => k === "unspecified")
        ? true
        : undefined,
  }) as StoredProfile;

  if (Object.keys(r.errors).length > 0) return { ok: false, errors: r.errors };
  const checked = storedProfileSchema.safeParse(candidate);
  if (!checked.success) {
    return { ok: false, errors: { form: ["Some answers could not be saved; please check them."] } };
  }
  return { ok: true, profile: checked.data };
}
