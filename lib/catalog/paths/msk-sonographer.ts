import { prov, req } from "../builders";
import { blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const mskSonographer: CatalogPath = {
  slug: "msk-sonographer",
  title: "Musculoskeletal Sonographer",
  category: "clinical",
  tagline: "Image muscles, tendons, ligaments and joints with ARDMS's RMSKS.",
  overview: [
    "Musculoskeletal sonographers use ultrasound to examine muscles, tendons, ligaments, nerves and joints.",
    "The sonographer credential is ARDMS's RMSKS: SPI plus the MSKS specialty exam, available since July 2015. Keeping it takes 10 musculoskeletal CME credits among the 30 due each three-year period.",
    "Do not confuse it with RMSK, which now belongs to APCA and is only for physicians and advanced providers such as nurse practitioners, physician assistants and physical therapists.",
  ],
  educationSummary: "ARDMS RMSKS (SPI + MSKS)",
  figures: { bls: blsSonographers },
  steps: [
    {
      key: "msk-eligibility",
      title: "Build the clinical experience to qualify",
      description:
        "Most working sonographers qualify for ARDMS specialty exams with 12 months of full-time clinical ultrasound work; graduates of accredited programs or holders of another registry credential may not need it.",
      satisfiedBy: req("exp-clinical-12-months"),
      necessity: "typical",
    },
    {
      key: "msk-credential",
      title: "Earn RMSKS",
      description: "Pass SPI and the MSKS specialty exam within ARDMS's five-year window.",
      satisfiedBy: req("ardms-rmsks"),
      necessity: "required",
    },
  ],
  maintenance: ["ardms-maintenance"],
  provenance: prov("verified", ["ardms-msk-exam", "apca-rmsk-guide", "ardms-cme"]),
};
