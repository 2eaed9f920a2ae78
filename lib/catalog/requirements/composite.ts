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
      "Any one of ARDMS RDMS, RDCS or RVT, ARRT Sonography, or CCI RCS, RVS or RCCS, kept active: what imaging employers usually expect.",
    details: [
      fact(
        "Imaging managers are usually expected to hold an active modality registry credential.",
        "secondary",
        ["healthcare-admin-degree-imaging-manager", "torchora-imaging-manager"],
      ),
      fact(
        "ARRT's postprimary pathways do not accept CCI credentials as the supporting credential; see ARRT's own supporting-credential requirement.",
        "verified",
        ["arrt-supporting-categories"],
      ),
    ],
    earnedBy: oneOf(
      "any-sonography-registry-any",
      "Any one of",
      req("ardms-rdms"),
      req("ardms-rdcs"),
      req("ardms-rvt"),
      req("arrt-s"),
      req("cci-rcs"),
      req("cci-rvs"),
      req("cci-rccs"),
    ),
    typicalDuration: estimate(0, NO_TIME_OF_ITS_OWN),
    provenance: prov(
      "secondary",
      ["healthcare-admin-degree-imaging-manager", "torchora-imaging-manager"],
      "Which registries an employer accepts is the employer's choice; these are the sonography registries in this catalog.",
    ),
  },
  {
    slug: "arrt-supporting-sonography",
    kind: "other",
    issuer: "arrt",
    name: "A sonography credential ARRT accepts as supporting (ARRT or ARDMS)",
    summary:
      "ARRT Sonography or an ARDMS sonography credential, kept active: the supporting credential for ARRT's breast and vascular sonography postprimary pathways. CCI credentials are not accepted.",
    details: [
      fact(
        "ARRT accepts a sonography credential from ARRT or ARDMS as the supporting credential for its breast and vascular sonography postprimary pathways.",
        "verified",
        ["arrt-supporting-categories"],
      ),
      fact(
        "ARRT names 'Sonography (ARDMS)' without saying which ARDMS credentials count: RDMS is listed here as the plain reading; whether RDCS or RVT also count is not recorded.",
        "unverified",
        ["arrt-supporting-categories"],
        "Confirm with ARRT which ARDMS credentials count as 'Sonography'.",
      ),
    ],
    earnedBy: oneOf(
      "arrt-supporting-sonography-any",
      "Any one of",
      req("ardms-rdms"),
      req("ardms-rdcs"),
      req("ardms-rvt"),
      req("arrt-s"),
    ),
    typicalDuration: estimate(0, NO_TIME_OF_ITS_OWN),
    provenance: prov(
      "unverified",
      ["arrt-supporting-categories"],
      "ARRT names 'Sonography (ARDMS)' without listing which ARDMS credentials count; RDCS and RVT are included here unconfirmed. Confirm with ARRT.",
    ),
  },
];
