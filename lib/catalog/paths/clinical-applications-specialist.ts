import { oneOf, prov, req } from "../builders";
import type { CatalogPath } from "../types";

export const clinicalApplicationsSpecialist: CatalogPath = {
  slug: "clinical-applications-specialist",
  title: "Clinical Applications Specialist",
  category: "technology",
  tagline: "Work for an ultrasound vendor, training customers on new equipment.",
  overview: [
    "Clinical applications specialists work for ultrasound equipment vendors, helping customers' sonographers and physicians learn to use new systems.",
    "No credential is specific to the role. Vendors usually look for an active registry credential (often in several specialties), a few years of clinical scanning and preferably a bachelor's degree. Expect a lot of travel. These are typical expectations, not published rules.",
  ],
  educationSummary: "Registry credentials; a few years of scanning; bachelor's preferred",
  figures: {},
  steps: [
    {
      key: "applications-registry",
      title: "Hold an active registry credential",
      description:
        "Vendors usually want RDMS, RDCS or RVT, often more than one, matching the systems you would support.",
      satisfiedBy: oneOf(
        "applications-specialist-registry",
        "One or more of",
        req("ardms-rdms"),
        req("ardms-rdcs"),
        req("ardms-rvt"),
      ),
      necessity: "typical",
    },
    {
      key: "applications-experience",
      title: "Build several years of clinical scanning",
      description:
        "Commonly about three to five years. The number is a placeholder: compare it with the postings you target.",
      satisfiedBy: req("exp-sonography-3-years"),
      necessity: "typical",
    },
    {
      key: "applications-bachelors",
      title: "Consider a bachelor's degree",
      description: "Often listed as preferred.",
      satisfiedBy: req("degree-bachelor"),
      necessity: "typical",
    },
  ],
  maintenance: ["ardms-maintenance"],
  provenance: prov(
    "unverified",
    [],
    "From memory, not checked against sources: the typical credentials, years of experience, degree and travel vary by vendor. Compare against current job postings.",
  ),
};
