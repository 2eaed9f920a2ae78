/** Time windows between events, and what it takes to keep each credential. */
import { fact, fee, prov } from "./builders";
import type { MaintenanceRule, WindowRule } from "./types";

export const windowRules: WindowRule[] = [
  {
    slug: "ardms-five-year",
    issuer: "ardms",
    name: "ARDMS five-year rule",
    description:
      "SPI and the matching specialty exam must both be passed within a window that starts with whichever you pass first. The window runs to the end of that calendar year plus five more full years: a first pass on 6 June 2011 gives a deadline of 31 December 2016.",
    startEvent: "first_pass_in_credential",
    length: { years: 5 },
    rounding: "calendar_year_end",
    exemptions: [
      {
        kind: "credential_already_held_from_issuer",
        description:
          "Adding another specialty to an ARDMS credential you already hold has no time limit while the credential stays Active (for example an RDMS holder with AB adding OB/GYN).",
      },
    ],
    onExpiry: "The exam you passed first no longer counts and must be passed again.",
    appliesTo: ["ardms-rdms", "ardms-rdcs", "ardms-rvt", "ardms-rmsks"],
    ...prov(
      "verified",
      ["ardms-five-year-rule"],
      "Whether an SPI passed long ago still counts toward a second, new credential (for example an RDMS holder earning RDCS by passing AE alone) is not settled by ARDMS's page. The same page says an RDMS holder who passes SPI later must pass an RDCS or RVT specialty within five years to use it. Confirm with ARDMS.",
    ),
  },
  {
    slug: "arrt-postprimary-24-months",
    issuer: "arrt",
    name: "ARRT postprimary 24-month clinical window",
    description:
      "For the postprimary pathway, every procedure on the clinical log must have been done no more than 24 months before you apply.",
    startEvent: "first_logged_procedure",
    length: { months: 24 },
    rounding: "none",
    exemptions: [],
    onExpiry:
      "Procedures older than 24 months at the time you apply no longer count and must be replaced by newer ones.",
    appliesTo: ["arrt-bs", "arrt-vs"],
    ...prov(
      "verified",
      ["arrt-clinical-experience", "arrt-postprimary"],
      "Applies to vascular sonography only when it is earned through the postprimary pathway.",
    ),
  },
];

export const maintenanceRules: MaintenanceRule[] = [
  {
    slug: "ardms-maintenance",
    issuer: "ardms",
    name: "ARDMS annual renewal and CME",
    appliesTo: ["ardms-rdms", "ardms-rdcs", "ardms-rvt", "ardms-rmsks"],
    renewalFee: {
      period: "annual",
      ...fee(
        "Annual renewal fee (2017 cycle)",
        75,
        "verified",
        ["ardms-renewal-2017", "ardms-annual-renewal-fee"],
        "This is the 2017-cycle amount for RDMS, RDCS, RVT and RMSKS. The current fee is higher but not confirmed; check MY ARDMS.",
      ),
    },
    credits: {
      amount: 30,
      unit: "CME",
      periodYears: 3,
      description:
        "ARDMS-accepted CME per three-year CME period, one period covering all your ARDMS credentials. RMSKS holders need 10 of the 30 in musculoskeletal topics.",
      ...prov(
        "verified",
        ["ardms-cme"],
        "A secondary source reports that from 2026 the requirement drops to 25 CME alongside Knowledge Confirmation; ARDMS's own stored CME page still says 30.",
      ),
    },
    details: [
      fact(
        "The renewal fee is due by 31 December each year, and paying it also confirms you are keeping up with CME and ARDMS's rules.",
        "verified",
        ["ardms-annual-renewal-fee", "ardms-reinstatement-2024"],
      ),
      fact(
        "Miss the deadline and, in the 2024 cycle, you could still renew with a $150 administrative fee by 29 February, or with a $300 reinstatement fee by 1 August. After that the credentials are revoked and the exams must be passed again.",
        "verified",
        ["ardms-reinstatement-2024"],
      ),
      fact(
        "The CME period starts on the day you earn your first credential and runs through the rest of that year plus three more calendar years.",
        "verified",
        ["ardms-cme"],
      ),
      fact(
        "Earning a new credential or specialty waives 15 CME in the period it happens; the waiver does not carry over.",
        "verified",
        ["ardms-cme"],
      ),
      fact(
        "A random audit each year checks CME. Failing it revokes the credentials; reinstating them then takes 40 CME where 30 were required (80 where 60 were).",
        "verified",
        ["ardms-cme", "ardms-cme-audit-reinstatement"],
      ),
      fact(
        "Knowledge Confirmation is now part of maintaining ARDMS credentials: short specialty quizzes in the SKILLS app. It is not an exam retake and costs nothing extra. It replaces the earlier plan for 10-year recertification, which had been put on hold.",
        "verified",
        [
          "ardms-knowledge-confirmation",
          "ardms-knowledge-confirmation-vs-recertification",
          "apca-recertification",
        ],
      ),
      fact(
        "Knowledge Confirmation starts on 1 January 2026, with the first round due by 31 December 2026 (about one quiz per credential each quarter), and the CME requirement falls from 30 to 25 per period.",
        "secondary",
        ["esp-inc-ardms-2026", "takece-renewal-guide"],
        "Not yet confirmed on ardms.org; the stored ARDMS CME page is an older copy that still says 30.",
      ),
    ],
    ...prov("verified", ["ardms-cme", "ardms-annual-renewal-fee", "ardms-knowledge-confirmation"]),
  },
  {
    slug: "cci-maintenance",
    issuer: "cci",
    name: "CCI triennial renewal",
    appliesTo: ["cci-rcs", "cci-rvs", "cci-rccs", "cci-acs"],
    renewalFee: {
      period: "triennial",
      ...fee(
        "Renewal fee, every three years",
        165,
        "verified",
        ["cci-renew"],
        "Older pages listed $150.",
      ),
    },
    credits: {
      amount: 36,
      unit: "CEU",
      periodYears: 3,
      description:
        "CEUs per three-year cycle for registry-level and advanced credentials, at least 30 of them cardiovascular.",
      ...prov("verified", ["cci-renew"]),
    },
    details: [
      fact(
        "The first renewal falls 9 to 12 months after you pass and needs only the fee and a signed Code of Ethics, with no CEUs.",
        "verified",
        ["cci-renew"],
      ),
      fact(
        "Each renewal also needs a signed Code of Ethics. CCI checks CEUs by audit.",
        "verified",
        ["cci-renew"],
      ),
      fact("A credential that lapses has to be earned again by retaking the exam.", "verified", [
        "cci-renew",
      ]),
    ],
    ...prov("verified", ["cci-renew"]),
  },
  {
    slug: "arrt-maintenance",
    issuer: "arrt",
    name: "ARRT annual renewal, CE and CQR",
    appliesTo: ["arrt-s", "arrt-vs", "arrt-bs"],
    renewalFee: {
      period: "annual",
      ...fee(
        "Annual renewal, one credential earned through the primary pathway (2018 amount)",
        30,
        "verified",
        ["arrt-renewal-fees-2018"],
        "2018 figures; current amounts are probably a little higher. Check arrt.org.",
      ),
    },
    credits: {
      amount: 24,
      unit: "CE credits",
      periodYears: 2,
      description: "CE credits per two-year biennium.",
      ...prov(
        "unverified",
        [],
        "Widely reported (the reference tags it as secondary without naming the page). Confirm on arrt.org's continuing education requirements.",
      ),
    },
    details: [
      fact(
        "In 2018 renewal cost $45 a year if the credential was earned using a non-ARRT supporting credential such as ARDMS, plus $15 for each additional ARRT credential.",
        "verified",
        ["arrt-renewal-fees-2018"],
      ),
      fact(
        "Credentials earned from 1 January 2011 carry Continuing Qualifications Requirements every 10 years: a professional profile, a structured self-assessment and any CE it prescribes, done within a three-year window at the end of the 10 years. Each time-limited credential has its own CQR.",
        "verified",
        ["arrt-cqr"],
      ),
    ],
    ...prov("verified", ["arrt-renewal-fees-2018", "arrt-cqr"]),
  },
  {
    slug: "parca-maintenance",
    issuer: "parca",
    name: "PARCA three-year exam refresh",
    appliesTo: ["parca-cpas", "parca-cpsa", "parca-cdip"],
    details: [
      fact(
        "PARCA refreshes its exams every three years, and holders keep their certification by passing the updated exam every three years.",
        "verified",
        ["healthimaginghub-parca", "parca-cpas"],
      ),
      fact(
        "This replaced the earlier rule of 60 CE hours plus a retake every five years.",
        "verified",
        ["healthimaginghub-parca"],
      ),
      fact(
        "Current fees are not recorded here.",
        "unverified",
        [],
        "Check pacsadmin.org for current exam fees.",
      ),
    ],
    ...prov("verified", ["healthimaginghub-parca", "parca-cpas"], "Based on a 2017 announcement."),
  },
  {
    slug: "abii-maintenance",
    issuer: "abii",
    name: "ABII annual renewal and CE",
    appliesTo: ["abii-ciip"],
    renewalFee: {
      period: "annual",
      ...fee("Annual renewal fee", 70, "verified", ["abii-maintaining"]),
    },
    credits: {
      amount: 24,
      unit: "CE credits",
      periodYears: 2,
      description: "CE credits every two years, in line with the current test content outline.",
      ...prov("verified", ["abii-maintaining", "abii-recertification-2014"]),
    },
    details: [
      fact(
        "The fee is due by 31 December. From 1 January to 31 March a $20 late fee applies; after that the certification is discontinued.",
        "verified",
        ["abii-maintaining"],
      ),
      fact(
        "Every 10 years there are further requirements (a quality-improvement project is one option), but no retest.",
        "verified",
        ["abii-maintaining", "abii-recertification-2014"],
      ),
    ],
    ...prov("verified", ["abii-maintaining"]),
  },
  {
    slug: "ahra-cra-maintenance",
    issuer: "ahra",
    name: "CRA recertification",
    appliesTo: ["ahra-cra"],
    renewalFee: {
      period: "triennial",
      ...fee("Recertification fee", 175, "verified", ["cra-recertification"]),
    },
    credits: {
      amount: 36,
      unit: "CE credits",
      periodYears: 3,
      description:
        "CE credits every three years, no more than 18 from any one of the five domains.",
      ...prov("verified", ["cra-recertification"]),
    },
    details: [
      fact(
        "Passing the exam counts as 12 CE credits toward your first three-year period.",
        "verified",
        ["cra-recertification"],
      ),
    ],
    ...prov("verified", ["cra-recertification"]),
  },
];
