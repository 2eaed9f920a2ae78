import { oneOf, prov, req } from "../builders";
import { blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const vascularTechnologist: CatalogPath = {
  slug: "vascular-technologist",
  title: "Vascular Technologist",
  category: "clinical",
  tagline: "Specialize in ultrasound of arteries and veins with RVT, RVS or ARRT VS.",
  overview: [
    "Vascular technologists use ultrasound to study blood vessels: carotid and transcranial Doppler, peripheral arterial testing, venous studies and abdominal (visceral) vessels.",
    "Three credentials fit. ARDMS's RVT pairs SPI with the Vascular Technology exam. CCI's RVS is a single exam. ARRT's Vascular Sonography is earned through a vascular program or added on top of a supporting credential such as RDMS, and the vascular lab accreditor IAC recognizes it.",
  ],
  educationSummary: "Vascular credential (RVT, RVS or ARRT VS)",
  figures: { bls: blsSonographers },
  steps: [
    {
      key: "vascular-education",
      title: "Have the education an eligibility route builds on",
      description:
        "ARDMS pairs experience with a two-year allied health program or any bachelor's; CCI with a health-science diploma or degree. Graduates of accredited vascular programs qualify through their program instead.",
      satisfiedBy: oneOf(
        "vascular-technologist-education",
        "One of",
        req("degree-associate-allied-health"),
        req("degree-bachelor"),
      ),
      necessity: "typical",
    },
    {
      key: "vascular-eligibility",
      title: "Build vascular experience",
      description:
        "ARDMS asks for 12 months of full-time clinical ultrasound or vascular work; CCI's RVS235 pathway asks for a year of vascular work and 600 vascular studies.",
      satisfiedBy: oneOf(
        "vascular-technologist-eligibility",
        "One of",
        req("exp-clinical-12-months"),
        req("exp-vascular-600-studies"),
      ),
      necessity: "typical",
    },
    {
      key: "vascular-credential",
      title: "Earn a vascular credential",
      description:
        "Pass SPI and VT for ARDMS RVT, CCI's RVS exam, or qualify for ARRT Vascular Sonography through a vascular program or the postprimary pathway.",
      satisfiedBy: oneOf(
        "vascular-technologist-credential",
        "One of",
        req("ardms-rvt"),
        req("cci-rvs"),
        req("arrt-vs"),
      ),
      necessity: "required",
    },
  ],
  maintenance: ["ardms-maintenance", "cci-maintenance", "arrt-maintenance"],
  provenance: prov("verified", ["ardms-get-certified", "cci-rvs", "arrt-vs-primary-2020"]),
};
