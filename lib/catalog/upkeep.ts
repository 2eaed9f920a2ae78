/**
 * Credential upkeep as data: each body's CE cycle, required credits, category minimums and caps,
 * waivers, fees with their late windows, grace, and what lapses when. The engine that reads it is
 * `lib/upkeep`; the period arithmetic is `lib/windows.ts`.
 *
 * Facts come from `shared/reference/upkeep.md` (research pass of 2026-11-30): [V] → "verified",
 * [S] → "secondary", [M] → "unverified". Where the reference leaves a question open, the rule
 * encodes the reading that never shows someone compliant who may not be, and its note says
 * "assumed, unconfirmed".
 */
import type { CeCategory, CraDomain, UpkeepBody, UpkeepRule } from "./types";
import { checkedOnDate } from "./builders";

/** The date the upkeep rules were last checked against their sources. */
export const UPKEEP_CHECKED_ON = "2026-11-30";

const { prov, fact } = checkedOnDate(UPKEEP_CHECKED_ON);

/** The marker every open-question reading carries in its note. */
export const ASSUMED = "assumed, unconfirmed";

/** Every CE category with the label users see, in the order pickers list them. */
export const CE_CATEGORIES: readonly { value: CeCategory; label: string }[] = [
  { value: "general", label: "General sonography" },
  { value: "abdomen", label: "Abdomen" },
  { value: "obstetrics-gynecology", label: "Obstetrics and gynecology" },
  { value: "breast", label: "Breast" },
  { value: "pediatric", label: "Pediatric" },
  { value: "cardiovascular", label: "Cardiac and cardiovascular" },
  { value: "vascular", label: "Vascular" },
  { value: "musculoskeletal", label: "Musculoskeletal" },
  { value: "physics", label: "Physics and instrumentation" },
  { value: "informatics", label: "Imaging informatics" },
  { value: "leadership-management", label: "Leadership and management" },
  { value: "other", label: "Other topics" },
];

export const CE_CATEGORY_LABELS = Object.fromEntries(
  CE_CATEGORIES.map((c) => [c.value, c.label]),
) as Record<CeCategory, string>;

/** The five CRA domains with their labels. */
export const CRA_DOMAINS: readonly { value: CraDomain; label: string }[] = [
  { value: "asset", label: "Asset Resource Management" },
  { value: "fiscal", label: "Fiscal Management" },
  { value: "human-resources", label: "Human Resource Management" },
  { value: "operations", label: "Operations Management" },
  { value: "communication", label: "Communication and Information Management" },
];

export const CRA_DOMAIN_LABELS = Object.fromEntries(
  CRA_DOMAINS.map((d) => [d.value, d.label]),
) as Record<CraDomain, string>;

/** CCI's "cardiovascular-related" topics. Vascular is included on an unconfirmed reading. */
const CCI_CARDIOVASCULAR: readonly CeCategory[] = ["cardiovascular", "vascular"];

/** ARDMS specialty exams: passing one that is new to you is a new credential or specialty. */
const ARDMS_SPECIALTY_EXAMS: readonly string[] = [
  "ardms-ab",
  "ardms-obgyn",
  "ardms-br",
  "ardms-ps",
  "ardms-fe",
  "ardms-ae",
  "ardms-pe",
  "ardms-vt",
  "ardms-msks",
];

const ardms: UpkeepRule = {
  slug: "ardms-upkeep",
  body: "ardms",
  name: "ARDMS CME period and annual renewal",
  appliesTo: ["ardms-rdms", "ardms-rdcs", "ardms-rvt", "ardms-rmsks"],
  maintenanceRule: "ardms-maintenance",
  cycle: {
    startEvent: "first_credential_earned",
    pattern: { kind: "rest_of_year_then_calendar_years", years: 3 },
    laterCredentialsJoin: true,
    description:
      "One CME period for all your ARDMS credentials: from the day you earn the first one through the rest of that year plus three calendar years, then three calendar years at a time. Later credentials do not reset it.",
    ...prov("verified", ["ardms-cme", "ardms-cme-audit-2016", "inteleos-cme-bank"]),
  },
  requirementKind: "credits",
  credits: {
    unit: "CME",
    total: 30,
    alternatives: [
      {
        total: 25,
        label: "25 if ARDMS's reported 2026 change applies: unconfirmed",
        ...prov(
          "secondary",
          ["esp-inc-ardms-2026", "ultrasounddegree-renewal"],
          "Reported by secondary sources alongside Knowledge Confirmation from 2026; ARDMS's own stored pages still say 30. Which periods switch (those ending in 2026, or those starting on or after 2026-01-01), and whether RMSKS keeps its musculoskeletal minimum, is not known.",
        ),
      },
    ],
    minimums: [
      {
        key: "musculoskeletal",
        label: "Musculoskeletal CME (RMSKS holders)",
        minimum: 10,
        pool: { kind: "categories", categories: ["musculoskeletal"] },
        whenHolding: ["ardms-rmsks"],
        ...prov(
          "verified",
          ["ardms-cme", "apca-cme"],
          `Applied to every period in which you hold RMSKS at any time, and in full even when a waiver lowers the total: ${ASSUMED}.`,
        ),
      },
    ],
    caps: [],
    waivers: [
      {
        key: "new-credential-or-specialty",
        label: "New ARDMS credential or specialty passed in this period",
        amount: 15,
        trigger: "new_specialty_exam_passed_in_period",
        exams: ARDMS_SPECIALTY_EXAMS,
        stacks: false,
        reducesMinimums: false,
        ...prov(
          "verified",
          ["ardms-cme", "apca-cme"],
          `Two passes in one period waive 15, not 30, and a waiver does not lower the RMSKS musculoskeletal minimum: ${ASSUMED}. The pass that earns your first credential starts the period and waives nothing.`,
        ),
      },
    ],
    grants: [],
    acceptsByDefault: "all",
    needsCraDomain: false,
    oncePerPeriodByTitleAndProvider: false,
    ifShort:
      "You can no longer attest to CME compliance. If the period is audited, your credentials are revoked until reinstated with 40 CMEs earned within the period.",
    ...prov("verified", ["ardms-cme", "apca-cme"]),
  },
  fee: {
    label: "Annual renewal fee (2024/25 cycle)",
    usd: 95,
    approximate: true,
    due: { kind: "yearly", month: 12, day: 31 },
    ifUnpaid: "Your ARDMS credentials are no longer Active from 1 January.",
    lateWindows: [
      {
        until: { kind: "next_month_day", month: 2, day: "last" },
        surchargeUsd: 150,
        label: "Renew with a $150 administrative fee",
        ...prov("verified", ["ardms-reinstatement-2024", "apca-reinstatement"]),
      },
      {
        until: { kind: "next_month_day", month: 8, day: 1 },
        surchargeUsd: 300,
        label: "Renew with a $300 reinstatement fee",
        ...prov("verified", ["ardms-reinstatement-2024", "apca-reinstatement"]),
      },
    ],
    afterLastWindow: "Your ARDMS credentials are revoked and the exams must be passed again.",
    ...prov(
      "verified",
      ["apca-reinstatement", "ardms-attestation", "ardms-revocation-process"],
      "Paying the fee also attests that you are on track with CME. RPVI and RMSK (APCA) holders pay $150. Registrants whose first credential is earned 1–31 December have different renewal rules, not encoded here.",
    ),
  },
  grace: null,
  uploadBy: {
    after: { kind: "next_month_day", month: 2, day: 28 },
    ...prov(
      "verified",
      ["inteleos-cme-bank"],
      "CME must be earned by 31 December of the period's last year and uploaded to the CME Bank by 28 February; the app uses 28 February in leap years too.",
    ),
  },
  makeUp: null,
  auditReinstatement: {
    table: [
      { whenRequired: 30, required: 40 },
      { whenRequired: 60, required: 80 },
    ],
    submitBy: { kind: "next_month_day", month: 4, day: 30 },
    finalBy: { kind: "next_month_day", month: 8, day: 1 },
    afterFinal: "Credentials are permanently revoked.",
    ...prov(
      "verified",
      ["ardms-cme-audit-reinstatement", "inteleos-cme-bank"],
      `The 40 must be earned within the period itself (2024/25 text). Where a waiver or the reported 25 lowered the requirement, the app still shows 40: ${ASSUMED}. The current reinstatement fee is not known.`,
    ),
  },
  longCycle: [],
  details: [
    fact("Keep CME certificates for at least four years.", "verified", ["apca-cme"]),
    fact(
      "CME you upload yourself stays pending unless you are audited; CME from SDMS, SVU, ASE and ASRT (Category A/A+) can reach the CME Bank automatically.",
      "verified",
      ["inteleos-cme-bank", "ardms-cme-bank-2017", "sdms-cme-faq"],
    ),
    fact(
      "Each year ARDMS audits a random sample of periods that ended the year before: notices go out around March and papers are due by 30 April.",
      "verified",
      ["ardms-cme-audit-2016", "inteleos-cme-bank"],
    ),
    fact(
      "Knowledge Confirmation (short quizzes in the SKILLS app) is reported to start on 1 January 2026, with the first round due by 31 December 2026.",
      "secondary",
      ["esp-inc-ardms-2026"],
      "Whether missing the quizzes affects status is not known.",
    ),
  ],
  ...prov("verified", ["ardms-cme", "apca-cme", "inteleos-cme-bank"]),
};

const cci: UpkeepRule = {
  slug: "cci-upkeep",
  body: "cci",
  name: "CCI first renewal and triennial CEUs",
  appliesTo: ["cci-rcs", "cci-rvs", "cci-rccs", "cci-acs"],
  maintenanceRule: "cci-maintenance",
  cycle: {
    startEvent: "first_credential_passed",
    pattern: { kind: "quarter_first_renewal_then_years", years: 3 },
    laterCredentialsJoin: true,
    description:
      "A first renewal ends on a date set by the quarter you passed in; after that, a three-year cycle ends on the same date every three years. A CCI credential earned later joins the cycle you already have.",
    ...prov(
      "verified",
      ["cci-renew", "cci-maintain-credentials"],
      `The triennial CEU window is taken to start the day after the first renewal ends, so CEUs earned before then do not count: ${ASSUMED} (CCI says only "earned within the triennial cycle").`,
    ),
  },
  requirementKind: "credits",
  firstPeriod: {
    requirementKind: "fee_and_ethics_only",
    description: "First renewal: the renewal fee and a signed Code of Ethics; no CEUs.",
    ...prov("verified", ["cci-renew"]),
  },
  credits: {
    unit: "CEU",
    total: 36,
    alternatives: [],
    minimums: [
      {
        key: "cardiovascular",
        label: "Cardiovascular-related CEUs",
        minimum: 30,
        pool: { kind: "categories", categories: CCI_CARDIOVASCULAR },
        ...prov(
          "verified",
          ["cci-renew", "cci-ceu-submission"],
          `Vascular topics are counted as cardiovascular-related: ${ASSUMED}.`,
        ),
      },
    ],
    caps: [
      {
        key: "any-topic",
        label: "CEUs on any other topic",
        maximum: 6,
        pool: { kind: "other_categories", categories: CCI_CARDIOVASCULAR },
        ...prov("verified", ["cci-renew"]),
      },
    ],
    waivers: [],
    grants: [],
    acceptsByDefault: "all",
    needsCraDomain: false,
    oncePerPeriodByTitleAndProvider: false,
    ifShort:
      "CEUs earned after the cycle ends do not count for it, so the credential becomes inactive after the 90-day grace period.",
    ...prov(
      "verified",
      ["cci-renew", "cci-ceu-submission"],
      "Only CEUs from approved providers count; the app cannot check the provider.",
    ),
  },
  fee: {
    label: "Renewal fee",
    usd: 165,
    approximate: true,
    due: { kind: "period_end" },
    ifUnpaid: "The 90-day grace period begins; renewing in it costs $50 more.",
    lateWindows: [
      {
        until: { kind: "days_after", days: 90 },
        surchargeUsd: 50,
        label: "Renew in the 90-day grace period",
        ...prov(
          "verified",
          ["cci-ceu-submission"],
          `That the grace period also applies to the first renewal is ${ASSUMED}.`,
        ),
      },
    ],
    afterLastWindow:
      "The credential becomes inactive and must be earned again by retaking the exam (CCI also mentions a Renewal Penalty Policy whose terms are not known).",
    ...prov(
      "verified",
      ["cci-renew", "cci-registrant-faqs"],
      "Whether $165 is due per credential or per person is not known; the app shows it once per cycle. Older pages listed $150.",
    ),
  },
  grace: {
    until: { kind: "days_after", days: 90 },
    surchargeUsd: 50,
    creditsEarnedInGraceCount: false,
    afterGrace: "Inactive: the credential must be earned again by retaking the exam.",
    ...prov("verified", ["cci-ceu-submission", "cci-renew"]),
  },
  uploadBy: null,
  makeUp: null,
  auditReinstatement: null,
  longCycle: [],
  details: [
    fact(
      "An older CCI page says that passing a registry-level exam within the cycle waives that cycle's CEUs. The app does not apply this waiver.",
      "verified",
      ["cci-renewal-process-older"],
      `Not applied because it appears only on an older page and may no longer hold: ${ASSUMED}.`,
    ),
    fact(
      "A certificate must show your name, the course title, the dates, the credit hours and the sponsoring or accrediting body. In-service hours count only when CEUs were awarded.",
      "verified",
      ["cci-ceu-submission", "cci-news-2022-10"],
    ),
    fact("Every renewal needs a signed Code of Ethics; CEUs are checked by audit.", "verified", [
      "cci-renew",
    ]),
  ],
  ...prov("verified", ["cci-renew", "cci-ceu-submission", "cci-maintain-credentials"]),
};

const arrt: UpkeepRule = {
  slug: "arrt-upkeep",
  body: "arrt",
  name: "ARRT biennium, annual renewal and CQR",
  appliesTo: ["arrt-s", "arrt-vs", "arrt-bs"],
  maintenanceRule: "arrt-maintenance",
  cycle: {
    startEvent: "first_birth_month_after_first_credential",
    pattern: { kind: "birth_month", years: 2 },
    laterCredentialsJoin: true,
    description:
      "One two-year biennium for all your ARRT credentials, from the 1st of your birth month to the last day of the month before your birth month two years later.",
    ...prov(
      "verified",
      ["arrt-continuing-education", "arrt-faq-ce-registered", "arrt-ce-requirements-2014"],
      `How ARRT sets a new R.T.'s first biennium is not settled; the app starts it on the first 1st of your birth month on or after your first ARRT credential: ${ASSUMED}. ARRT can move the year on request, so check your ARRT account.`,
    ),
  },
  requirementKind: "credits",
  credits: {
    unit: "CE credits",
    total: 24,
    alternatives: [],
    minimums: [
      {
        key: "sonography",
        label: "Credits directly related to Sonography",
        minimum: 16,
        pool: { kind: "arrt_sonography" },
        whenHolding: ["arrt-s"],
        ...prov(
          "verified",
          ["arrt-continuing-education", "arrt-faq-ce-public", "arrt-rtu-spring-2022"],
          "Counted from ARRT's own credit distribution for each activity (entered per activity), never from the app's category.",
        ),
      },
      {
        key: "sonography",
        label: "Credits directly related to Sonography",
        minimum: 16,
        pool: { kind: "arrt_sonography" },
        whenHolding: ["arrt-vs", "arrt-bs"],
        ...prov(
          "unverified",
          ["arrt-continuing-education"],
          `ARRT states the 16 for Sonography (S) holders; applying it to VS or BS holders without S is ${ASSUMED}.`,
        ),
      },
    ],
    caps: [],
    waivers: [],
    grants: [],
    acceptsByDefault: "all",
    needsCraDomain: false,
    oncePerPeriodByTitleAndProvider: true,
    ifShort:
      "Renewing with credits short puts you on CE probation: make them up within about 6 months of the biennium end, or reinstate by exam.",
    ...prov(
      "verified",
      ["arrt-continuing-education", "arrt-faq-ce-public", "arrt-ce-changes-2020"],
      `An activity counts once per biennium. The app treats two entries with the same title and provider (ignoring case, spacing and punctuation) as the same activity: ${ASSUMED}.`,
    ),
  },
  fee: {
    label: "Annual renewal, one credential (2018 amount)",
    usd: 30,
    approximate: true,
    due: { kind: "yearly_end_of_birth_month" },
    opensMonthsBefore: 2,
    ifUnpaid:
      "Your registration lapses from the next day: you may not use the credential until it is reinstated.",
    lateWindows: [],
    afterLastWindow:
      "Reinstate online while still within the biennium, or within 6 months after it ends; after that, by exam.",
    ...prov(
      "verified",
      ["arrt-renewal-fees-2018", "arrt-faq-ce-registered", "arrt-reinstatement"],
      "2018 amounts: $45 when earned through a non-ARRT supporting credential such as ARDMS, plus $15 for each additional credential. Current amounts are not confirmed.",
    ),
  },
  grace: null,
  uploadBy: null,
  makeUp: {
    within: { kind: "months_after", months: 6 },
    countsFor: "ended_period",
    ...prov(
      "verified",
      ["arrt-reinstatement", "arrt-ce-requirements-2014"],
      `Renewing with CE short puts you on CE probation: finish within about 6 months of the biennium end (ARRT's exact cut-off is not known), else reinstate by exam. That make-up credits count for the ended biennium and not the new one is ${ASSUMED}.`,
    ),
  },
  auditReinstatement: null,
  longCycle: [
    {
      key: "cqr",
      label: "Continuing Qualifications Requirements (CQR)",
      everyYears: 10,
      windowYears: 3,
      forCredentialsEarnedFrom: "2011-01-01",
      ...prov(
        "unverified",
        ["arrt-cqr", "arrt-faq-cqr", "arrt-cqr-overview"],
        `Counted 10 years from the date each credential was earned, done in the last three: ${ASSUMED}. ARRT shows the exact window dates in your account.`,
      ),
    },
  ],
  details: [
    fact(
      "Partial attendance earns no ARRT credit since 2022, and presentations and authorship (other than peer-reviewed articles) stopped counting on 1 January 2022.",
      "verified",
      ["arrt-partial-credit-2021", "arrt-ce-changes-2020"],
    ),
    fact(
      "Earning a new credential no longer counts as CE (since 2018); structured-education activities do count.",
      "verified",
      ["arrt-ce-policy-2019", "arrt-continuing-education"],
    ),
    fact(
      "ARRT may give an activity fewer credits than its certificate shows (its credit distribution); enter ARRT's figures where they differ.",
      "verified",
      ["arrt-rtu-spring-2022"],
    ),
    fact(
      "ASRT's CE Track and Transfer reports credits to ARRT; the completion date on the certificate is the date that counts.",
      "verified",
      ["asrt-ce-track-transfer"],
    ),
  ],
  ...prov("verified", ["arrt-continuing-education", "arrt-faq-ce-registered"]),
};

const abii: UpkeepRule = {
  slug: "abii-upkeep",
  body: "abii",
  name: "ABII CIIP biennium and annual fee",
  appliesTo: ["abii-ciip"],
  maintenanceRule: "abii-maintenance",
  cycle: {
    startEvent: "certification",
    pattern: { kind: "calendar_years_from_first_full_year", years: 2 },
    laterCredentialsJoin: true,
    description:
      "Two calendar years at a time, from 1 January of your first full year of certification.",
    ...prov(
      "verified",
      ["abii-maintaining"],
      `For a certification dated 1 January, that year is taken as the first full year: ${ASSUMED}.`,
    ),
  },
  requirementKind: "credits",
  credits: {
    unit: "CE credits",
    total: 24,
    alternatives: [],
    minimums: [],
    caps: [],
    waivers: [],
    grants: [],
    acceptsByDefault: ["informatics"],
    needsCraDomain: false,
    oncePerPeriodByTitleAndProvider: false,
    ifShort:
      "Without the CE, renewal cannot be completed and certification is discontinued after the late window.",
    ...prov(
      "verified",
      ["abii-maintaining", "abii-recertification-2014"],
      `CE must align with the Test Content Outline current at the biennium start. Unless an activity carries a credit amount for ABII, the app counts only activities logged as imaging informatics: ${ASSUMED}.`,
    ),
  },
  fee: {
    label: "Annual renewal fee",
    usd: 70,
    approximate: true,
    due: { kind: "yearly", month: 12, day: 31 },
    ifUnpaid: "Renewal is late from 1 January, with a $20 late fee.",
    lateWindows: [
      {
        until: { kind: "next_month_day", month: 3, day: 30 },
        surchargeUsd: 20,
        label: "Renew with the $20 late fee",
        ...prov(
          "verified",
          ["abii-maintaining"],
          `ABII discontinues certification when renewal is "not received before March 31", so the app takes 30 March as the last day: ${ASSUMED}.`,
        ),
      },
    ],
    afterLastWindow: "Certification is discontinued.",
    ...prov("verified", ["abii-maintaining"]),
  },
  grace: {
    until: { kind: "next_month_day", month: 3, day: 30 },
    surchargeUsd: 20,
    creditsEarnedInGraceCount: false,
    afterGrace: "Certification is discontinued.",
    ...prov(
      "verified",
      ["abii-maintaining"],
      `CE is reported with the fee, so the late window applies to it too. CE earned in the late window is taken not to count for the closed biennium: ${ASSUMED}.`,
    ),
  },
  uploadBy: null,
  makeUp: null,
  auditReinstatement: null,
  longCycle: [
    {
      key: "ten-year",
      label: "10-year requirement (for example a quality-improvement project)",
      everyYears: 10,
      ...prov(
        "unverified",
        ["abii-maintaining", "abii-recertification-2014", "pmc-38343211"],
        `Counted from the certification date: ${ASSUMED}. The details are cut off in the stored page.`,
      ),
    },
  ],
  details: [],
  ...prov("verified", ["abii-maintaining"]),
};

const cra: UpkeepRule = {
  slug: "ahra-cra-upkeep",
  body: "ahra",
  name: "CRA triennial recertification",
  appliesTo: ["ahra-cra"],
  maintenanceRule: "ahra-cra-maintenance",
  cycle: {
    startEvent: "certification",
    pattern: { kind: "anniversary", years: 3 },
    laterCredentialsJoin: true,
    description: "Three years at a time from your certification date.",
    ...prov(
      "unverified",
      ["cra-recertification"],
      `The three-year length is stated; starting it on the certification date is ${ASSUMED}.`,
    ),
  },
  requirementKind: "credits",
  credits: {
    unit: "CE credits",
    total: 36,
    alternatives: [],
    minimums: [],
    caps: [
      {
        key: "domain",
        label: "Credits from any one domain",
        maximum: 18,
        pool: { kind: "each_cra_domain" },
        ...prov("verified", ["cra-recertification"]),
      },
    ],
    waivers: [],
    grants: [
      {
        key: "exam",
        label: "Passing the CRA exam",
        amount: 12,
        when: "first_period",
        ...prov(
          "verified",
          ["cra-recertification"],
          `The domain of these 12 credits is not known; the app counts them outside every domain cap: ${ASSUMED}.`,
        ),
      },
    ],
    acceptsByDefault: "all",
    needsCraDomain: true,
    oncePerPeriodByTitleAndProvider: false,
    ifShort: "Recertification cannot be completed; AHRA's lapse rules are not known.",
    ...prov(
      "verified",
      ["cra-recertification", "ahra-cra-renewal-faq-2015"],
      "Each activity must relate to one of the five domains; without a domain it does not count.",
    ),
  },
  fee: {
    label: "Recertification fee",
    usd: 175,
    approximate: true,
    due: { kind: "period_end" },
    ifUnpaid: "Recertification is overdue; AHRA's late and lapse rules are not known.",
    lateWindows: [],
    afterLastWindow: "Not known: check with AHRA.",
    ...prov("verified", ["cra-recertification"], `Due at the end of the triennium: ${ASSUMED}.`),
  },
  grace: null,
  uploadBy: null,
  makeUp: null,
  auditReinstatement: null,
  longCycle: [],
  details: [
    fact(
      "The same CE activity may count for the CRA and for another credential, such as ARRT.",
      "verified",
      ["ahra-cra-renewal-faq-2015"],
    ),
    fact("Keep your CE records in a personal file, not one tied to your employer.", "verified", [
      "cra-recertification",
    ]),
  ],
  ...prov("verified", ["cra-recertification"]),
};

const parca: UpkeepRule = {
  slug: "parca-upkeep",
  body: "parca",
  name: "PARCA three-year exam refresh",
  appliesTo: ["parca-cpas", "parca-cpsa", "parca-cdip"],
  maintenanceRule: "parca-maintenance",
  cycle: {
    startEvent: "first_credential_passed",
    pattern: { kind: "anniversary", years: 3 },
    laterCredentialsJoin: true,
    description: "Pass the updated exam every three years; no CE count.",
    ...prov(
      "unverified",
      ["healthimaginghub-parca", "parca-cpas"],
      `Counted from the date you passed: ${ASSUMED}. PARCA's exact retake date, grace period and fees are not known.`,
    ),
  },
  requirementKind: "exam_refresh",
  credits: null,
  fee: null,
  grace: null,
  uploadBy: null,
  makeUp: null,
  auditReinstatement: null,
  longCycle: [],
  details: [
    fact(
      "This replaced the earlier rule of 60 CE hours plus a retake every five years (2017).",
      "verified",
      ["healthimaginghub-parca"],
    ),
  ],
  ...prov("verified", ["healthimaginghub-parca", "parca-cpas"]),
};

/** One rule per body. */
export const upkeepRules: readonly UpkeepRule[] = [ardms, cci, arrt, abii, cra, parca];

/** The rule for a body. Every `UpkeepBody` has one (the catalog checks say so). */
export function upkeepRuleFor(
  body: UpkeepBody,
  rules: readonly UpkeepRule[] = upkeepRules,
): UpkeepRule | undefined {
  return rules.find((rule) => rule.body === body);
}
