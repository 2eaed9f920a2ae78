/** PARCA PACS administrator exams and certifications. */
import { allOf, estimate, fact, prov, req } from "../builders";
import type { CatalogRequirement, Fact } from "../types";

const examFormat: Fact = fact(
  "PARCA exams are taken online. Questions are mostly multiple choice with four options, with no more than a tenth true/false, drawn at random for each sitting.",
  "verified",
  ["parca-faqs"],
  "How many attempts are allowed is cut off in the stored FAQ.",
);

const feesUnknown: Fact = fact(
  "Exam fees and question counts are not recorded here.",
  "unverified",
  [],
  "Check the current fees on pacsadmin.org.",
);

const noFormalPrerequisites: Fact = fact(
  "PARCA sets no formal education or experience prerequisites for its entry level: you show competence by passing the exams.",
  "verified",
  ["itn-parca-vs-ciip"],
);

export const parcaRequirements: CatalogRequirement[] = [
  {
    slug: "parca-cpas-technical",
    kind: "exam",
    issuer: "parca",
    code: "CPAS-Technical",
    name: "CPAS Technical exam",
    summary:
      "The IT half of the CPAS: computer hardware and software, operating system basics, databases and SQL, how data is represented, networking and TCP/IP, and security basics.",
    details: [examFormat, noFormalPrerequisites, feesUnknown],
    typicalDuration: estimate(2),
    provenance: prov("verified", ["parca-cpas"]),
  },
  {
    slug: "parca-cpas-clinical",
    kind: "exam",
    issuer: "parca",
    code: "CPAS-Clinical",
    name: "CPAS Clinical exam",
    summary:
      "The clinical half of the CPAS: medical terminology, anatomy, imaging modality basics (ultrasound included), quality control, and the path of an exam from order to report, including prior and outside studies.",
    details: [examFormat, noFormalPrerequisites, feesUnknown],
    typicalDuration: estimate(2),
    provenance: prov("verified", ["parca-cpas"]),
  },
  {
    slug: "parca-cpas",
    kind: "credential",
    issuer: "parca",
    code: "CPAS",
    name: "Certified PACS Associate (CPAS)",
    summary:
      "PARCA's entry-level PACS certification, awarded for passing both the technical and the clinical exam.",
    details: [
      fact("PARCA updated the CPAS requirements under the name CPAS2020.", "verified", [
        "parca-cpas",
      ]),
      noFormalPrerequisites,
    ],
    earnedBy: allOf(
      "parca-cpas-exams",
      "Both exams",
      req("parca-cpas-technical"),
      req("parca-cpas-clinical"),
    ),
    typicalDuration: estimate(4),
    maintenance: "parca-maintenance",
    provenance: prov("verified", ["parca-cpas"]),
  },
  {
    slug: "parca-cpsa",
    kind: "credential",
    issuer: "parca",
    code: "CPSA",
    name: "Certified PACS System Analyst (CPSA)",
    summary:
      "PARCA's advanced analyst certification, open to CPAS holders. It covers PACS architecture, image acquisition and viewing, archiving and storage, system integration, workflow, administration and security.",
    details: [
      fact(
        "Integration topics include modalities, HIS/RIS/PACS, reporting and speech recognition, the electronic health record and IHE profiles. It also touches other specialties such as cardiology, nuclear medicine and radiation therapy, and HIPAA.",
        "verified",
        ["parca-cpsa"],
      ),
      examFormat,
      feesUnknown,
    ],
    prerequisites: [{ slug: "parca-cpas", reason: "PARCA requires the CPAS before the CPSA." }],
    typicalDuration: estimate(4),
    maintenance: "parca-maintenance",
    provenance: prov("verified", ["parca-cpsa", "parca-prerequisites"]),
  },
  {
    slug: "parca-cdip",
    kind: "credential",
    issuer: "parca",
    code: "CDIP",
    name: "PARCA DICOM certification (CDIP)",
    summary:
      "PARCA's DICOM certification, which replaced the interface analyst (CPIA) certification in 2017. It covers the DICOM standard, including DICOMweb.",
    details: [
      fact(
        "Introduced in 2017 as the replacement for the Certified PACS Interface Analyst (CPIA).",
        "verified",
        ["parca-enews-2017-dicom", "itn-parca-dicom"],
      ),
      fact(
        "The abbreviation CDIP appears in a 2021 industry post about PARCA. The full name is believed to be Certified DICOM Integration Professional, but that is unconfirmed.",
        "unverified",
        ["otech-blog-2021-02"],
        "PARCA's own pages seen so far call it only 'the new DICOM certification'; the full name is unconfirmed. Check pacsadmin.org.",
      ),
      fact(
        "CPAS is probably required first: it was required for the CPIA this certification replaced, and a training provider says CPAS comes before any other PARCA certification.",
        "secondary",
        ["parca-prerequisites", "in2pacs-2016"],
        "Inferred; not confirmed for this certification itself. Check pacsadmin.org.",
      ),
      examFormat,
      feesUnknown,
    ],
    prerequisites: [
      {
        slug: "parca-cpas",
        reason:
          "Inferred: CPAS was required for the CPIA that this certification replaced (not confirmed for CDIP itself).",
      },
    ],
    typicalDuration: estimate(4),
    maintenance: "parca-maintenance",
    provenance: prov(
      "secondary",
      ["parca-enews-2017-dicom", "itn-parca-dicom", "otech-blog-2021-02"],
      "The certification is confirmed; its full name and prerequisite are not.",
    ),
  },
];
