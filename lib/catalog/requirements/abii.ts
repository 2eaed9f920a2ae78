/** ABII Certified Imaging Informatics Professional. */
import { estimate, fact, fee, prov, route } from "../builders";
import type { CatalogRequirement } from "../types";

export const abiiRequirements: CatalogRequirement[] = [
  {
    slug: "abii-ciip",
    kind: "credential",
    issuer: "abii",
    code: "CIIP",
    name: "Certified Imaging Informatics Professional (CIIP)",
    summary:
      "ABII's imaging informatics credential. You qualify by collecting seven points from experience, education and credentials or CE, then pass a 160-question exam.",
    details: [
      fact(
        "Experience counts 2 to 5 points: one point for each 12 months worked as a credentialed imaging professional (a registered sonographer qualifies), a healthcare IT or informatics professional, or a non-certified military radiologic technologist.",
        "verified",
        ["abii-seven-point", "abii-qualification"],
      ),
      fact(
        "Academic education counts 0 to 5 points: 1 for at least 30 semester (45 quarter) credits without a degree, 2 for an associate degree of at least 60 semester credits, 3 for one of at least 90, 4 for a bachelor's and 5 for a master's or doctorate, plus 1 if the degree is in imaging informatics.",
        "verified",
        ["abii-seven-point"],
      ),
      fact(
        "Current certifications and continuing education appear to share one category worth 0 to 4 points. CE earns one point per 18 hours taken within a recent period.",
        "unverified",
        ["abii-seven-point", "abii-qualification"],
        "The 18-hours-per-point rule is on ABII's pages, but the shared 4-point cap is inferred from a cut-off chart, and the CE look-back period is cut off. Check ABII's chart.",
      ),
      fact(
        "Which certifications earn points, and how many each, is not recorded here.",
        "unverified",
        [],
        "The stored ABII chart is cut off. Check the Seven-Point Qualification System page on abii.org.",
      ),
      fact(
        "For example, a registered sonographer with three years of experience (3 points) and a bachelor's degree (4 points) reaches seven points without any certification points.",
        "verified",
        ["abii-seven-point"],
        "Worked out from the published point values.",
      ),
      fact(
        "The exam has 160 multiple-choice questions across 10 knowledge domains (since March 2020). It is taken on demand at Pearson VUE centers, which ARRT contracts on ABII's behalf.",
        "verified",
        ["abii-about-exam"],
      ),
      fact(
        "Candidates get up to three attempts or 12 months, whichever comes first, to pass.",
        "verified",
        ["abii-about-exam"],
      ),
    ],
    eligibility: [
      route(
        "Seven-Point Qualification System",
        "At least seven points in total, meeting each category's minimum, from experience (2 to 5 points), academic education (0 to 5) and certifications or CE (0 to 4).",
        "verified",
        ["abii-seven-point", "abii-qualification"],
        "The certification and CE category's exact contents are not recorded.",
      ),
    ],
    prerequisites: [
      {
        slug: "exp-imaging-professional-2-years",
        reason:
          "The experience category has a two-point minimum: at least 24 months as an imaging, IT or informatics professional.",
      },
    ],
    fees: [
      fee("Exam", 500, "verified", ["abii-about-exam"]),
      fee("Exam retake", 250, "verified", ["abii-about-exam"]),
    ],
    typicalDuration: estimate(4),
    maintenance: "abii-maintenance",
    provenance: prov("verified", ["abii-seven-point", "abii-qualification", "abii-about-exam"]),
  },
];
