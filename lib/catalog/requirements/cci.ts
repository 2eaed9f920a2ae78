/** CCI registry credentials. Each is a single exam with physics built in. */
import { estimate, fact, fee, prov, route } from "../builders";
import type { CatalogRequirement, Fact, Fee } from "../types";

const commonRules: Fact = fact(
  "Every CCI registry exam asks for a high school diploma or GED and one qualification pathway, backed by typed letters (for example from an employer or program) that state your study counts.",
  "verified",
  ["cci-faqs", "cci-rcs"],
);

const singleExam: Fact = fact(
  "It is one exam with ultrasound physics built in; there is no separate physics exam as with ARDMS.",
  "verified",
  ["cci-rcs", "cci-faqs"],
);

const oldPathwaysRetired: Fact = fact(
  "The older experience-only pathways (two years full-time plus 600 studies) were retired on 30 June 2023; new pathways took effect on 1 July 2023.",
  "secondary",
  ["cci-rcs-overview-2022", "ultrasounddegree-cci"],
);

const examLengthUnknown: Fact = fact(
  "The number of questions and the time allowed are not recorded here.",
  "unverified",
  [],
  "Check the current exam overview on cci-online.org.",
);

const examFee: Fee = fee(
  "Exam application, including a $100 non-refundable filing fee",
  365,
  "verified",
  ["cci-rcs-overview-2022", "cci-rcs"],
  "Older CCI pages listed $350.",
);

/** The same fee, for registry exams whose own page was not checked. */
const assumedExamFee: Fee = fee(
  "Exam application, including a $100 non-refundable filing fee",
  365,
  "secondary",
  ["cci-rcs-overview-2022", "cci-rcs"],
  "Recorded for the RCS and RCIS exams; assumed to be the same for this registry exam. Check cci-online.org.",
);

const ACCREDITED_NOTE =
  "The wording of this pathway was not found: the footnote that defines an accredited program is cut off in the stored overview. Confirm on cci-online.org.";

export const cciRequirements: CatalogRequirement[] = [
  {
    slug: "cci-rcs",
    kind: "credential",
    issuer: "cci",
    code: "RCS",
    name: "Registered Cardiac Sonographer (RCS)",
    summary:
      "CCI's echocardiography credential, earned by passing one non-invasive echo exam. It is the one-exam alternative to ARDMS RDCS.",
    details: [
      singleExam,
      commonRules,
      fact(
        "Exam content: preparing for the study 5%, imaging 23%, evaluating findings 49%, post-procedure 7% and physics 16%.",
        "verified",
        ["cci-exam-overview"],
        "The stored exam matrix is undated.",
      ),
      oldPathwaysRetired,
      examLengthUnknown,
      fact(
        "An active RCS also meets ARDMS Prerequisite 5, which opens the ARDMS specialty exams.",
        "secondary",
        ["readkong-ardms-prerequisites"],
      ),
    ],
    eligibility: [
      route(
        "RCS235",
        "A diploma, associate or bachelor's degree in a health science (such as cardiovascular technology, ultrasound, radiography, respiratory therapy or nursing), plus one year of full-time or equivalent cardiac ultrasound work and at least 600 cardiac ultrasound studies over your career. Studies done during a formal program count.",
        "verified",
        ["cci-rcs-overview-2022", "cci-rcs-overview-fdocuments"],
      ),
      route(
        "RCS5",
        "Graduated from an echo program that is not programmatically accredited, with at least a year of specialty training and 800 or more clinical hours in echo.",
        "verified",
        ["cci-rcs-overview-2022", "cci-rcs"],
      ),
      route(
        "RCS4",
        "Graduated from a programmatically accredited echocardiography program.",
        "unverified",
        [],
        ACCREDITED_NOTE,
      ),
      route(
        "RCS6",
        "A pathway with a minimum study count; studies done during a formal program count toward it.",
        "unverified",
        ["cci-rcs-overview-2022", "cci-rcs-overview-fdocuments"],
        "CCI confirms this pathway exists and has a study minimum, but the rest of its criteria are cut off in the stored overview. Confirm on cci-online.org.",
      ),
    ],
    fees: [examFee],
    typicalDuration: estimate(4),
    maintenance: "cci-maintenance",
    provenance: prov("verified", ["cci-rcs", "cci-rcs-overview-2022"]),
  },
  {
    slug: "cci-rvs",
    kind: "credential",
    issuer: "cci",
    code: "RVS",
    name: "Registered Vascular Specialist (RVS)",
    summary:
      "CCI's vascular credential, earned by passing one vascular registry exam. An alternative to ARDMS RVT and ARRT VS.",
    details: [
      singleExam,
      commonRules,
      fact(
        "CCI recommends experience in carotid duplex, transcranial Doppler, peripheral arterial physiologic and duplex testing, venous duplex and visceral duplex.",
        "verified",
        ["cci-rvs"],
      ),
      oldPathwaysRetired,
      examLengthUnknown,
    ],
    eligibility: [
      route(
        "RVS235",
        "A health-science degree or diploma, plus one year of full-time vascular ultrasound work and at least 600 vascular studies.",
        "verified",
        ["cci-rvs"],
      ),
      route(
        "RVS5",
        "Graduated from a vascular program that is not programmatically accredited, with at least a year of training and 800 or more clinical hours.",
        "verified",
        ["cci-rvs"],
      ),
      route(
        "RVS4",
        "Graduated from a programmatically accredited vascular program.",
        "unverified",
        [],
        ACCREDITED_NOTE,
      ),
    ],
    fees: [assumedExamFee],
    typicalDuration: estimate(4),
    maintenance: "cci-maintenance",
    provenance: prov("verified", ["cci-rvs"]),
  },
  {
    slug: "cci-rccs",
    kind: "credential",
    issuer: "cci",
    code: "RCCS",
    name: "Registered Congenital Cardiac Sonographer (RCCS)",
    summary:
      "CCI's specialty credential for echo of congenital heart disease in children and adults, earned by passing one exam.",
    details: [
      singleExam,
      commonRules,
      fact(
        "CCI's qualification pathways for RCCS are not recorded here. They probably resemble the RCS pathways, with congenital or pediatric study counts, but that is a guess.",
        "unverified",
        [],
        "Only the cover of a 2013 CCI application book listing RCCS was found. Check the RCCS pathways on cci-online.org.",
      ),
      examLengthUnknown,
    ],
    fees: [assumedExamFee],
    typicalDuration: estimate(6),
    maintenance: "cci-maintenance",
    provenance: prov(
      "secondary",
      ["ultrasounddegree-cci"],
      "The exam's scope is recorded; its eligibility pathways are not. Confirm on cci-online.org.",
    ),
  },
  {
    slug: "cci-acs",
    kind: "credential",
    issuer: "cci",
    code: "ACS",
    name: "Advanced Cardiac Sonographer (ACS)",
    summary:
      "CCI's advanced echo credential for experienced, already registered echo sonographers, earned by passing an advanced-level exam.",
    details: [
      fact(
        "CCI expects ACS candidates to have done about 8,000 echo studies, but does not require that number.",
        "verified",
        ["cci-acs-overview-2018"],
        "From a 2018 overview; check the current one.",
      ),
      commonRules,
      fact(
        "The ACS exam fee and format are not recorded here.",
        "unverified",
        [],
        "Check the current ACS overview on cci-online.org.",
      ),
    ],
    eligibility: [
      route(
        "ACS2",
        "Graduated from a programmatically accredited echo program, holds an active echo registry credential (RCS, RCCS or RDCS) and has seven years of clinical experience as a registered echo sonographer.",
        "verified",
        ["cci-acs-overview-2018"],
        "From a 2018 overview; check the current one.",
      ),
      route(
        "ACS3",
        "Graduated in a health science, holds an active echo registry credential and has several years of experience as a registered echo sonographer.",
        "unverified",
        ["cci-acs-overview-2018"],
        "The number of years is cut off in the stored copy. Confirm on cci-online.org.",
      ),
    ],
    prerequisites: [
      {
        slug: "echo-registry-credential",
        reason:
          "ACS is open only to holders of an active echo registry credential (RCS, RCCS or RDCS).",
      },
      {
        slug: "exp-registered-echo-7-years",
        reason:
          "The ACS2 pathway asks for seven years as a registered echo sonographer (the ACS3 figure is not recorded).",
      },
    ],
    typicalDuration: estimate(6),
    maintenance: "cci-maintenance",
    provenance: prov("verified", ["cci-acs-overview-2018"]),
  },
];
