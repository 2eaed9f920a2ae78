import { oneOf, prov, req } from "../builders";
import { articleFigures, blsMedicalRecords } from "../figures";
import type { CatalogPath } from "../types";

export const pacsAdministrator: CatalogPath = {
  slug: "pacs-administrator",
  title: "Picture Archiving and Communication Systems (PACS) Administrator",
  category: "technology",
  tagline: "Move into imaging IT and run the systems that store and deliver medical images.",
  overview: [
    "A PACS administrator keeps the picture archiving and communication system working: the servers, networks, databases and viewing software that store ultrasound and other images and send them to the people who read them.",
    "A sonographer already knows the clinical side, from how an exam is ordered to how it is reported. The IT side is new. PARCA's entry-level CPAS tests both sides in two online exams and has no formal prerequisites.",
    "After that, PARCA's system analyst (CPSA) and DICOM certifications, or ABII's CIIP, show more advanced skills. The CIIP counts points for experience and education: a registered sonographer with three years of experience and a bachelor's degree already has the seven points it asks for.",
  ],
  educationSummary: "PACS certification (PARCA CPAS, then CPSA, CDIP or CIIP)",
  figures: { article: articleFigures.pacsAdministrator, bls: blsMedicalRecords },
  steps: [
    {
      key: "pacs-cpas",
      title: "Earn the entry-level PACS certification (CPAS)",
      description:
        "Pass PARCA's technical and clinical exams. They are optional for the job but show employers you have both halves of the skill set.",
      satisfiedBy: req("parca-cpas"),
      necessity: "typical",
    },
    {
      key: "pacs-advanced",
      title: "Add an advanced imaging informatics certification",
      description:
        "PARCA's CPSA or DICOM certification builds on the CPAS. ABII's CIIP needs at least two years as an imaging or IT professional and seven eligibility points, and has a 160-question exam.",
      satisfiedBy: oneOf(
        "pacs-administrator-advanced",
        "One of",
        req("parca-cpsa"),
        req("parca-cdip"),
        req("abii-ciip"),
      ),
      necessity: "typical",
    },
  ],
  maintenance: ["parca-maintenance", "abii-maintenance"],
  provenance: prov("secondary", [
    "study-com-2019",
    "parca-cpas",
    "abii-seven-point",
    "itn-parca-vs-ciip",
  ]),
};
