/**
 * Experience requirements. Each keeps the unit its issuer counts in. Where no issuer defines the
 * amount (leadership and teaching roles), the issuer is "employer" and the number is a configurable
 * placeholder marked unverified.
 */
import { estimate, fact, prov, published } from "../builders";
import type { CatalogRequirement } from "../types";

const POSTING_NOTE =
  "Varies by job posting; the number is a configurable placeholder, not a published rule. Compare against the postings you are targeting.";

export const experienceRequirements: CatalogRequirement[] = [
  {
    slug: "exp-clinical-12-months",
    kind: "experience",
    issuer: "ardms",
    name: "12 months of full-time clinical ultrasound work",
    summary:
      "A year of full-time clinical ultrasound or vascular work, which ARDMS asks for when your education is not a programmatically accredited sonography program or a sonography bachelor's.",
    details: [
      fact(
        "Together with a two-year allied health program (Prerequisite 1) or a bachelor's in any subject (Prerequisite 3A), it opens the ARDMS specialty exams.",
        "secondary",
        ["readkong-ardms-prerequisites", "testprepreview-fe"],
      ),
    ],
    experience: {
      amount: 12,
      unit: "months_full_time",
      description: "Full-time clinical ultrasound or vascular work",
      ...prov(
        "secondary",
        ["readkong-ardms-prerequisites", "testprepreview-fe"],
        "ARDMS's exact definition of full-time is not recorded; check the current ARDMS prerequisite chart.",
      ),
    },
    typicalDuration: published(12, "secondary", ["readkong-ardms-prerequisites"]),
    provenance: prov("secondary", ["readkong-ardms-prerequisites", "testprepreview-fe"]),
  },
  {
    slug: "exp-cardiac-600-studies",
    kind: "experience",
    issuer: "cci",
    name: "600 cardiac ultrasound studies and a year of echo work",
    summary:
      "At least 600 cardiac ultrasound studies over your career and a year of full-time (or equivalent) cardiac ultrasound work: the experience half of CCI's RCS235 pathway.",
    details: [
      fact(
        "Studies done during a formal educational program count toward the minimum.",
        "verified",
        ["cci-rcs-overview-2022", "cci-rcs-overview-fdocuments"],
      ),
    ],
    experience: {
      amount: 600,
      unit: "studies",
      description:
        "Cardiac ultrasound studies over your career, alongside one year of full-time or equivalent cardiac ultrasound work",
      ...prov("verified", ["cci-rcs-overview-2022"]),
    },
    typicalDuration: estimate(12),
    provenance: prov("verified", ["cci-rcs-overview-2022", "cci-rcs"]),
  },
  {
    slug: "exp-vascular-600-studies",
    kind: "experience",
    issuer: "cci",
    name: "600 vascular studies and a year of vascular work",
    summary:
      "At least 600 vascular ultrasound studies and a year of full-time vascular ultrasound work: the experience half of CCI's RVS235 pathway.",
    details: [],
    experience: {
      amount: 600,
      unit: "studies",
      description:
        "Vascular ultrasound studies, alongside one year of full-time vascular ultrasound work",
      ...prov("verified", ["cci-rvs"]),
    },
    typicalDuration: estimate(12),
    provenance: prov("verified", ["cci-rvs"]),
  },
  {
    slug: "exp-registered-echo-7-years",
    kind: "experience",
    issuer: "cci",
    name: "Seven years as a registered echo sonographer",
    summary:
      "Seven years of clinical echo work while holding an echo registry credential, as CCI's ACS2 pathway asks.",
    details: [
      fact(
        "CCI anticipates about 8,000 echo studies over those years but does not require that number.",
        "verified",
        ["cci-acs-overview-2018"],
      ),
    ],
    experience: {
      amount: 7,
      unit: "years_in_role",
      description: "Clinical experience as a registered echocardiography sonographer",
      ...prov(
        "verified",
        ["cci-acs-overview-2018"],
        "From a 2018 overview; check the current one.",
      ),
    },
    typicalDuration: published(84, "verified", ["cci-acs-overview-2018"]),
    provenance: prov("verified", ["cci-acs-overview-2018"]),
  },
  {
    slug: "exp-imaging-professional-2-years",
    kind: "experience",
    issuer: "abii",
    name: "Two years as an imaging, IT or informatics professional",
    summary:
      "At least 24 months working as a credentialed imaging professional (such as a registered sonographer), a healthcare IT or informatics professional: the minimum two experience points for ABII's CIIP.",
    details: [
      fact("Each further 12 months adds a point, up to five experience points.", "verified", [
        "abii-seven-point",
      ]),
    ],
    experience: {
      amount: 2,
      unit: "points",
      description:
        "One point per 12 months as a credentialed imaging, healthcare IT or informatics professional (minimum 2, maximum 5)",
      ...prov("verified", ["abii-seven-point", "abii-qualification"]),
    },
    typicalDuration: published(24, "verified", ["abii-seven-point"]),
    provenance: prov("verified", ["abii-seven-point", "abii-qualification"]),
  },
  {
    slug: "exp-imaging-administrator",
    kind: "experience",
    issuer: "ahra",
    name: "Experience as an imaging administrator",
    summary:
      "Years in management, supervisory or administrative roles in medical imaging, which earn CRA eligibility points at one a year, up to six.",
    details: [
      fact(
        "The role must carry responsibility across asset resources, finances, human resources, operations, and communication and information.",
        "verified",
        ["cra-application"],
      ),
    ],
    experience: {
      amount: 1,
      unit: "points",
      description:
        "One point per year as an imaging administrator, up to six; the rest of the seven points come from education and credentials",
      ...prov(
        "unverified",
        ["cra-application"],
        "The point rate (one a year, up to six) is confirmed, but how many you need depends on education and credential points, which are not recorded. The amount here is a configurable placeholder; check the current CRA application.",
      ),
    },
    typicalDuration: estimate(12),
    provenance: prov("verified", ["cra-application"]),
  },
  {
    slug: "exp-sonography-3-years",
    kind: "experience",
    issuer: "employer",
    name: "About three years of clinical sonography",
    summary:
      "Several years of hands-on scanning, which employers commonly look for in lead, management, education and applications roles.",
    details: [],
    experience: {
      amount: 3,
      unit: "years_in_role",
      description: "Clinical scanning experience as a sonographer",
      ...prov("unverified", [], `Commonly cited as about 3 to 5 years. ${POSTING_NOTE}`),
    },
    typicalDuration: estimate(36, "Follows from the placeholder amount; not a published figure."),
    provenance: prov("unverified", [], POSTING_NOTE),
  },
  {
    slug: "exp-lead-supervisory",
    kind: "experience",
    issuer: "employer",
    name: "Lead or supervisory experience",
    summary:
      "Time as a lead sonographer or supervisor, which imaging manager postings commonly ask for.",
    details: [
      fact(
        "A typical progression runs from staff sonographer to lead, imaging supervisor, imaging manager and director of imaging.",
        "secondary",
        ["torchora-imaging-supervisor", "torchora-imaging-manager", "careertrend-director-imaging"],
      ),
    ],
    experience: {
      amount: 1,
      unit: "years_in_role",
      description: "Experience as a lead sonographer or imaging supervisor",
      ...prov("unverified", [], `Commonly cited as about 1 to 3 years. ${POSTING_NOTE}`),
    },
    typicalDuration: estimate(12),
    provenance: prov("unverified", [], POSTING_NOTE),
  },
  {
    slug: "exp-teaching",
    kind: "experience",
    issuer: "employer",
    name: "Teaching or curriculum experience",
    summary:
      "Experience teaching, precepting students or developing curriculum, which sonography programs look for in their faculty and key staff.",
    details: [
      fact(
        "When a program appoints a program director, concentration coordinator or clinical coordinator, JRC-DMS reviews a summary CV and a worksheet on the person's curriculum development and education experience.",
        "verified",
        ["jrcdms-maintain"],
      ),
    ],
    typicalDuration: estimate(12),
    provenance: prov(
      "verified",
      ["jrcdms-maintain"],
      "That education experience is reviewed is confirmed; no minimum amount is recorded. Check the CAAHEP/JRC-DMS Standards, Section III.B.",
    ),
  },
  {
    slug: "exp-credentialed-sonographer-2-years",
    kind: "experience",
    issuer: "jrc-dms",
    name: "About two years as a credentialed sonographer",
    summary:
      "Clinical experience while holding a sonography credential, which accreditation standards are understood to ask of program directors and clinical coordinators.",
    details: [],
    experience: {
      amount: 2,
      unit: "years_in_role",
      description: "Clinical experience as a credentialed sonographer",
      ...prov(
        "unverified",
        [],
        "From memory of the 2020 CAAHEP DMS Standards, Section III.B; the text could not be read. A configurable placeholder: confirm against the Standards.",
      ),
    },
    typicalDuration: estimate(24),
    provenance: prov(
      "unverified",
      [],
      "The thresholds for program directors and clinical coordinators are not confirmed. Check the CAAHEP/JRC-DMS Standards, Section III.B.",
    ),
  },
  {
    slug: "exp-ardms-postprimary-log",
    kind: "experience",
    issuer: "arrt",
    name: "ARRT postprimary clinical procedure log",
    summary:
      "A discipline-specific list of procedures, performed no more than 24 months before you apply, logged and verified in ARRT's online tool.",
    details: [
      fact(
        "Every procedure must fall within the 24 months before the application. Logged procedures lock once you have applied and been given an exam window.",
        "verified",
        ["arrt-clinical-experience"],
      ),
      fact(
        "The number and kinds of procedures are set in ARRT's clinical experience requirements document for each discipline and are not captured here.",
        "unverified",
        ["arrt-clinical-experience"],
        "Download the current clinical experience requirements document from arrt.org for the procedure counts.",
      ),
    ],
    typicalDuration: estimate(12),
    provenance: prov(
      "verified",
      ["arrt-clinical-experience", "arrt-postprimary"],
      "The 24-month window is confirmed; the procedure counts are not captured.",
    ),
  },
];
