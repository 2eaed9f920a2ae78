/** AHRA Certified Radiology Administrator. */
import { estimate, fact, fee, prov, route } from "../builders";
import type { CatalogRequirement } from "../types";

export const ahraRequirements: CatalogRequirement[] = [
  {
    slug: "ahra-cra",
    kind: "credential",
    issuer: "ahra",
    code: "CRA",
    name: "Certified Radiology Administrator (CRA)",
    summary:
      "The imaging-management credential from AHRA, governed by the independent RACC. You need seven points from administrative experience, education and credentials, then pass the exam.",
    details: [
      fact(
        "Experience counts one point per year as an imaging administrator, up to six points. That means management, supervisory or administrative work in medical imaging or radiation therapy with responsibility across five areas: asset resources, finances, human resources, operations, and communication and information.",
        "verified",
        ["cra-application"],
      ),
      fact(
        "Points for degrees and professional credentials are not recorded here. Because experience alone tops out at six points, some points must come from education or credentials.",
        "unverified",
        ["cra-application"],
        "The stored application is cut off after the experience rule. Check the current CRA application for the education and credential point values.",
      ),
      fact(
        "Neither AHRA membership nor an ARRT or other registry credential is required.",
        "verified",
        ["ahra-what-to-know-cra-2016"],
      ),
      fact(
        "The exam is computer-based and given in testing windows (for example May and November) through Meazure Learning. The first exam was given in 2002.",
        "verified",
        ["cra-exam-policies", "ahra-what-to-know-cra-2016"],
      ),
      fact(
        "A failed exam can be retaken no sooner than three months after the last attempt, with no limit on attempts.",
        "verified",
        ["cra-retake"],
      ),
      fact(
        "The first-attempt exam fee and the number of questions are not recorded here.",
        "unverified",
        [],
        "Check the CRA exam policies on crainfo.org.",
      ),
      fact("Many imaging-manager job postings list the CRA as preferred.", "verified", [
        "cra-15-year",
      ]),
    ],
    eligibility: [
      route(
        "Seven points",
        "At least seven points from experience as an imaging administrator, education and/or professional credentials.",
        "verified",
        ["cra-application"],
        "Only the experience point values (one a year, up to six) are recorded.",
      ),
    ],
    prerequisites: [
      {
        slug: "exp-imaging-administrator",
        reason:
          "Imaging-administrator experience is the main source of points (one a year, up to six); how many years you need depends on your education and credential points.",
      },
    ],
    fees: [
      fee("Exam retake, AHRA members", 300, "verified", ["cra-retake"]),
      fee("Exam retake, non-members", 475, "verified", ["cra-retake"]),
      fee("Late application", 50, "verified", ["cra-retake"]),
      fee("Score review", 50, "verified", ["cra-retake"]),
      fee("Rescheduling, cancelling or moving to a later window (once)", 100, "verified", [
        "cra-exam-policies",
      ]),
    ],
    typicalDuration: estimate(6),
    maintenance: "ahra-cra-maintenance",
    provenance: prov("verified", ["cra-application", "cra-exam-policies"]),
  },
];
