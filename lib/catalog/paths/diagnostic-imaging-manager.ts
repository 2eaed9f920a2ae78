import { prov, req } from "../builders";
import { articleFigures, blsHealthManagers } from "../figures";
import type { CatalogPath } from "../types";

export const diagnosticImagingManager: CatalogPath = {
  slug: "diagnostic-imaging-manager",
  title: "Diagnostic Imaging Manager",
  category: "leadership",
  tagline: "Lead an imaging department's people, budget and operations.",
  overview: [
    "Imaging managers run a department's staff, budget, equipment and day-to-day operations. Many reach the role by moving up from staff sonographer or technologist to lead, then imaging supervisor.",
    "The BLS lists a bachelor's degree as the usual entry education for health services managers, along with experience in a healthcare setting. Degrees in health administration, imaging sciences or business are common, a master's such as an MHA or MBA is often preferred, and employers usually expect an active registry credential too.",
    "AHRA's Certified Radiology Administrator (CRA) is listed as preferred in many postings. Its eligibility counts years of imaging-administration experience, so it tends to come after some time as a supervisor.",
  ],
  educationSummary: "Bachelor's (MHA or MBA often preferred); CRA preferred",
  figures: { article: articleFigures.diagnosticImagingManager, bls: blsHealthManagers },
  steps: [
    {
      key: "manager-registry",
      title: "Hold an active registry credential",
      description:
        "Employers usually expect imaging managers to hold an active modality credential from ARDMS or ARRT.",
      satisfiedBy: req("any-sonography-registry"),
      necessity: "typical",
    },
    {
      key: "manager-clinical-experience",
      title: "Build clinical experience",
      description:
        "Postings commonly ask for several years of clinical work. The number of years is a placeholder: compare it with the postings you target.",
      satisfiedBy: req("exp-sonography-3-years"),
      necessity: "typical",
    },
    {
      key: "manager-bachelors",
      title: "Earn a bachelor's degree",
      description:
        "Health or healthcare administration, radiologic or imaging sciences, health science or business are common choices.",
      satisfiedBy: req("degree-bachelor-health-admin"),
      necessity: "typical",
    },
    {
      key: "manager-supervisory-experience",
      title: "Gain lead or supervisory experience",
      description:
        "Time as a lead sonographer or imaging supervisor is the usual step before management, and it also earns CRA eligibility points.",
      satisfiedBy: req("exp-lead-supervisory"),
      necessity: "typical",
    },
    {
      key: "manager-masters",
      title: "Consider a master's in health administration or business",
      description:
        "An MHA or MBA is often preferred and makes you more competitive for manager roles.",
      satisfiedBy: req("degree-master-health-admin"),
      necessity: "typical",
    },
    {
      key: "manager-cra",
      title: "Earn the Certified Radiology Administrator (CRA)",
      description:
        "Collect seven points from administrative experience, education and credentials, then pass the exam. Many postings list it as preferred.",
      satisfiedBy: req("ahra-cra"),
      necessity: "typical",
    },
  ],
  maintenance: ["ardms-maintenance", "arrt-maintenance", "ahra-cra-maintenance"],
  provenance: prov("secondary", [
    "study-com-2019",
    "bls-ooh-managers",
    "healthcare-admin-degree-imaging-manager",
    "cra-15-year",
  ]),
};
