/**
 * Eligibility routes as data: one entry per row of each issuer's eligibility chart, with the
 * conditions the engine in `lib/eligibility/engine.ts` interprets, the documents the issuer asks
 * for, and provenance on every part. Source: the eligibility research pass of 2026-11-30
 * (shared/reference/eligibility.md), tags [V] verified, [S] secondary, [M] unverified.
 *
 * Rules of thumb for editing:
 * - A route or condition read only from memory is "unverified" and carries a note saying what is
 *   unknown. The engine never lets an unverified part make anyone eligible.
 * - A number we could not read is `null` or a `not-recorded` condition, never a guess.
 * - Pure data: no imports beyond types and builders.
 */
import type {
  CiipPointTable,
  Confidence,
  CraPointTable,
  CredentialOption,
  EligibilityData,
  EligibilityRouteRule,
  Fact,
  Fee,
  FullTimeYear,
  OutsideCredential,
  ProgramArea,
  Provenance,
  RouteCondition,
  ClinicalArea,
} from "./types";
import { checkedOnDate } from "./builders";

/** The date the eligibility research pass checked these routes. */
export const ROUTES_CHECKED_ON = "2026-11-30";

const { prov, fact, fee } = checkedOnDate(ROUTES_CHECKED_ON);

const one = (...all: string[]): CredentialOption => ({ all });

// ---- Constants --------------------------------------------------------------------------------

/**
 * ARDMS judges experience by paid hours. Two secondary sources give 1,680 hours for 12 months
 * full-time (35 hours a week for 48 weeks); ARDMS's own notes are not stored. Configurable.
 */
export const ardmsFullTimeYear: FullTimeYear = {
  months: 12,
  paidHours: 1680,
  ...prov(
    "secondary",
    ["midlands-tech-cvs-requirements", "ardms-sample-letters"],
    "1,680 hours comes from two secondary sources (Midlands Technical College and UltraSoundDegree.com, whose page address was not recorded); ARDMS's own sample-letter page only confirms that employer letters state total paid clinical hours. ARDMS's 'Notes About the Prerequisites' were not stored. An 800-hour figure on one undated training site is not used.",
  ),
};

/** Credentials that routes name but the catalog does not model as requirements. */
export const outsideCredentials: readonly OutsideCredential[] = [
  { slug: "arrt-r", name: "ARRT Radiography, R.T.(R)", issuer: "ARRT" },
  { slug: "arrt-m", name: "ARRT Mammography, R.T.(M)", issuer: "ARRT" },
  { slug: "arrt-n", name: "ARRT Nuclear Medicine Technology, R.T.(N)", issuer: "ARRT" },
  { slug: "arrt-t", name: "ARRT Radiation Therapy, R.T.(T)", issuer: "ARRT" },
  { slug: "nmtcb-cnmt", name: "NMTCB Certified Nuclear Medicine Technologist", issuer: "NMTCB" },
  { slug: "sc-crgs", name: "Sonography Canada CRGS (generalist)", issuer: "Sonography Canada" },
  { slug: "sc-crcs", name: "Sonography Canada CRCS (cardiac)", issuer: "Sonography Canada" },
  { slug: "sc-crvs", name: "Sonography Canada CRVS (vascular)", issuer: "Sonography Canada" },
];

// ---- ARDMS ------------------------------------------------------------------------------------

const ARDMS_STRUCTURE = ["readkong-ardms-prerequisites", "testprepreview-fe"];

interface ArdmsSpecialty {
  exam: string;
  /** Experience areas that count toward this specialty's 12 months (pooled). */
  areas: readonly ClinicalArea[];
  /** Our reading of which areas count; unverified where the mapping is a guess. */
  areaConfidence: Confidence;
  /** Program concentrations a Prerequisite 2 letter must list; null: not recorded. */
  programAreas: readonly ProgramArea[] | null;
}

const AREA_NOTE =
  "ARDMS employer letters state the specialties the experience covered; we count only experience in this specialty's area. ARDMS's exact rule for mixed experience is not recorded.";

/** The specialty exams that take Prerequisites 1, 2, 3A, 3B and 5 (MSKS has its own). */
const ardmsSpecialties: readonly ArdmsSpecialty[] = [
  {
    exam: "ardms-ab",
    areas: ["general"],
    areaConfidence: "secondary",
    programAreas: ["abdominal"],
  },
  { exam: "ardms-obgyn", areas: ["general"], areaConfidence: "secondary", programAreas: ["obgyn"] },
  { exam: "ardms-br", areas: ["breast"], areaConfidence: "secondary", programAreas: ["breast"] },
  // JRC-DMS has no pediatric-sonography or fetal-echo concentration, so which program areas a
  // Prerequisite 2 letter would list for PS and FE is not recorded.
  { exam: "ardms-ps", areas: ["general"], areaConfidence: "secondary", programAreas: null },
  {
    exam: "ardms-fe",
    areas: ["cardiac", "general"],
    areaConfidence: "unverified",
    programAreas: null,
  },
  {
    exam: "ardms-ae",
    areas: ["cardiac"],
    areaConfidence: "secondary",
    programAreas: ["adult-cardiac"],
  },
  {
    exam: "ardms-pe",
    areas: ["cardiac"],
    areaConfidence: "secondary",
    programAreas: ["pediatric-cardiac"],
  },
  {
    exam: "ardms-vt",
    areas: ["vascular"],
    areaConfidence: "secondary",
    programAreas: ["vascular"],
  },
];

/**
 * The specialty exams whose numbered prerequisites (1, 2, 3A, 3B, 5) also open SPI. MSKS is left
 * out: its prerequisite is separate, and whether meeting it opens SPI is not recorded.
 */
export const ARDMS_SPECIALTY_EXAMS: readonly string[] = ardmsSpecialties.map((s) => s.exam);

const employerLetters: Fact = fact(
  "Employer letter(s) on letterhead stating full-time or part-time, total paid clinical hours, start and end dates (mm/dd/yyyy) and the specialties covered, with a handwritten signature and the signer's ARDMS number or physician licence; not signed by a relative.",
  "verified",
  ["ardms-sample-letters"],
);

const clinicalVerificationForm: Fact = fact(
  "Formerly a Clinical Verification form for the specialty, valid one year from signature. Whether it is still required alongside employer letters is not recorded.",
  "unverified",
  ["ardms-clinical-verification-2014"],
  "Confirmed on a 2014 ARDMS page only; check the current ARDMS application.",
);

const transcript: Fact = fact(
  "Transcript or diploma showing the education the prerequisite rests on.",
  "secondary",
  ARDMS_STRUCTURE,
);

function twelveMonths(specialty: ArdmsSpecialty, extra: Partial<RouteCondition> = {}) {
  return {
    condition: {
      kind: "experience" as const,
      areas: specialty.areas,
      atLeastMonths: ardmsFullTimeYear.months,
      orPaidHours: ardmsFullTimeYear.paidHours,
    },
    confidence: specialty.areaConfidence,
    note: AREA_NOTE,
    requirementSlug: "exp-clinical-12-months",
    ...extra,
  } satisfies RouteCondition;
}

function ardmsSpecialtyRoutes(specialty: ArdmsSpecialty): EligibilityRouteRule[] {
  const { exam } = specialty;
  return [
    {
      id: `ardms-p1:${exam}`,
      name: "Prerequisite 1",
      issuer: "ardms",
      target: exam,
      summary:
        "A two-year allied-health program in a patient-care field, then 12 months of full-time clinical ultrasound work in the specialty.",
      conditions: [
        {
          condition: { kind: "allied-health-program" },
          educationSlug: "degree-associate-allied-health",
        },
        twelveMonths(specialty),
      ],
      documents: [transcript, employerLetters, clinicalVerificationForm],
      ...prov("secondary", [...ARDMS_STRUCTURE, "caahep-for-students"]),
    },
    {
      id: `ardms-p2:${exam}`,
      name: "Prerequisite 2",
      issuer: "ardms",
      target: exam,
      summary:
        "Graduated (or graduating within 60 days) from a programmatically accredited sonography, echo or vascular program accredited in this specialty.",
      conditions: [
        {
          condition: {
            kind: "program",
            accredited: true,
            areas: specialty.programAreas,
            completion: { kind: "ardms-p2", applyDaysBeforeGraduation: 60, letterValidMonths: 12 },
          },
          ...(specialty.programAreas === null
            ? {
                note: "Which program concentration ARDMS accepts for this specialty under Prerequisite 2 is not recorded.",
              }
            : {}),
        },
      ],
      documents: [
        fact(
          "The program director's Prerequisite 2 form or letter. It lists only the program's accredited specialty areas and is valid for one year from graduation.",
          "verified",
          ["ardms-prerequisite-2", "ardms-prerequisite-2-letter-copy"],
        ),
        fact(
          "After that year, ARDMS is understood to ask for the documents of Prerequisite 1 or 3A instead.",
          "unverified",
          [],
          "From the research notes, not read on an ARDMS page. Check the current ARDMS prerequisite chart.",
        ),
      ],
      timing: [
        fact(
          "The program director may file the Prerequisite 2 form up to 90 days before graduation, and the student may apply for the specialty exam up to 60 days before graduation.",
          "verified",
          ["ardms-helpful-tips"],
        ),
        fact(
          "The program director must record the graduation within 60 days after it. Exams passed before then award no credential until graduation is recorded.",
          "verified",
          ["ardms-helpful-tips"],
        ),
      ],
      ...prov("verified", ["ardms-prerequisite-2", "ardms-prerequisite-2-letter-copy"]),
    },
    {
      id: `ardms-p3a:${exam}`,
      name: "Prerequisite 3A",
      issuer: "ardms",
      target: exam,
      summary:
        "A bachelor's degree in any subject, then 12 months of full-time clinical ultrasound work in the specialty.",
      conditions: [
        { condition: { kind: "degree", atLeast: "bachelor" }, educationSlug: "degree-bachelor" },
        twelveMonths(specialty),
      ],
      documents: [transcript, employerLetters, clinicalVerificationForm],
      ...prov("secondary", ARDMS_STRUCTURE),
    },
    {
      id: `ardms-p3b:${exam}`,
      name: "Prerequisite 3B",
      issuer: "ardms",
      target: exam,
      summary:
        "A bachelor's degree in sonography or vascular technology with integrated clinical training; no further experience.",
      conditions: [
        {
          condition: {
            kind: "degree",
            atLeast: "bachelor",
            fields: ["sonography", "vascular", "cardiovascular"],
          },
          note: "Whether the program must be programmatically accredited is not recorded; we do not require it.",
        },
      ],
      documents: [
        fact(
          "A 'Graduate Prerequisite 3B' letter from the program director. A 'Student Prerequisite 3B' letter also exists, which suggests students may apply before graduating; that is not confirmed.",
          "verified",
          ["ardms-sample-letters"],
          "The student reading is ours; confirm with ARDMS before applying early.",
        ),
      ],
      ...prov("secondary", [...ARDMS_STRUCTURE, "ardms-sample-letters"]),
    },
    {
      id: `ardms-p5:${exam}`,
      name: "Prerequisite 5",
      issuer: "ardms",
      target: exam,
      summary:
        "An active sonography credential from another body: CCI RCS, RCCS or RVS; ARRT Sonography, Vascular Sonography or Breast Sonography; or Sonography Canada CRGS, CRCS or CRVS.",
      conditions: [
        {
          condition: {
            kind: "credential",
            label: "an active CCI, ARRT or Sonography Canada sonography credential",
            anyOf: [
              one("cci-rcs"),
              one("cci-rccs"),
              one("cci-rvs"),
              one("arrt-s"),
              one("arrt-vs"),
              one("arrt-bs"),
              one("sc-crgs"),
              one("sc-crcs"),
              one("sc-crvs"),
            ],
          },
        },
        twelveMonths(specialty, {
          confidence: "unverified",
          mayNotApply: true,
          note: "Whether Prerequisite 5 also asks for 12 months of experience (or a clinical verification form) is not recorded. Met: fine either way. Not met: we cannot tell.",
        }),
      ],
      documents: [
        fact(
          "A copy or verification of the credential.",
          "unverified",
          [],
          "The documents for Prerequisite 5 were not stored. Check the current ARDMS application.",
        ),
      ],
      ...prov("secondary", ARDMS_STRUCTURE),
    },
    {
      id: `ardms-p4:${exam}`,
      name: "Prerequisite 4",
      issuer: "ardms",
      target: exam,
      summary: "Physicians (MD, DO, MBBS) apply through APCA, ARDMS's council for physicians.",
      conditions: [],
      documents: [],
      outOfScope:
        "Physicians apply through APCA; this planner does not cover physician prerequisites.",
      ...prov("verified", ["apca-recertification", "apca-rmsk-guide"]),
    },
  ];
}

const ardmsRoutes: EligibilityRouteRule[] = [
  {
    id: "ardms-spi-student",
    name: "SPI Examination Requirement (students)",
    issuer: "ardms",
    target: "ardms-spi",
    summary:
      "A graded physics or instrumentation course (C or better) on a transcript, or at least 12 ARDMS-accepted physics CME credits from the last two years. It opens SPI only.",
    conditions: [
      {
        condition: { kind: "spi-physics", cmeCredits: 12, withinMonths: 24 },
        note: "The course title must say Physics, Physical Principles or Instrumentation.",
      },
    ],
    documents: [
      fact(
        "A transcript showing the physics course and grade, or the certificate(s) for the physics CME credits.",
        "verified",
        ["ardms-get-certified", "readkong-ardms-prerequisites"],
      ),
    ],
    timing: [
      fact(
        "This route cannot be used to apply for a specialty exam: a specialty needs one of the numbered prerequisites.",
        "verified",
        ["readkong-ardms-prerequisites"],
      ),
    ],
    ...prov("verified", ["ardms-get-certified", "readkong-ardms-prerequisites"]),
  },
  {
    id: "ardms-spi-prerequisite",
    name: "Any prerequisite",
    issuer: "ardms",
    target: "ardms-spi",
    summary:
      "Meeting any numbered prerequisite (1, 2, 3A, 3B or 5) for a specialty exam also opens SPI.",
    conditions: [
      {
        condition: {
          kind: "eligible-for-any",
          targets: ARDMS_SPECIALTY_EXAMS,
          label: "eligible for an ARDMS specialty exam",
        },
      },
    ],
    documents: [
      fact("The documents of the prerequisite you meet.", "verified", [
        "readkong-ardms-prerequisites",
      ]),
    ],
    ...prov("verified", ["readkong-ardms-prerequisites"]),
  },
  ...ardmsSpecialties.flatMap(ardmsSpecialtyRoutes),
  {
    id: "ardms-msks-prerequisite",
    name: "MSKS prerequisite",
    issuer: "ardms",
    target: "ardms-msks",
    summary:
      "ARDMS has a separate prerequisite for the musculoskeletal sonographer exam. Its conditions were not stored.",
    conditions: [
      {
        condition: {
          kind: "not-recorded",
          description: "the conditions of ARDMS's MSKS prerequisite",
        },
        confidence: "unverified",
        note: "Check the MSKS prerequisite on ardms.org. Do not confuse it with APCA's RMSK for physicians (150 MSK studies in 36 months).",
      },
    ],
    documents: [fact("A Third-Party Attestation Form.", "verified", ["ardms-sample-letters"])],
    ...prov(
      "unverified",
      ["ardms-sample-letters", "ardms-msk-guide-2016", "readkong-ardms-prerequisites"],
      "The MSKS prerequisite exists, but its conditions were not stored.",
    ),
  },
];

// ---- CCI --------------------------------------------------------------------------------------

const highSchool: RouteCondition = {
  condition: { kind: "high-school" },
  confidence: "verified",
};

const cciExamFee = fee(
  "Exam application, including a $100 non-refundable filing fee",
  365,
  "verified",
  ["cci-rcs-overview-2022", "cci-rcs"],
);

const cciAssumedFee = fee(
  "Exam application, including a $100 non-refundable filing fee",
  365,
  "secondary",
  ["cci-rcs-overview-2022", "cci-rcs"],
  "Recorded for RCS; assumed the same for this exam.",
);

const cciTypedDocuments = fact(
  "Typed documentation; every CCI route also needs a high-school diploma or GED.",
  "verified",
  ["cci-faqs", "cci-rcs"],
);

const ACCREDITED_WORDING_NOTE =
  "The wording of this pathway was not found: the overview's footnote defining an accredited program is cut off. Confirm on cci-online.org.";

function cci235(
  target: string,
  id: string,
  name: string,
  area: "cardiac" | "vascular",
  study: "cardiac" | "vascular" | "congenital",
  requirementSlug: string | undefined,
  provenance: Provenance,
  fees: readonly Fee[],
): EligibilityRouteRule {
  const what = area === "cardiac" ? "cardiac" : "vascular";
  return {
    id,
    name,
    issuer: "cci",
    target,
    summary: `A diploma, associate or bachelor's in a health science, plus one year of full-time (or equivalent) ${what} ultrasound work and at least 600 ${study} studies over your career. Studies done in a formal program count.`,
    conditions: [
      highSchool,
      {
        condition: { kind: "health-science-graduate" },
        note: "CCI names CVT, ultrasound, radiologic technology, respiratory therapy and nursing, 'including, but not limited to'. Other fields are CCI's call.",
      },
      {
        condition: { kind: "experience", areas: [area], atLeastMonths: 12 },
        note: "CCI accepts full-time or full-time-equivalent work; how CCI converts part-time hours is not recorded, so only full-time months count here.",
        ...(requirementSlug ? { requirementSlug } : {}),
      },
      {
        condition: { kind: "studies", study, atLeast: 600 },
        ...(requirementSlug ? { requirementSlug } : {}),
      },
    ],
    documents: [
      fact("A graduation certificate.", "verified", ["cci-rcs", "cci-rcs-overview-2022"]),
      fact(
        "Verification letter(s) from medical director(s) and/or program director(s) confirming the study count.",
        "verified",
        ["cci-rcs", "cci-rcs-overview-2022"],
      ),
      cciTypedDocuments,
    ],
    fees,
    ...provenance,
  };
}

function cci5(
  target: string,
  id: string,
  name: string,
  areas: readonly ProgramArea[],
  what: string,
  sources: readonly string[],
  fees: readonly Fee[],
): EligibilityRouteRule {
  return {
    id,
    name,
    issuer: "cci",
    target,
    summary: `Graduated from a ${what} program that is not programmatically accredited, with at least a year of specialty training and 800 or more clinical hours in the specialty.`,
    conditions: [
      highSchool,
      {
        condition: {
          kind: "program",
          accredited: false,
          areas,
          minimumMonths: 12,
          minimumClinicalHours: 800,
          completion: { kind: "graduated" },
        },
      },
    ],
    documents: [
      fact(
        "Probably a graduation certificate and a letter from the program.",
        "unverified",
        [],
        "The documents for this pathway were not stored. Check the current overview on cci-online.org.",
      ),
      cciTypedDocuments,
    ],
    fees,
    ...prov("verified", sources),
  };
}

function cci4(
  target: string,
  id: string,
  name: string,
  areas: readonly ProgramArea[],
  what: string,
  fees: readonly Fee[],
  note: string = ACCREDITED_WORDING_NOTE,
): EligibilityRouteRule {
  return {
    id,
    name,
    issuer: "cci",
    target,
    summary: `Graduated from a programmatically accredited ${what} program.`,
    conditions: [
      highSchool,
      {
        condition: {
          kind: "program",
          accredited: true,
          areas,
          completion: { kind: "graduated" },
        },
      },
    ],
    documents: [
      fact("Not recorded.", "unverified", [], "Check the current overview on cci-online.org."),
    ],
    fees,
    ...prov("unverified", ["ultrasounddegree-cci", "cci-rcs-overview-fdocuments"], note),
  };
}

function cci6(
  target: string,
  id: string,
  name: string,
  study: "cardiac" | "vascular",
  fees: readonly Fee[],
) {
  return {
    id,
    name,
    issuer: "cci",
    target,
    summary:
      "A pathway with a minimum study count, toward which studies done in a formal program count. Its other criteria are cut off in the stored overview.",
    conditions: [
      highSchool,
      {
        condition: { kind: "studies", study, atLeast: null },
        confidence: "verified",
        note: "CCI's overview confirms a minimum study count that studies in a formal program count toward; the number is cut off.",
      },
      {
        condition: {
          kind: "not-recorded",
          description: `the other criteria of CCI's ${name} pathway`,
        },
        confidence: "unverified",
      },
    ],
    documents: [
      fact("Not recorded.", "unverified", [], "Check the current overview on cci-online.org."),
    ],
    fees,
    ...prov(
      "unverified",
      ["cci-rcs-overview-2022", "cci-rcs-overview-fdocuments"],
      "The pathway exists (for RCS) and has a study minimum; the rest is cut off. Confirm on cci-online.org.",
    ),
  } satisfies EligibilityRouteRule;
}

const ECHO_PROGRAM: readonly ProgramArea[] = ["adult-cardiac", "pediatric-cardiac"];

const echoCredential: RouteCondition = {
  condition: {
    kind: "credential",
    label: "an active echo registry credential (RCS, RCCS or RDCS)",
    anyOf: [one("cci-rcs"), one("cci-rccs"), one("ardms-rdcs")],
  },
  note: "CCI says 'not limited to' these three; other echo credentials are CCI's call.",
};

const acsDocuments: readonly Fact[] = [
  fact("A copy of the program's graduation certificate.", "verified", ["cci-acs-overview-2018"]),
  fact(
    "A copy of the credential's wallet card showing the date earned and the active-through date.",
    "verified",
    ["cci-acs-overview-2018"],
  ),
  fact(
    "An employment letter giving the employment period, primary duties and clinical competence.",
    "verified",
    ["cci-acs-overview-2018"],
  ),
];

const acsFee = fee("ACS exam, including a $100 non-refundable fee", 450, "verified", [
  "cci-acs-credential",
]);

const acsWindows = [
  { receivedFrom: "07-01", receivedTo: "12-31", sittingMonth: "February" },
  { receivedFrom: "02-01", receivedTo: "06-30", sittingMonth: "August" },
] as const;

const acsTiming: Fact = fact(
  "The ACS exam is given only in February and August: applications received 1 July to 31 December test in February, 1 February to 30 June in August.",
  "verified",
  ["cci-acs-credential"],
  "The 2024–25 cycle; check that it still holds.",
);

const cciRoutes: EligibilityRouteRule[] = [
  cci235(
    "cci-rcs",
    "cci-rcs235",
    "RCS235",
    "cardiac",
    "cardiac",
    "exp-cardiac-600-studies",
    prov("verified", ["cci-rcs", "cci-rcs-overview-2022"]),
    [cciExamFee],
  ),
  cci4("cci-rcs", "cci-rcs4", "RCS4", ECHO_PROGRAM, "cardiac ultrasound (echo)", [cciExamFee]),
  cci5(
    "cci-rcs",
    "cci-rcs5",
    "RCS5",
    ECHO_PROGRAM,
    "cardiac ultrasound (echo)",
    ["cci-rcs", "cci-rcs-overview-2022"],
    [cciExamFee],
  ),
  cci6("cci-rcs", "cci-rcs6", "RCS6", "cardiac", [cciExamFee]),
  cci235(
    "cci-rvs",
    "cci-rvs235",
    "RVS235",
    "vascular",
    "vascular",
    "exp-vascular-600-studies",
    prov("verified", ["cci-rvs"]),
    [cciAssumedFee],
  ),
  cci4("cci-rvs", "cci-rvs4", "RVS4", ["vascular"], "vascular", [cciAssumedFee]),
  cci5("cci-rvs", "cci-rvs5", "RVS5", ["vascular"], "vascular", ["cci-rvs"], [cciAssumedFee]),
  {
    ...cci6("cci-rvs", "cci-rvs6", "RVS6", "vascular", [cciAssumedFee]),
    ...prov(
      "unverified",
      ["cci-rvs"],
      "Assumed to mirror RCS6; not found for RVS. Confirm on cci-online.org.",
    ),
  },
  {
    ...cci235(
      "cci-rccs",
      "cci-rccs-health-science",
      "RCCS (assumed like RCS235)",
      "cardiac",
      "congenital",
      undefined,
      prov(
        "unverified",
        ["cci-faqs"],
        "CCI's RCCS pathways were not found. This route assumes they mirror RCS235 with congenital studies; it is a placeholder until checked on cci-online.org.",
      ),
      [cciAssumedFee],
    ),
  },
  cci4(
    "cci-rccs",
    "cci-rccs-accredited",
    "RCCS (assumed like RCS4)",
    ["pediatric-cardiac"],
    "pediatric cardiac (echo)",
    [cciAssumedFee],
    "CCI's RCCS pathways were not found. This route assumes one mirrors RCS4 for pediatric cardiac programs; it is a placeholder until checked on cci-online.org.",
  ),
  {
    id: "cci-acs1",
    name: "ACS1",
    issuer: "cci",
    target: "cci-acs",
    summary: "Graduated from an Advanced Cardiac Sonography program accredited by COA-ACS.",
    conditions: [
      highSchool,
      {
        condition: {
          kind: "program",
          accredited: true,
          areas: ["advanced-cardiac"],
          completion: { kind: "graduated" },
        },
      },
    ],
    documents: [acsDocuments[0]!],
    timing: [acsTiming],
    fees: [acsFee],
    applicationWindows: acsWindows,
    ...prov("verified", ["cci-acs-2018"], "From a 2018 page; check the current one."),
  },
  {
    id: "cci-acs2",
    name: "ACS2",
    issuer: "cci",
    target: "cci-acs",
    summary:
      "Graduated from a programmatically accredited echo program, holds an active echo credential and has seven years as a registered echo sonographer. About 8,000 echoes are expected but not required.",
    conditions: [
      highSchool,
      {
        condition: {
          kind: "program",
          accredited: true,
          areas: ECHO_PROGRAM,
          completion: { kind: "graduated" },
        },
      },
      echoCredential,
      {
        condition: { kind: "registered-echo-years", atLeast: 7 },
        requirementSlug: "exp-registered-echo-7-years",
        note: "Counted from the date the echo credential was earned.",
      },
    ],
    documents: acsDocuments,
    timing: [acsTiming],
    fees: [acsFee],
    applicationWindows: acsWindows,
    ...prov("verified", ["cci-acs-overview-2018"], "From a 2018 overview; check the current one."),
  },
  {
    id: "cci-acs3",
    name: "ACS3",
    issuer: "cci",
    target: "cci-acs",
    summary:
      "A health-science graduate with an active echo credential and a number of years as a registered echo sonographer that is not recorded.",
    conditions: [
      highSchool,
      { condition: { kind: "health-science-graduate" } },
      echoCredential,
      {
        condition: { kind: "registered-echo-years", atLeast: null },
        confidence: "unverified",
        note: "The number of years is cut off in the stored overview. Confirm on cci-online.org.",
        requirementSlug: "exp-registered-echo-7-years",
      },
    ],
    documents: acsDocuments,
    timing: [acsTiming],
    fees: [acsFee],
    applicationWindows: acsWindows,
    ...prov(
      "verified",
      ["cci-acs-overview-2018"],
      "Verified except the number of years, which is cut off.",
    ),
  },
];

// ---- ARRT -------------------------------------------------------------------------------------

const arrtFee = fee(
  "Certification and registration (2020 amount)",
  200,
  "verified",
  ["arrt-primary-requirements"],
  "The 2020 fee; the current one is thought to be about $225 (unconfirmed).",
);

const ethicsReview: Fact = fact(
  "An ethics review, with a pre-application if you have anything to report.",
  "verified",
  ["arrt-primary-requirements", "arrt-postprimary"],
);

const primaryDocuments: readonly Fact[] = [
  fact(
    "The program reports your completion to ARRT. Which programs are ARRT-approved (for example, whether every CAAHEP program is) is not recorded here: ask your program.",
    "verified",
    ["arrt-primary-requirements"],
  ),
  ethicsReview,
];

const BS_CATEGORIES = ["Patient Care", "Image Production", "Procedures"];

const supportingSonography = (rdms: Confidence): CredentialOption[] => [
  one("arrt-s"),
  {
    all: ["ardms-rdms"],
    confidence: rdms,
    note: "ARRT names 'Sonography (ARDMS)' without saying which ARDMS credentials count; we read it as RDMS at least.",
  },
  {
    all: ["ardms-rdcs"],
    confidence: "unverified",
    note: "Whether an ARDMS RDCS counts as 'Sonography' is not stated.",
  },
  {
    all: ["ardms-rvt"],
    confidence: "unverified",
    note: "Whether an ARDMS RVT counts as 'Sonography' is not stated.",
  },
];

function postprimary(
  target: string,
  id: string,
  discipline: "vascular-sonography" | "breast-sonography",
  supporting: readonly CredentialOption[],
  supportingLabel: string,
): EligibilityRouteRule {
  const categories = discipline === "breast-sonography" ? BS_CATEGORIES : null;
  return {
    id,
    name: "Postprimary pathway",
    issuer: "arrt",
    target,
    summary: `Hold a supporting credential (${supportingLabel}), complete 16 hours of structured education and the clinical procedure log within the 24 months before applying, pass the ethics review and the exam.`,
    conditions: [
      { condition: { kind: "credential", anyOf: supporting, label: supportingLabel } },
      {
        condition: {
          kind: "structured-education",
          discipline,
          hours: 16,
          withinMonths: 24,
          categories,
          categoriesProvenance:
            categories === null
              ? prov(
                  "unverified",
                  [],
                  "The content categories are in ARRT's content specifications, which were not captured.",
                )
              : prov(
                  "unverified",
                  ["arrt-bs-documents-2025"],
                  "These are the section headings of ARRT's breast sonography content specifications (effective 1 September 2026). That they are the 'major content categories' structured education must cover is our reading.",
                ),
        },
        requirementSlug: "arrt-postprimary-education",
      },
      {
        condition: { kind: "procedure-log", discipline, withinMonths: 24 },
        requirementSlug: "exp-ardms-postprimary-log",
        note: "The number of procedures, the mandatory/elective split and the daily caps are in ARRT's clinical experience requirements, which were not captured.",
      },
    ],
    documents: [
      fact(
        "Structured education logged in ARRT's online postprimary tool, usually reviewed within two business days. Each activity must be approved by a CE approver or state body, or be an academic course from an accredited institution.",
        "verified",
        ["arrt-structured-education"],
      ),
      fact(
        "Procedures logged in ARRT's online clinical experience tool, each confirmed by a verifier, with final approval by a supervisor. Entries expire after 24 months until you apply and are given an exam window.",
        "verified",
        ["arrt-clinical-experience", "arrt-procedures-expire-2018"],
      ),
      ethicsReview,
    ],
    fees: [arrtFee],
    ...prov("verified", [
      "arrt-postprimary",
      "arrt-supporting-categories",
      "arrt-structured-education",
      "arrt-clinical-experience",
    ]),
  };
}

const arrtRoutes: EligibilityRouteRule[] = [
  {
    id: "arrt-s-primary",
    name: "Primary pathway",
    issuer: "arrt",
    target: "arrt-s",
    summary:
      "An associate degree or higher from an institution ARRT recognises, completion of an ARRT-approved sonography program, the ethics review and the exam. The only pathway since 1 January 2020.",
    conditions: [
      { condition: { kind: "degree", atLeast: "associate" } },
      {
        condition: {
          kind: "program",
          accredited: "any",
          arrtApprovedFor: "sonography",
          completion: { kind: "graduated" },
        },
      },
    ],
    documents: primaryDocuments,
    fees: [arrtFee],
    ...prov("verified", ["arrt-primary-requirements", "arrt-sonography-primary-only-2019"]),
  },
  {
    id: "arrt-s-postprimary",
    name: "Postprimary pathway (closed)",
    issuer: "arrt",
    target: "arrt-s",
    summary: "Adding Sonography on top of another ARRT credential. Closed on 1 January 2020.",
    conditions: [],
    documents: [],
    closed: {
      on: "2020-01-01",
      reason: "ARRT closed the postprimary pathway for Sonography on 1 January 2020.",
    },
    ...prov("verified", ["arrt-sonography-primary-only-2019"]),
  },
  {
    id: "arrt-vs-primary",
    name: "Primary pathway",
    issuer: "arrt",
    target: "arrt-vs",
    summary:
      "An associate degree or higher, completion of an ARRT-approved vascular sonography program (available since May 2021), the ethics review and the exam.",
    conditions: [
      { condition: { kind: "degree", atLeast: "associate" } },
      {
        condition: {
          kind: "program",
          accredited: "any",
          areas: ["vascular"],
          arrtApprovedFor: "vascular-sonography",
          completion: { kind: "graduated" },
        },
      },
    ],
    documents: primaryDocuments,
    fees: [arrtFee],
    ...prov("verified", ["arrt-vs-primary-2020", "arrt-primary-requirements"]),
  },
  postprimary(
    "arrt-vs",
    "arrt-vs-postprimary",
    "vascular-sonography",
    [
      one("arrt-r"),
      one("arrt-n"),
      one("nmtcb-cnmt"),
      one("arrt-t"),
      ...supportingSonography("secondary"),
    ],
    "ARRT Radiography; Nuclear Medicine from ARRT or NMTCB; ARRT Radiation Therapy; or Sonography from ARRT or ARDMS",
  ),
  postprimary(
    "arrt-bs",
    "arrt-bs-postprimary",
    "breast-sonography",
    [one("arrt-r", "arrt-m"), ...supportingSonography("secondary")],
    "ARRT Radiography with ARRT Mammography, or Sonography from ARRT or ARDMS",
  ),
];

// ---- ABII, AHRA, PARCA ------------------------------------------------------------------------

const pointRoutes: EligibilityRouteRule[] = [
  {
    id: "abii-ciip-seven-points",
    name: "Seven-Point Qualification System",
    issuer: "abii",
    target: "abii-ciip",
    summary:
      "At least seven points, meeting every category minimum: experience (2 to 5), academic education (0 to 5) and certifications or CE (0 to 4).",
    conditions: [{ condition: { kind: "points", system: "abii-ciip" } }],
    documents: [
      fact(
        "Documentation of experience, education and CE with the application.",
        "unverified",
        ["abii-qualification"],
        "The exact documents were not stored; check ABII's application.",
      ),
    ],
    fees: [fee("Exam", 500, "verified", ["abii-about-exam"])],
    ...prov("verified", ["abii-seven-point", "abii-qualification"]),
  },
  {
    id: "ahra-cra-seven-points",
    name: "Seven points",
    issuer: "ahra",
    target: "ahra-cra",
    summary:
      "At least seven points from experience as an imaging administrator (one a year, up to six), education and professional credentials.",
    conditions: [{ condition: { kind: "points", system: "ahra-cra" } }],
    documents: [
      fact(
        "Documentation must accompany the application; RACC may audit it and decides eligibility within two to three weeks.",
        "verified",
        ["cra-application", "ahra-listen-to-your-herd-2019"],
      ),
    ],
    ...prov("verified", ["cra-application", "ahra-listen-to-your-herd-2019"]),
  },
];

const parcaNoPrerequisites = (target: string): EligibilityRouteRule => ({
  id: `parca-open:${target}`,
  name: "No formal prerequisites",
  issuer: "parca",
  target,
  summary: "PARCA sets no education or experience prerequisites for its entry-level exams.",
  conditions: [],
  documents: [],
  ...prov("verified", ["itn-parca-vs-ciip", "parca-cpas"]),
});

const parcaRoutes: EligibilityRouteRule[] = [
  parcaNoPrerequisites("parca-cpas-technical"),
  parcaNoPrerequisites("parca-cpas-clinical"),
  {
    id: "parca-cpsa-after-cpas",
    name: "CPAS first",
    issuer: "parca",
    target: "parca-cpsa",
    summary: "PARCA requires the CPAS before the CPSA.",
    conditions: [
      { condition: { kind: "credential", anyOf: [one("parca-cpas")], label: "PARCA CPAS" } },
    ],
    documents: [],
    ...prov("verified", ["parca-prerequisites", "parca-cpsa"]),
  },
  {
    id: "parca-cdip-after-cpas",
    name: "CPAS first (inferred)",
    issuer: "parca",
    target: "parca-cdip",
    summary:
      "CPAS was required for the CPIA that the DICOM certification replaced, and is probably required for it too.",
    conditions: [
      { condition: { kind: "credential", anyOf: [one("parca-cpas")], label: "PARCA CPAS" } },
    ],
    documents: [],
    ...prov(
      "secondary",
      ["parca-prerequisites", "in2pacs-2016"],
      "Inferred from the CPIA rule and a training provider; not confirmed for CDIP itself.",
    ),
  },
];

// ---- Point tables -----------------------------------------------------------------------------

export const ciipPointTable: CiipPointTable = {
  slug: "abii-ciip",
  target: "abii-ciip",
  pointsNeeded: { points: 7, ...prov("verified", ["abii-seven-point"]) },
  experience: {
    monthsPerPoint: 12,
    min: 2,
    max: 5,
    ...prov(
      "verified",
      ["abii-seven-point", "abii-qualification"],
      "As a credentialed healthcare imaging professional, healthcare IT or informatics professional, or non-certified military radiologic technologist. Whether time before earning a credential counts is not recorded.",
    ),
  },
  education: {
    max: 5,
    rows: [
      {
        label: "Master's or doctorate",
        degree: "master",
        minimumSemesterCredits: 0,
        points: 5,
        ...prov("verified", ["abii-seven-point"]),
      },
      {
        label: "Bachelor's degree (120+ semester credits)",
        degree: "bachelor",
        minimumSemesterCredits: 120,
        points: 4,
        ...prov("verified", ["abii-seven-point"]),
      },
      {
        label: "Associate degree with 90+ semester credits",
        degree: "associate",
        minimumSemesterCredits: 90,
        points: 3,
        ...prov("verified", ["abii-seven-point"]),
      },
      {
        label: "Associate degree (60+ semester credits)",
        degree: "associate",
        minimumSemesterCredits: 60,
        points: 2,
        ...prov("verified", ["abii-seven-point"]),
      },
      {
        label: "No degree, 30+ semester credits",
        degree: "any",
        minimumSemesterCredits: 30,
        points: 1,
        ...prov("verified", ["abii-seven-point"]),
      },
    ],
    informaticsBonus: {
      points: 1,
      ...prov(
        "verified",
        ["abii-seven-point"],
        "The cap carries a footnote that was not stored; we assume the bonus cannot take the category past its maximum of 5.",
      ),
    },
    ...prov("verified", ["abii-seven-point"]),
  },
  certificationsAndCe: {
    max: 4,
    cePointHours: { points: 18, ...prov("verified", ["abii-seven-point"]) },
    ceWindowMonths: null,
    certificationPoints: null,
    ...prov(
      "unverified",
      ["abii-seven-point", "abii-qualification"],
      "Certifications and CE appear to share one category capped at 4 (inferred from a cut-off chart). CE earns a point per 18 hours 'taken within' a window that is cut off. Which certifications earn points, and how many, is not recorded.",
    ),
  },
  ...prov("verified", ["abii-seven-point", "abii-qualification"]),
};

export const craPointTable: CraPointTable = {
  slug: "ahra-cra",
  target: "ahra-cra",
  pointsNeeded: { points: 7, ...prov("verified", ["cra-application"]) },
  experience: {
    pointsPerYear: 1,
    max: 6,
    ...prov(
      "verified",
      ["cra-application"],
      "A year counts only as an imaging administrator responsible for all five domains: asset, fiscal, human resources, operations, and communication and information. A footnote on fiscal management was not stored.",
    ),
  },
  education: {
    associate: 1,
    bachelor: 2,
    graduate: 3,
    ...prov(
      "unverified",
      [],
      "Placeholders only: the CRA application is cut off after the experience rule. Check the current CRA application.",
    ),
  },
  credentials: {
    perCredential: 1,
    max: 3,
    ...prov(
      "unverified",
      [],
      "Placeholders only (one per professional credential, cap unknown). Check the current CRA application.",
    ),
  },
  ...prov("verified", ["cra-application", "ahra-listen-to-your-herd-2019"]),
};

// ---- Assembly ---------------------------------------------------------------------------------

export const eligibilityRoutes: readonly EligibilityRouteRule[] = [
  ...ardmsRoutes,
  ...cciRoutes,
  ...arrtRoutes,
  ...pointRoutes,
  ...parcaRoutes,
];

export const eligibilityData: EligibilityData = {
  routes: eligibilityRoutes,
  fullTimeYear: ardmsFullTimeYear,
  ciip: ciipPointTable,
  cra: craPointTable,
  outsideCredentials,
};
