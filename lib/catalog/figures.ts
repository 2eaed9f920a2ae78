/**
 * Pay and outlook figures shared by several paths. Article figures are the 2019 study.com
 * article's, shown exactly and never mixed with BLS figures; BLS figures are the newest the
 * reference holds, each with its period.
 */
import { prov } from "./builders";
import type { ArticleFigures, BlsFigures } from "./types";

function article(medianSalaryUsd: number, growthPct: number, blsCategory: string): ArticleFigures {
  return {
    medianSalaryUsd,
    salaryYear: 2018,
    growthPct,
    growthPeriod: "2016–2026",
    blsCategory,
    source: "study-com-2019",
  };
}

export const articleFigures = {
  echocardiographer: article(62027, 23, "diagnostic medical sonographers"),
  pacsAdministrator: article(72218, 13, "medical records and health information technicians"),
  clinicalEducator: article(73896, 26, "postsecondary teachers, health specialties"),
  diagnosticImagingManager: article(79953, 20, "medical and health services managers"),
} as const;

/** Diagnostic medical sonographers: the closest BLS category for clinical sonography paths. */
export const blsSonographers: BlsFigures = {
  occupation: "Diagnostic medical sonographers",
  soc: "29-2032",
  medianSalaryUsd: 89340,
  salaryPeriod: "May 2024",
  growthPct: 13,
  growthPeriod: "2024–2034",
  ...prov(
    "secondary",
    ["bls-ooh-dms"],
    "Quoted from this BLS page by a secondary source; the stored bls.gov copy only reaches May 2021 ($77,740). May 2025 figures may already be out: check bls.gov.",
  ),
};

/** Medical records specialists: the category the article's PACS figures came from, since split. */
export const blsMedicalRecords: BlsFigures = {
  occupation: "Medical records specialists",
  soc: "29-2072",
  medianSalaryUsd: 51140,
  salaryPeriod: "May 2025",
  growthPct: 8,
  growthPeriod: "2025–2035",
  ...prov(
    "secondary",
    ["startrightcareers-medical-records"],
    "The May 2025 and 2025–2035 figures come from two secondary files quoting the BLS handbook (their addresses were not recorded); the cited page carried the earlier May 2024 figures ($50,250, +7% for 2024–2034). BLS now splits the article's old category: health information technologists and medical registrars (29-9021) may fit a PACS role better, at $58,250 in May 2022 and +16% for 2022–2032 (verified), with newer figures unconfirmed.",
  ),
};

/** Health specialties teachers, postsecondary. */
export const blsHealthTeachers: BlsFigures = {
  occupation: "Health specialties teachers, postsecondary",
  soc: "25-1071",
  medianSalaryUsd: 100300,
  salaryPeriod: "May 2022",
  growthPct: 24.3,
  growthPeriod: "2020–2030",
  ...prov(
    "verified",
    ["bls-oes-251071", "bls-ep-matrix-251071"],
    "The newest figures we could verify. Later figures exist but were not found or confirmed; check bls.gov.",
  ),
};

/** Medical and health services managers. */
export const blsHealthManagers: BlsFigures = {
  occupation: "Medical and health services managers",
  soc: "11-9111",
  medianSalaryUsd: 117960,
  salaryPeriod: "May 2024",
  growthPct: 23,
  growthPeriod: "2024–2034",
  ...prov(
    "secondary",
    ["bls-ooh-managers"],
    "Quoted from this BLS page by two secondary sources. The stored copy of the page showed the previous edition ($110,680 in May 2023, +29% for 2023–2033, verified).",
  ),
};
