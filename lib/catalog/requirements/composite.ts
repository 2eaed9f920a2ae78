/**
 * "Any one of" credentials used as prerequisites. Prerequisites cannot hold a oneOf, so each is a
 * requirement of kind "other" whose earnedBy lists the credentials that satisfy it.
 */
import { estimate, fact, oneOf, prov, req } from "../builders";
import type { CatalogRequirement } from "../types";

const NO_TIME_OF_ITS_OWN =
  "Met by a credential you earn elsewhere in the plan; takes no time of its own.";

export const compositeRequirements: CatalogRequirement[] = [
  {
    slug: "echo-registry-credential",
    kind: "other",
    issuer: "employer",
    name: "An active echo registry credential",
    summary:
      "Any one of ARDMS RDCS, CCI RCS or CCI RCCS, kept active. CCI's Advanced Cardiac Sonographer exam requires one.",
    details: [
      fact(
        "CCI lists RCS, RCCS and RDCS as the echo registry credentials that open the ACS exam.",
        "verified",
        ["cci-acs-overview-2018"],
      ),
    ],
    earnedBy: oneOf(
      "echo-registry-credential-any",
      "Any one of",
      req("ardms-rdcs"),
      req("cci-rcs"),
      req("cci-rccs"),
    ),
    typicalDuration: estimate(0, NO_TIME_OF_ITS_OWN),
    provenance: prov("verified", ["cci-acs-overview-2018"]),
  },
  {
    slug: "any-sonography-registry",
    kind: "other",
    issuer: "employer",
    name: "An active sonography registry credential",
    summary:
      "Any one of ARDMS RDMS, RDCS or RVT, or ARRT Sonography, kept active. It serves as the supporting credential for ARRT breast sonography and is what imaging employers usually expect.",
    details: [
      fact(
        "ARRT accepts a sonography credential from ARRT or ARDMS as the supporting credential for its breast and vascular sonography postprimary pathways.",
        "verified",
        ["arrt-supporting-categories"],
      ),
      fact(
        "Imaging managers are usually expected to hold an active modality registry credential from ARDMS or ARRT.",
        "secondary",
        ["healthcare-admin-degree-imaging-manager", "torchora-imaging-manager"],
      ),
    ],
    earnedBy: oneOf(
      "any-sonography-registry-any",
      "Any one of",
      req("ardms-rdms"),
      req("ardms-rdcs"),
      req("ardms-rvt"),
      req("arrt-s"),
    ),
    typicalDuration: estimate(0, NO_TIME_OF_ITS_OWN),
    provenance: prov(
      "verified",
      ["arrt-supporting-categories"],
      "ARRT names 'Sonography (ARDMS)' without listing which ARDMS credentials count; this list assumes RDMS, RDCS and RVT. Confirm with ARRT.",
    ),
  },
];
