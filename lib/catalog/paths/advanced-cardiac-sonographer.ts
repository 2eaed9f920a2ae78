import { prov, req } from "../builders";
import { blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const advancedCardiacSonographer: CatalogPath = {
  slug: "advanced-cardiac-sonographer",
  title: "Advanced Cardiac Sonographer",
  category: "clinical",
  tagline: "Take echo experience further with CCI's Advanced Cardiac Sonographer (ACS).",
  overview: [
    "CCI's Advanced Cardiac Sonographer credential is for experienced echo sonographers and a natural next step after the Echocardiographer path.",
    "The ACS2 pathway asks for graduation from a programmatically accredited echo program, an active echo registry credential (RCS, RCCS or RDCS) and seven years of clinical experience as a registered echo sonographer. CCI anticipates about 8,000 echo studies over that time but does not require it. The ACS3 pathway takes health-science graduates with an echo credential; its years of experience are not recorded here.",
  ],
  educationSummary: "Echo credential + 7 years registered, then CCI ACS",
  figures: { bls: blsSonographers },
  steps: [
    {
      key: "acs-echo-credential",
      title: "Hold an active echo registry credential",
      description: "ARDMS RDCS, CCI RCS or CCI RCCS, kept active.",
      satisfiedBy: req("echo-registry-credential"),
      necessity: "required",
    },
    {
      key: "acs-experience",
      title: "Work seven years as a registered echo sonographer",
      description:
        "Clinical echo experience while holding your credential. This is the ACS2 figure; ACS3's is not recorded.",
      satisfiedBy: req("exp-registered-echo-7-years"),
      necessity: "required",
    },
    {
      key: "acs-credential",
      title: "Earn the Advanced Cardiac Sonographer (ACS) credential",
      description: "Pass CCI's advanced-level echo exam.",
      satisfiedBy: req("cci-acs"),
      necessity: "required",
    },
  ],
  maintenance: ["cci-maintenance", "ardms-maintenance"],
  provenance: prov(
    "verified",
    ["cci-acs-overview-2018"],
    "Based on a 2018 CCI overview; check the current one.",
  ),
};
