import { oneOf, prov, req } from "../builders";
import { blsHealthTeachers } from "../figures";
import type { CatalogPath } from "../types";

export const sonographyProgramDirector: CatalogPath = {
  slug: "sonography-program-director",
  title: "Sonography Program Director or Clinical Coordinator",
  category: "teaching",
  tagline: "Lead an accredited sonography program or coordinate its clinical education.",
  overview: [
    "Accredited sonography programs are reviewed by JRC-DMS, which recommends them to CAAHEP. Their key staff are a program director, a clinical coordinator (now required in every program) and, where a program teaches several concentrations, concentration coordinators.",
    "JRC-DMS vets each appointment, reviewing a CV and a worksheet on the person's curriculum development and education experience. Programs starting cohorts from 1 August 2021 follow the 2020 CAAHEP standards.",
    "The exact degree, credential and experience thresholds in those standards are not confirmed here. They are understood to be roughly: for a program director, a bachelor's degree (many schools want a master's), a credential in a concentration the program teaches and about two years as a credentialed sonographer; for a clinical coordinator, an associate degree, an appropriate credential and about two years of experience. A master's in sonography or health professions education is common for directors.",
  ],
  educationSummary:
    "Credential in a taught concentration; bachelor's or master's; teaching experience",
  figures: { bls: blsHealthTeachers },
  steps: [
    {
      key: "program-registry",
      title: "Hold a credential in a concentration the program teaches",
      description:
        "Every program must have an appropriately credentialed clinical coordinator; program directors are understood to need a credential in one of the program's concentrations.",
      satisfiedBy: oneOf(
        "program-director-registry",
        "One of",
        req("ardms-rdms"),
        req("ardms-rdcs"),
        req("ardms-rvt"),
        req("ardms-rmsks"),
        req("arrt-s"),
        req("arrt-vs"),
        req("cci-rcs"),
        req("cci-rvs"),
      ),
      necessity: "required",
    },
    {
      key: "program-clinical-experience",
      title: "Build experience as a credentialed sonographer",
      description:
        "About two years is the understood minimum for both roles. The number is a placeholder until confirmed against the standards.",
      satisfiedBy: req("exp-credentialed-sonographer-2-years"),
      necessity: "typical",
    },
    {
      key: "program-teaching-experience",
      title: "Gain teaching and curriculum experience",
      description: "JRC-DMS reviews education experience when a program appoints key staff.",
      satisfiedBy: req("exp-teaching"),
      necessity: "typical",
    },
    {
      key: "program-degree",
      title: "Earn the degree the role calls for",
      description:
        "A bachelor's is understood to be the floor for program directors, and a master's in sonography or health professions education is common.",
      satisfiedBy: oneOf(
        "program-director-degree",
        "One of",
        req("degree-bachelor"),
        req("degree-master-sonography"),
        req("degree-master-hpe"),
      ),
      necessity: "typical",
    },
  ],
  maintenance: ["ardms-maintenance", "arrt-maintenance", "cci-maintenance"],
  provenance: prov(
    "secondary",
    ["jrcdms-news", "jrcdms-maintain", "jrcdms-mission", "jrcdms-standards-draft-2017"],
    "The clinical coordinator requirement and the vetting of key staff are confirmed; the degree, credential and experience thresholds (Standards Section III.B) are not. Check the current CAAHEP DMS Standards.",
  ),
};
