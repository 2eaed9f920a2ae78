/**
 * The worked cases of the eligibility research (shared/reference/eligibility.md §5) and the
 * brief's scenarios, as profiles. Used by the unit tests here and meant for the end-to-end tests
 * that come later, so each is exactly the person the case describes, with every question the
 * case answers answered and every other question left unknown on purpose. Today = 2026-11-30.
 */
import type { EligibilityProfile } from "./types";

export const CASE_TODAY = "2026-11-30";

/** C1. Accredited DMS graduate: associate, CAAHEP program in AB and OB/GYN, graduated 2026-05-15, no job yet. */
export const c1AccreditedGraduate: EligibilityProfile = {
  today: CASE_TODAY,
  education: {
    programs: [
      {
        status: "graduated",
        graduationDate: "2026-05-15",
        accredited: true,
        areas: ["abdominal", "obgyn"],
        award: "associate",
        months: 24,
      },
    ],
    highestDegree: "associate",
    degreeField: "sonography",
  },
  experience: { clinical: {}, studies: {} },
  credentials: [],
};

/** C2. Radiographer cross-trained in general ultrasound: R.T.(R), associate in radiography, 8 months (1,120 h). */
export const c2CrossTrainedRadiographer: EligibilityProfile = {
  today: CASE_TODAY,
  education: {
    programs: [],
    alliedHealthTwoYear: true,
    highestDegree: "associate",
    degreeField: "radiography",
  },
  experience: { clinical: { general: { fullTimeMonths: 8, paidHours: 1120 } } },
  credentials: [{ slug: "arrt-r", earnedOn: "2019-06-01", active: true }],
  arrtStructuredEducation: [],
  arrtProcedureLogs: [],
};

/** C4. Senior echo sonographer: CAAHEP echo graduate 2015, RDCS(AE) since 2015-08, 11 years registered. */
export const c4SeniorEcho: EligibilityProfile = {
  today: CASE_TODAY,
  education: {
    programs: [
      {
        status: "graduated",
        graduationDate: "2015-05-15",
        accredited: true,
        areas: ["adult-cardiac"],
        award: "associate",
      },
    ],
    highestDegree: "associate",
    degreeField: "cardiovascular",
  },
  experience: { clinical: { cardiac: { fullTimeMonths: 135 } }, registeredEchoYears: 11 },
  credentials: [
    { slug: "ardms-rdcs", earnedOn: "2015-08-15", active: true, specialties: ["ardms-ae"] },
  ],
};

/** C5. RDMS wanting breast: RDMS(AB, OB/GYN) active, no mammography. */
export const c5RdmsWantingBreast: EligibilityProfile = {
  today: CASE_TODAY,
  credentials: [
    {
      slug: "ardms-rdms",
      earnedOn: "2021-06-01",
      active: true,
      specialties: ["ardms-ab", "ardms-obgyn"],
    },
  ],
  arrtStructuredEducation: [],
  arrtProcedureLogs: [],
};

/** C6. Non-accredited 12-month echo certificate, 900 clinical hours, finished 2026-06; high school only. */
export const c6EchoCertificate: EligibilityProfile = {
  today: CASE_TODAY,
  education: {
    programs: [
      {
        status: "graduated",
        graduationDate: "2026-06-15",
        accredited: false,
        areas: ["adult-cardiac"],
        award: "certificate",
        months: 12,
        clinicalHours: 900,
      },
    ],
    alliedHealthTwoYear: false,
    highestDegree: "none",
    highSchoolOrGed: true,
  },
  experience: { clinical: {} },
  credentials: [],
};

/** C8. CIIP one short: RDMS, 36 months credentialed, associate with 64 credits, 20 h informatics CE in 2026. */
export const c8CiipOneShort: EligibilityProfile = {
  today: CASE_TODAY,
  education: { highestDegree: "associate", degreeField: "sonography", semesterCredits: 64 },
  experience: { imagingProfessionalMonths: 36 },
  credentials: [
    { slug: "ardms-rdms", earnedOn: "2023-09-01", active: true, specialties: ["ardms-ab"] },
  ],
  informaticsCe: [
    { amount: 12, on: "2026-03-10" },
    { amount: 8, on: "2026-09-22" },
  ],
};

/** A graduate of a two-year radiography program with 7 months of full-time general ultrasound work. */
export const radiographerSevenMonths: EligibilityProfile = {
  today: CASE_TODAY,
  education: {
    programs: [],
    alliedHealthTwoYear: true,
    highestDegree: "associate",
    degreeField: "radiography",
  },
  experience: { clinical: { general: { fullTimeMonths: 7 } } },
  credentials: [{ slug: "arrt-r", earnedOn: "2020-06-01", active: true }],
};

/** The same person once 12 months are recorded. */
export const radiographerTwelveMonths: EligibilityProfile = {
  ...radiographerSevenMonths,
  experience: { clinical: { general: { fullTimeMonths: 12 } } },
};

/** An RCS holder (CCI) looking at the ARDMS adult echo exam, no experience answered. */
export const rcsHolder: EligibilityProfile = {
  today: CASE_TODAY,
  credentials: [{ slug: "cci-rcs", earnedOn: "2025-02-01", active: true }],
};

/** A PACS analyst: bachelor's with 120+ credits, four years as a healthcare IT professional. */
export const pacsAnalyst: EligibilityProfile = {
  today: CASE_TODAY,
  education: { highestDegree: "bachelor", degreeField: "other", semesterCredits: 124 },
  experience: { imagingProfessionalMonths: 48 },
  credentials: [],
  informaticsCe: [],
};

/** A CRA candidate: five years as an imaging administrator over all five domains, bachelor's. */
export const craCandidate: EligibilityProfile = {
  today: CASE_TODAY,
  education: { highestDegree: "bachelor", degreeField: "health-administration" },
  experience: { leadership: { years: 5, allFiveCraDomains: true } },
  credentials: [{ slug: "arrt-r", earnedOn: "2010-06-01", active: true }],
};

/** An RDMS (AB) holder with three years of general experience, from an accredited AB program. */
export const rdmsThreeYears: EligibilityProfile = {
  today: CASE_TODAY,
  education: {
    programs: [
      {
        status: "graduated",
        graduationDate: "2023-05-15",
        accredited: true,
        areas: ["abdominal"],
        award: "associate",
      },
    ],
    highestDegree: "associate",
    degreeField: "sonography",
  },
  experience: {
    clinical: { general: { fullTimeMonths: 36 } },
    studies: {},
    leadership: { years: 0 },
  },
  credentials: [
    { slug: "ardms-rdms", earnedOn: "2023-09-01", active: true, specialties: ["ardms-ab"] },
  ],
  arrtStructuredEducation: [],
  arrtProcedureLogs: [],
};

/** Nobody has told us anything yet. */
export const emptyProfile: EligibilityProfile = { today: CASE_TODAY };
