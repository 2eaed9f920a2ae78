/** ARRT sonography credentials and the postprimary structured-education requirement. */
import { estimate, fact, fee, prov, route } from "../builders";
import type { CatalogRequirement, Fact, Fee } from "../types";

const certificationFee: Fee = fee(
  "Certification and registration (2020 amount)",
  200,
  "verified",
  ["arrt-primary-requirements"],
  "This was the 2020 fee. The current fee is thought to be about $225 but that is unconfirmed; check arrt.org.",
);

const examLengthUnknown: Fact = fact(
  "The exam's length and question count are not recorded here.",
  "unverified",
  [],
  "Check the exam's content specifications and handbook on arrt.org.",
);

const procedureCountsUnknown: Fact = fact(
  "The number and kinds of procedures you must log are set in ARRT's clinical experience requirements document for this discipline and are not captured here.",
  "unverified",
  ["arrt-clinical-experience"],
  "Download the current clinical experience requirements document from arrt.org to see the procedure list.",
);

const postprimaryRoute = (supporting: string) =>
  route(
    "Postprimary pathway",
    `Hold a supporting credential (${supporting}), complete 16 hours of structured education, log and have verified the required procedures within the 24 months before applying, pass the ethics review and then the exam.`,
    "verified",
    ["arrt-postprimary", "arrt-supporting-categories", "arrt-clinical-experience"],
  );

export const arrtRequirements: CatalogRequirement[] = [
  {
    slug: "arrt-s",
    kind: "credential",
    issuer: "arrt",
    code: "S",
    name: "ARRT Sonography (S)",
    summary:
      "ARRT's general sonography credential, shown as R.T.(S)(ARRT). Since 2020 it is earned only by completing an ARRT-approved sonography program and passing the exam.",
    details: [
      fact(
        "The postprimary pathway for sonography closed on 1 January 2020, so the credential can no longer be added on top of another ARRT credential.",
        "verified",
        ["arrt-sonography-primary-only-2019"],
      ),
      fact("An active ARRT Sonography credential meets ARDMS Prerequisite 5.", "secondary", [
        "readkong-ardms-prerequisites",
      ]),
      examLengthUnknown,
    ],
    eligibility: [
      route(
        "Primary pathway",
        "An associate degree or higher from an institution whose accreditation ARRT recognizes, completion of an ARRT-approved sonography program with its didactic and clinical competencies, an ethics review and the exam.",
        "verified",
        ["arrt-primary-requirements", "arrt-sonography-primary-only-2019"],
      ),
    ],
    fees: [certificationFee],
    typicalDuration: estimate(
      24,
      "Our estimate: the time to complete an ARRT-approved sonography program and the exam. Program lengths vary.",
    ),
    maintenance: "arrt-maintenance",
    provenance: prov("verified", [
      "arrt-primary-requirements",
      "arrt-sonography-primary-only-2019",
    ]),
  },
  {
    slug: "arrt-vs",
    kind: "credential",
    issuer: "arrt",
    code: "VS",
    name: "ARRT Vascular Sonography (VS)",
    summary:
      "ARRT's vascular sonography credential, shown as R.T.(VS)(ARRT). Earned through a vascular program (primary) or on top of a supporting credential (postprimary).",
    details: [
      fact(
        "ARRT revised the vascular sonography clinical requirements with effect from 26 May 2021.",
        "verified",
        ["arrt-bs-vs-document-changes"],
      ),
      fact(
        "The vascular lab accreditation body IAC recognizes the ARRT vascular sonography credential.",
        "verified",
        ["arrt-vs-primary-2020"],
      ),
      procedureCountsUnknown,
      examLengthUnknown,
    ],
    eligibility: [
      route(
        "Primary pathway",
        "Complete an ARRT-approved vascular sonography program (available since May 2021) with an associate degree or higher, pass the ethics review and the exam.",
        "verified",
        ["arrt-vs-primary-2020", "arrt-primary-requirements"],
      ),
      postprimaryRoute(
        "ARRT Radiography; Nuclear Medicine from ARRT or NMTCB; Radiation Therapy; or Sonography from ARRT or ARDMS",
      ),
    ],
    fees: [certificationFee],
    typicalDuration: estimate(9),
    maintenance: "arrt-maintenance",
    provenance: prov("verified", ["arrt-vs-primary-2020", "arrt-supporting-categories"]),
  },
  {
    slug: "arrt-bs",
    kind: "credential",
    issuer: "arrt",
    code: "BS",
    name: "ARRT Breast Sonography (BS)",
    summary:
      "ARRT's breast sonography credential, shown as R.T.(BS)(ARRT). Only the postprimary pathway exists: a supporting credential, structured education and a logged procedure list, then the exam.",
    details: [
      fact(
        "The supporting credential can be ARRT Radiography together with ARRT Mammography, or a sonography credential from ARRT or ARDMS. This plan tracks the sonography option.",
        "verified",
        ["arrt-supporting-categories"],
      ),
      fact("The breast sonography content specifications change on 1 September 2026.", "verified", [
        "arrt-bs-documents-2025",
      ]),
      fact(
        "Logged procedures lock once you have applied and been given an exam window.",
        "verified",
        ["arrt-clinical-experience"],
      ),
      procedureCountsUnknown,
      examLengthUnknown,
    ],
    eligibility: [
      postprimaryRoute("ARRT Radiography plus Mammography, or Sonography from ARRT or ARDMS"),
    ],
    prerequisites: [
      {
        slug: "arrt-supporting-sonography",
        reason:
          "The supporting credential: a sonography credential from ARRT or ARDMS (ARRT Radiography plus Mammography also qualifies).",
      },
      {
        slug: "arrt-postprimary-education",
        reason: "ARRT's postprimary pathway requires 16 hours of structured education.",
      },
      {
        slug: "exp-ardms-postprimary-log",
        reason:
          "ARRT's postprimary pathway requires a verified log of breast sonography procedures.",
      },
    ],
    fees: [certificationFee],
    typicalDuration: estimate(9),
    windowRule: "arrt-postprimary-24-months",
    maintenance: "arrt-maintenance",
    provenance: prov("verified", ["arrt-postprimary", "arrt-supporting-categories"]),
  },
  {
    slug: "arrt-postprimary-education",
    kind: "training",
    issuer: "arrt",
    name: "16 hours of structured education (ARRT postprimary)",
    summary:
      "Sixteen hours of structured education in the new discipline, required before applying for an ARRT credential through the postprimary pathway.",
    details: [
      fact(
        "Structured education is one of the parts of every ARRT postprimary application, alongside the supporting credential, the clinical log, the ethics review and the exam.",
        "verified",
        ["arrt-postprimary"],
      ),
    ],
    typicalDuration: estimate(2),
    provenance: prov("verified", ["arrt-postprimary"]),
  },
];
