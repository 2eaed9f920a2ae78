import { oneOf, prov, req } from "../builders";
import { blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const leadSonographer: CatalogPath = {
  slug: "lead-sonographer",
  title: "Lead Sonographer",
  category: "leadership",
  tagline: "Lead a team of sonographers while still scanning: the first step into management.",
  overview: [
    "A lead or chief sonographer coordinates a sonography team's daily work. The role is commonly the step between staff sonographer and imaging supervisor, and leads on to the Diagnostic Imaging Manager path.",
    "There is no credential specific to the role. Employers usually look for an active credential in every specialty the team scans, several years of experience and often a bachelor's degree, but these are typical expectations that vary by employer, not published rules.",
  ],
  educationSummary: "Registry credentials; several years of experience; often a bachelor's",
  figures: {
    bls: {
      ...blsSonographers,
      note: `${blsSonographers.note ?? ""} Lead sonographers are counted with all sonographers; the figures are not specific to lead roles.`.trim(),
    },
  },
  steps: [
    {
      key: "lead-registry",
      title: "Hold active credentials for the specialties you scan",
      description:
        "Leads are usually expected to be registered in each specialty their team covers. Pick the credential that matches your work.",
      satisfiedBy: oneOf(
        "lead-sonographer-registry",
        "One or more of",
        req("ardms-rdms"),
        req("ardms-rdcs"),
        req("ardms-rvt"),
        req("arrt-s"),
        req("cci-rcs"),
        req("cci-rvs"),
      ),
      necessity: "typical",
    },
    {
      key: "lead-experience",
      title: "Build several years of clinical experience",
      description:
        "Commonly about three to five years. The number is a placeholder: compare it with the postings you target.",
      satisfiedBy: req("exp-sonography-3-years"),
      necessity: "typical",
    },
    {
      key: "lead-bachelors",
      title: "Consider a bachelor's degree",
      description:
        "Often preferred for lead roles and expected for the management roles that follow.",
      satisfiedBy: req("degree-bachelor"),
      necessity: "typical",
    },
  ],
  maintenance: ["ardms-maintenance", "arrt-maintenance", "cci-maintenance"],
  provenance: prov(
    "unverified",
    ["torchora-imaging-supervisor"],
    "The progression from lead to supervisor is reported by secondary sources; the typical credentials, years and degree come from memory and vary by employer. Compare against current job postings.",
  ),
};
