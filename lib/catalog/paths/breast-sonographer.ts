import { allOf, oneOf, prov, req } from "../builders";
import { blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const breastSonographer: CatalogPath = {
  slug: "breast-sonographer",
  title: "Breast Sonographer",
  category: "clinical",
  tagline: "Focus on breast ultrasound with the ARDMS breast specialty or ARRT Breast Sonography.",
  overview: [
    "Breast sonographers use ultrasound to examine breast tissue.",
    "There are two credentials. ARDMS awards RDMS with the Breast (BR) specialty for SPI plus the BR exam. ARRT's Breast Sonography is open only through its postprimary pathway: a supporting credential (a sonography credential from ARRT or ARDMS, or ARRT radiography plus mammography), 16 hours of structured education and a verified procedure log from the last 24 months.",
    "ARRT's breast sonography content specifications change on 1 September 2026.",
  ],
  educationSummary: "RDMS (Breast) or ARRT Breast Sonography",
  figures: { bls: blsSonographers },
  steps: [
    {
      key: "breast-eligibility",
      title: "Build the clinical experience to qualify",
      description:
        "For the ARDMS route, most working sonographers qualify with 12 months of full-time clinical ultrasound work; graduates of accredited programs may not need it.",
      satisfiedBy: req("exp-clinical-12-months"),
      necessity: "typical",
    },
    {
      key: "breast-credential",
      title: "Earn a breast sonography credential",
      description:
        "Either add the BR specialty to RDMS (or earn RDMS with it), or earn ARRT Breast Sonography on top of an existing sonography credential.",
      satisfiedBy: oneOf(
        "breast-sonographer-credential",
        "One of",
        allOf(
          "breast-sonographer-rdms-br",
          "RDMS with the Breast (BR) specialty",
          req("ardms-rdms"),
          req("ardms-br"),
        ),
        req("arrt-bs"),
      ),
      necessity: "required",
    },
  ],
  maintenance: ["ardms-maintenance", "arrt-maintenance"],
  provenance: prov("verified", [
    "ardms-get-certified",
    "arrt-supporting-categories",
    "arrt-postprimary",
  ]),
};
