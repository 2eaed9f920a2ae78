import { oneOf, prov, req } from "../builders";
import { articleFigures, blsSonographers } from "../figures";
import type { CatalogPath } from "../types";

export const echocardiographer: CatalogPath = {
  slug: "echocardiographer",
  title: "Echocardiographer",
  category: "clinical",
  tagline: "Specialize in ultrasound of the heart with an ARDMS or CCI echo credential.",
  overview: [
    "Echocardiographers, also called cardiac sonographers, use ultrasound to image the heart's chambers, valves and blood flow so that physicians can diagnose heart disease.",
    "Two credentials fit. ARDMS's RDCS takes two exams, the SPI physics exam plus an adult, pediatric or fetal echo specialty, both passed within ARDMS's five-year window. CCI's RCS is a single exam with physics built in.",
    "Working sonographers usually qualify through a year of full-time clinical work (ARDMS) or a year of cardiac work with at least 600 studies (CCI); graduates of accredited echo programs can often apply straight away. With years of registered echo experience, CCI's Advanced Cardiac Sonographer credential is a natural next step.",
  ],
  educationSummary: "Echo credential (RDCS or RCS)",
  figures: { article: articleFigures.echocardiographer, bls: blsSonographers },
  steps: [
    {
      key: "echo-education",
      title: "Have the education an eligibility route builds on",
      description:
        "Both registries pair experience with education: ARDMS with a two-year allied health program or any bachelor's degree, CCI with a health-science diploma or degree. Graduates of accredited sonography programs qualify through their program instead.",
      satisfiedBy: oneOf(
        "echocardiographer-education",
        "One of",
        req("degree-associate-allied-health"),
        req("degree-bachelor"),
      ),
      necessity: "typical",
    },
    {
      key: "echo-eligibility",
      title: "Build the clinical experience to qualify",
      description:
        "ARDMS asks for 12 months of full-time clinical ultrasound work alongside that education; CCI's RCS235 pathway asks for a year of cardiac ultrasound work and 600 cardiac studies. Not needed if you qualify through an accredited program.",
      satisfiedBy: oneOf(
        "echocardiographer-eligibility",
        "One of",
        req("exp-clinical-12-months"),
        req("exp-cardiac-600-studies"),
      ),
      necessity: "typical",
    },
    {
      key: "echo-credential",
      title: "Earn an echocardiography credential",
      description:
        "Pass SPI and an echo specialty (AE, PE or FE) for ARDMS RDCS, or CCI's single RCS exam. Either one is widely recognized for echo work.",
      satisfiedBy: oneOf(
        "echocardiographer-credential",
        "One of",
        req("ardms-rdcs"),
        req("cci-rcs"),
      ),
      necessity: "required",
    },
  ],
  maintenance: ["ardms-maintenance", "cci-maintenance"],
  provenance: prov("secondary", ["study-com-2019", "ardms-get-certified", "cci-rcs"]),
};
