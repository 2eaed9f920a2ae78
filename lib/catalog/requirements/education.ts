/** Degrees and courses from colleges and universities. */
import { estimate, fact, prov, published } from "../builders";
import type { CatalogRequirement } from "../types";

export const educationRequirements: CatalogRequirement[] = [
  {
    slug: "degree-associate-allied-health",
    kind: "degree",
    issuer: "academic",
    name: "Two-year allied health program",
    summary:
      "A two-year program (typically an associate degree) in a patient-care allied health field such as radiography, respiratory therapy or nursing.",
    details: [
      fact(
        "With 12 months of full-time clinical ultrasound or vascular work, it meets ARDMS Prerequisite 1 for the specialty exams.",
        "secondary",
        ["readkong-ardms-prerequisites", "testprepreview-fe"],
      ),
      fact(
        "A health-science diploma or degree is also the education part of CCI's RCS235 and RVS235 pathways.",
        "verified",
        ["cci-rcs-overview-2022", "cci-rvs"],
      ),
    ],
    typicalDuration: estimate(24),
    provenance: prov("secondary", ["readkong-ardms-prerequisites", "cci-rcs-overview-2022"]),
  },
  {
    slug: "degree-bachelor",
    kind: "degree",
    issuer: "academic",
    name: "Bachelor's degree (any subject)",
    summary: "A bachelor's degree in any subject from an accredited college or university.",
    details: [
      fact(
        "With 12 months of full-time clinical ultrasound or vascular work, a bachelor's in any subject meets ARDMS Prerequisite 3A. A bachelor's in sonography or vascular technology meets Prerequisite 3B on its own.",
        "secondary",
        ["readkong-ardms-prerequisites", "testprepreview-fe"],
      ),
      fact(
        "A bachelor's degree earns 4 of the 7 points ABII asks for before the CIIP exam.",
        "verified",
        ["abii-seven-point"],
      ),
    ],
    typicalDuration: estimate(48),
    provenance: prov("secondary", ["readkong-ardms-prerequisites", "abii-seven-point"]),
  },
  {
    slug: "degree-bachelor-health-admin",
    kind: "degree",
    issuer: "academic",
    name: "Bachelor's in health administration, imaging sciences or business",
    summary:
      "A bachelor's degree in health or healthcare administration, radiologic or imaging sciences, health science or business: the usual entry education for imaging managers.",
    details: [
      fact(
        "The BLS lists a bachelor's degree as the typical entry-level education for medical and health services managers, who usually also need administrative or clinical experience in a healthcare setting.",
        "verified",
        ["bls-ooh-managers"],
      ),
      fact(
        "Common majors for imaging managers are health or healthcare administration, radiologic or imaging sciences, health science and business.",
        "secondary",
        ["healthcare-admin-degree-imaging-manager", "torchora-imaging-manager"],
      ),
    ],
    typicalDuration: estimate(48),
    provenance: prov("secondary", ["bls-ooh-managers", "healthcare-admin-degree-imaging-manager"]),
  },
  {
    slug: "degree-master-sonography",
    kind: "degree",
    issuer: "academic",
    name: "Master's degree in sonography",
    summary:
      "A master's (MS or MHS) in diagnostic or cardiovascular sonography. Only a few programs exist.",
    details: [
      fact(
        "Examples include the University of Missouri's MHS in Diagnostic Medical Ultrasound and Nova Southeastern University's MS in Cardiovascular Sonography.",
        "secondary",
        ["ultrasoundschoolsguide-masters"],
        "The program list is dated; check that each program still runs.",
      ),
    ],
    typicalDuration: estimate(24),
    provenance: prov("secondary", ["ultrasoundschoolsguide-masters"]),
  },
  {
    slug: "degree-master-hpe",
    kind: "degree",
    issuer: "academic",
    name: "Master's in health professions education",
    summary:
      "A master's in teaching the health professions (MHPE, MEd-HPE or MS-HPE), covering curriculum design, assessment and adult learning.",
    details: [
      fact(
        "Programs include the Uniformed Services University's MHPE and MEd-HPE, the University of Michigan's MHPE (which asks applicants for a degree in a health profession) and Eastern Virginia Medical School's MHPE.",
        "verified",
        ["usuhs-mhpe", "usuhs-med-hpe", "umich-mhpe", "evms-mhpe-outcomes"],
      ),
      fact(
        "Applying adult-learning theory is a stated learning outcome of at least one such program.",
        "verified",
        ["evms-mhpe-outcomes"],
      ),
    ],
    typicalDuration: published(
      36,
      "verified",
      ["usuhs-mhpe"],
      "One program quotes about 24 months full-time or 36 months part-time; the part-time figure is shown for a working sonographer.",
    ),
    provenance: prov("verified", ["usuhs-mhpe", "umich-mhpe", "evms-mhpe-outcomes"]),
  },
  {
    slug: "degree-master-health-admin",
    kind: "degree",
    issuer: "academic",
    name: "Master's in health administration or business (MHA or MBA)",
    summary:
      "A master's in health administration or business administration. Often preferred for imaging manager and director roles.",
    details: [
      fact(
        "A master's such as an MHA or MBA is often preferred for imaging managers and makes candidates more competitive.",
        "secondary",
        ["healthcare-admin-degree-imaging-manager", "careertrend-director-imaging"],
      ),
    ],
    typicalDuration: estimate(30),
    provenance: prov("secondary", ["healthcare-admin-degree-imaging-manager"]),
  },
  {
    slug: "training-adult-learning",
    kind: "training",
    issuer: "academic",
    name: "Adult learning theory",
    summary:
      "A course or module on how adults learn, which educators apply when teaching students and staff.",
    details: [
      fact(
        "The study.com article lists familiarity with adult learning theory among the expectations for clinical educators.",
        "secondary",
        ["study-com-2019"],
      ),
      fact(
        "Health professions education master's programs teach it; applying adult-learning theories is a stated outcome of at least one.",
        "verified",
        ["evms-mhpe-outcomes"],
      ),
    ],
    typicalDuration: estimate(3),
    provenance: prov("secondary", ["study-com-2019", "evms-mhpe-outcomes"]),
  },
];
