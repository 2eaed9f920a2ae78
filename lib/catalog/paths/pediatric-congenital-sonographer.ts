import { allOf, oneOf, prov, req } from "../builders";
import { blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const pediatricCongenitalSonographer: CatalogPath = {
  slug: "pediatric-congenital-sonographer",
  title: "Pediatric and Congenital Sonographer",
  category: "clinical",
  tagline: "Specialize in children's ultrasound or congenital heart disease.",
  overview: [
    "Pediatric sonographers scan infants and children; congenital cardiac sonographers image hearts with congenital defects in children and adults.",
    "Three credentials fit: ARDMS RDMS with the Pediatric Sonography (PS) specialty, ARDMS RDCS with Pediatric Echocardiography (PE), or CCI's Registered Congenital Cardiac Sonographer (RCCS). CCI's RCCS eligibility pathways are not recorded here, so check them with CCI.",
    "Fetal echocardiography (FE) is a related ARDMS specialty. It can count toward RDMS or RDCS, but once taken under one it cannot be moved to the other.",
  ],
  educationSummary: "RDMS (PS), RDCS (PE) or CCI RCCS",
  figures: { bls: blsSonographers },
  steps: [
    {
      key: "pediatric-eligibility",
      title: "Build the clinical experience to qualify",
      description:
        "Most working sonographers qualify for ARDMS specialty exams with 12 months of full-time clinical ultrasound work; graduates of accredited programs or holders of another registry credential may not need it.",
      satisfiedBy: req("exp-clinical-12-months"),
      necessity: "typical",
    },
    {
      key: "pediatric-credential",
      title: "Earn a pediatric or congenital credential",
      description:
        "Add the PS specialty to RDMS, the PE specialty to RDCS (or earn either credential with it), or pass CCI's RCCS exam.",
      satisfiedBy: oneOf(
        "pediatric-congenital-credential",
        "One of",
        allOf(
          "pediatric-congenital-rdms-ps",
          "RDMS with Pediatric Sonography (PS)",
          req("ardms-rdms"),
          req("ardms-ps"),
        ),
        allOf(
          "pediatric-congenital-rdcs-pe",
          "RDCS with Pediatric Echocardiography (PE)",
          req("ardms-rdcs"),
          req("ardms-pe"),
        ),
        req("cci-rccs"),
      ),
      necessity: "required",
    },
  ],
  maintenance: ["ardms-maintenance", "cci-maintenance"],
  provenance: prov(
    "verified",
    ["ardms-get-certified", "ultrasounddegree-cci"],
    "CCI's RCCS eligibility pathways are unconfirmed.",
  ),
};
