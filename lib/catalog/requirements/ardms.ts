/** ARDMS exams and credentials. */
import { allOf, estimate, fact, fee, oneOf, prov, req, route } from "../builders";
import type { CatalogRequirement, EligibilityRoute, Fact, Fee } from "../types";

const FULL_TIME_NOTE =
  "ARDMS's exact definition of full-time (hours a week, weeks a year) is not recorded here; check the current ARDMS prerequisite chart.";

/** ARDMS prerequisites for a specialty exam: meeting one of them is enough. */
const specialtyEligibility: readonly EligibilityRoute[] = [
  route(
    "Prerequisite 1",
    "Completed a two-year allied health program in a patient-care field, then worked 12 months full-time in clinical ultrasound or vascular.",
    "secondary",
    ["readkong-ardms-prerequisites", "testprepreview-fe"],
    FULL_TIME_NOTE,
  ),
  route(
    "Prerequisite 2",
    "Graduated from a programmatically accredited (for example CAAHEP) sonography or vascular program; no further experience needed. For a year after graduating, a letter from the program director replaces the clinical verification form.",
    "secondary",
    ["readkong-ardms-prerequisites", "testprepreview-fe", "ardms-get-certified"],
  ),
  route(
    "Prerequisite 3A",
    "Holds a bachelor's degree in any subject and has worked 12 months full-time in clinical ultrasound or vascular.",
    "secondary",
    ["readkong-ardms-prerequisites", "testprepreview-fe"],
    FULL_TIME_NOTE,
  ),
  route(
    "Prerequisite 3B",
    "Holds a bachelor's degree in sonography or vascular technology; no further experience needed.",
    "secondary",
    ["readkong-ardms-prerequisites", "testprepreview-fe"],
  ),
  route(
    "Prerequisite 5",
    "Already holds an active credential from another body: CCI RCS, RCCS or RVS; ARRT Sonography, Vascular Sonography or Breast Sonography; or Sonography Canada CRGS, CRCS or CRVS.",
    "secondary",
    ["readkong-ardms-prerequisites", "testprepreview-fe"],
  ),
];

const specialtyFormat: Fact = fact(
  "Roughly 150 to 180 multiple-choice questions over about three hours, scaled from 300 to 700 with 555 needed to pass. Prep sites disagree on the question count, so check ARDMS's current content outline.",
  "secondary",
  ["prepry-adult-echo", "testprepreview-fe"],
);

const examFeeUnknown: Fact = fact(
  "The current exam fee is not listed here: the only figures found came from unreliable pages that contradict each other. Check ARDMS's fee schedule before applying.",
  "unverified",
  [],
  "Confirm SPI and specialty exam fees on ardms.org.",
);

const ineligibleFee: Fee = fee(
  "Kept per exam if ARDMS finds the application ineligible",
  100,
  "verified",
  ["ardms-get-certified"],
  "Taken from an older ARDMS page; the amount may have changed.",
);

const anyOrder: Fact = fact(
  "SPI and the specialty exam can be passed in either order, but both must fall within the five-year rule.",
  "verified",
  ["ardms-get-certified", "ardms-five-year-rule"],
);

function specialtyExam(
  slug: string,
  code: string,
  name: string,
  summary: string,
  extra: readonly Fact[] = [],
): CatalogRequirement {
  return {
    slug,
    kind: "exam",
    issuer: "ardms",
    code,
    name,
    summary,
    details: [...extra, anyOrder, specialtyFormat, examFeeUnknown],
    eligibility: specialtyEligibility,
    fees: [ineligibleFee],
    typicalDuration: estimate(3),
    provenance: prov("verified", ["ardms-get-certified"]),
  };
}

export const ardmsRequirements: CatalogRequirement[] = [
  {
    slug: "ardms-spi",
    kind: "exam",
    issuer: "ardms",
    code: "SPI",
    name: "Sonography Principles and Instrumentation (SPI)",
    summary:
      "ARDMS's ultrasound physics exam. On its own it awards nothing: pair it with a specialty exam to earn RDMS, RDCS, RVT or RMSKS.",
    details: [
      anyOrder,
      fact(
        "Students can sit SPI before graduating if their transcript shows a physics or instrumentation course passed with a C or better, or if they earned at least 12 ARDMS-accepted physics CME credits in the previous two years. This student route does not open the specialty exams.",
        "verified",
        ["ardms-get-certified"],
      ),
      fact(
        "About 110 questions in roughly two hours, scored from 300 to 700.",
        "unverified",
        [],
        "Reported by exam-prep sites (secondary; the page was not recorded). Check ARDMS's current SPI content outline.",
      ),
      fact(
        "Once passed, SPI is generally treated as banked: a registrant who stays Active and adds a second ARDMS credential is not expected to sit it again.",
        "secondary",
        ["ultrasounddegree-spi", "ardms-five-year-rule"],
        "ARDMS's five-year-rule page ties SPI to earning a new credential and never says outright whether an old SPI pass counts toward a second credential. Confirm with ARDMS before relying on it.",
      ),
      examFeeUnknown,
    ],
    fees: [ineligibleFee],
    typicalDuration: estimate(3),
    provenance: prov("verified", ["ardms-get-certified"]),
  },
  specialtyExam(
    "ardms-ab",
    "AB",
    "Abdomen (AB)",
    "ARDMS specialty exam on abdominal sonography. Passed with SPI, it earns RDMS.",
  ),
  specialtyExam(
    "ardms-obgyn",
    "OB/GYN",
    "Obstetrics and Gynecology (OB/GYN)",
    "ARDMS specialty exam on obstetric and gynecologic sonography. Passed with SPI, it earns RDMS.",
  ),
  specialtyExam(
    "ardms-br",
    "BR",
    "Breast (BR)",
    "ARDMS specialty exam on breast sonography. Passed with SPI, it earns RDMS with the breast specialty.",
  ),
  specialtyExam(
    "ardms-ps",
    "PS",
    "Pediatric Sonography (PS)",
    "ARDMS specialty exam on pediatric sonography. Passed with SPI, it earns RDMS with the pediatric specialty.",
  ),
  specialtyExam(
    "ardms-fe",
    "FE",
    "Fetal Echocardiography (FE)",
    "ARDMS specialty exam on the fetal heart. It can count toward either RDMS or RDCS.",
    [
      fact(
        "FE counts toward RDMS or RDCS, and you choose which when you take it. Once it is on one credential it cannot be moved to the other.",
        "verified",
        ["ardms-get-certified"],
      ),
    ],
  ),
  specialtyExam(
    "ardms-ae",
    "AE",
    "Adult Echocardiography (AE)",
    "ARDMS specialty exam on adult echocardiography. Passed with SPI, it earns RDCS.",
  ),
  specialtyExam(
    "ardms-pe",
    "PE",
    "Pediatric Echocardiography (PE)",
    "ARDMS specialty exam on pediatric echocardiography. Passed with SPI, it earns RDCS.",
  ),
  specialtyExam(
    "ardms-vt",
    "VT",
    "Vascular Technology (VT)",
    "ARDMS specialty exam on vascular ultrasound. Passed with SPI, it earns RVT.",
  ),
  specialtyExam(
    "ardms-msks",
    "MSKS",
    "Musculoskeletal Sonographer (MSKS)",
    "ARDMS specialty exam on musculoskeletal sonography for sonographers. Passed with SPI, it earns RMSKS.",
    [
      fact(
        "The musculoskeletal sonographer credential launched on 22 July 2015. Its exam sits alongside the other specialty exams that pair with SPI.",
        "verified",
        ["ardms-msk-exam"],
      ),
    ],
  ),
  {
    slug: "ardms-ne",
    kind: "exam",
    issuer: "ardms",
    code: "NE",
    name: "Neurosonology (NE)",
    summary:
      "A former ARDMS specialty exam on neurosonology. It is no longer offered and is kept only for people who recorded progress on it.",
    details: [
      fact(
        "ARDMS discontinued the neurosonology specialty in 2015.",
        "unverified",
        [],
        "The reference records this as checked against a copy of an ARDMS guide whose address was not kept. Confirm on ardms.org.",
      ),
    ],
    typicalDuration: estimate(3),
    retired: {
      on: "2015-01-01",
      reason:
        "ARDMS discontinued the neurosonology specialty in 2015. The exact day is not recorded; 1 January is a placeholder.",
    },
    provenance: prov(
      "unverified",
      [],
      "Discontinuation year only; the stored ARDMS guide copy has no recorded address. Confirm the date on ardms.org.",
    ),
  },

  // Credentials
  {
    slug: "ardms-rdms",
    kind: "credential",
    issuer: "ardms",
    code: "RDMS",
    name: "Registered Diagnostic Medical Sonographer (RDMS)",
    summary:
      "ARDMS's general sonography credential: pass SPI and at least one of the abdomen, OB/GYN, breast, pediatric or fetal echo specialty exams.",
    details: [
      fact(
        "Each further specialty you pass is added to the RDMS you hold. While the credential stays Active, adding a specialty has no five-year limit.",
        "verified",
        ["ardms-five-year-rule"],
      ),
      fact(
        "An Active RDMS is accepted as the supporting sonography credential for ARRT's vascular and breast sonography postprimary pathways.",
        "verified",
        ["arrt-supporting-categories"],
      ),
    ],
    earnedBy: allOf(
      "ardms-rdms-exams",
      "SPI and a specialty",
      req("ardms-spi"),
      oneOf(
        "ardms-rdms-specialty",
        "At least one specialty",
        req("ardms-ab"),
        req("ardms-obgyn"),
        req("ardms-br"),
        req("ardms-ps"),
        req("ardms-fe"),
      ),
    ),
    typicalDuration: estimate(6),
    windowRule: "ardms-five-year",
    maintenance: "ardms-maintenance",
    provenance: prov("verified", ["ardms-get-certified"]),
  },
  {
    slug: "ardms-rdcs",
    kind: "credential",
    issuer: "ardms",
    code: "RDCS",
    name: "Registered Diagnostic Cardiac Sonographer (RDCS)",
    summary:
      "ARDMS's echocardiography credential: pass SPI and at least one of the adult, pediatric or fetal echo specialty exams.",
    details: [
      fact(
        "Each further echo specialty you pass is added to the RDCS you hold, with no five-year limit while the credential stays Active.",
        "verified",
        ["ardms-five-year-rule"],
      ),
    ],
    earnedBy: allOf(
      "ardms-rdcs-exams",
      "SPI and a specialty",
      req("ardms-spi"),
      oneOf(
        "ardms-rdcs-specialty",
        "At least one specialty",
        req("ardms-ae"),
        req("ardms-pe"),
        req("ardms-fe"),
      ),
    ),
    typicalDuration: estimate(6),
    windowRule: "ardms-five-year",
    maintenance: "ardms-maintenance",
    provenance: prov("verified", ["ardms-get-certified"]),
  },
  {
    slug: "ardms-rvt",
    kind: "credential",
    issuer: "ardms",
    code: "RVT",
    name: "Registered Vascular Technologist (RVT)",
    summary: "ARDMS's vascular credential: pass SPI and the Vascular Technology (VT) exam.",
    details: [],
    earnedBy: allOf("ardms-rvt-exams", "SPI and VT", req("ardms-spi"), req("ardms-vt")),
    typicalDuration: estimate(6),
    windowRule: "ardms-five-year",
    maintenance: "ardms-maintenance",
    provenance: prov("verified", ["ardms-get-certified"]),
  },
  {
    slug: "ardms-rmsks",
    kind: "credential",
    issuer: "ardms",
    code: "RMSKS",
    name: "Registered Musculoskeletal Sonographer (RMSKS)",
    summary:
      "ARDMS's musculoskeletal credential for sonographers: pass SPI and the MSKS specialty exam.",
    details: [
      fact(
        "Not to be confused with RMSK, which now belongs to APCA and is open only to physicians and advanced providers (such as MDs, DOs, podiatrists, chiropractors, nurse practitioners, physician assistants and physical therapists). RMSK asks for 150 MSK studies in the previous 36 months. Sonographers earn RMSKS instead.",
        "verified",
        ["apca-rmsk-guide", "ardms-msk-exam"],
      ),
      fact(
        "To keep it, at least 10 of the 30 CME credits in each three-year period must be in musculoskeletal topics.",
        "verified",
        ["ardms-cme"],
      ),
    ],
    earnedBy: allOf("ardms-rmsks-exams", "SPI and MSKS", req("ardms-spi"), req("ardms-msks")),
    typicalDuration: estimate(6),
    windowRule: "ardms-five-year",
    maintenance: "ardms-maintenance",
    provenance: prov("verified", ["ardms-get-certified", "ardms-msk-exam"]),
  },
];
