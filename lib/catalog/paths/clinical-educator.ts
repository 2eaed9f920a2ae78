import { oneOf, prov, req } from "../builders";
import { articleFigures, blsHealthTeachers } from "../figures";
import type { CatalogPath } from "../types";

export const clinicalEducator: CatalogPath = {
  slug: "clinical-educator",
  title: "Clinical Educator",
  category: "teaching",
  tagline: "Teach sonography to students or staff, in a college program or at the bedside.",
  overview: [
    "Clinical educators teach sonography: in a college program's classrooms and scanning labs, or by training students and staff within an imaging department.",
    "Credentials and clinical experience come first, since programs document their instructors' credentials for accreditation. For college teaching the BLS notes that a doctorate is typical for postsecondary teachers, though a master's can be enough at community colleges and field experience counts for technical subjects.",
    "A master's in sonography or in health professions education is a common route. Familiarity with adult learning theory is expected, and health professions education programs teach it.",
  ],
  educationSummary: "Registry credential; master's in sonography or health professions education",
  figures: { article: articleFigures.clinicalEducator, bls: blsHealthTeachers },
  steps: [
    {
      key: "educator-registry",
      title: "Hold an active sonography credential",
      description:
        "Teach from a credential in the specialty you teach. Sonography programs have to document their clinical instructors' credentials.",
      satisfiedBy: oneOf(
        "clinical-educator-registry",
        "One of",
        req("ardms-rdms"),
        req("ardms-rdcs"),
        req("ardms-rvt"),
        req("arrt-s"),
        req("cci-rcs"),
        req("cci-rvs"),
      ),
      necessity: "typical",
    },
    {
      key: "educator-clinical-experience",
      title: "Build clinical experience",
      description:
        "Several years of scanning give you the cases and judgment to teach from. The number of years is a placeholder: employers set their own.",
      satisfiedBy: req("exp-sonography-3-years"),
      necessity: "typical",
    },
    {
      key: "educator-teaching-experience",
      title: "Gain teaching experience",
      description:
        "Precept students, train new staff or help develop curriculum. Programs review education experience when they appoint key staff.",
      satisfiedBy: req("exp-teaching"),
      necessity: "typical",
    },
    {
      key: "educator-adult-learning",
      title: "Learn adult learning theory",
      description: "Learn how adults learn and apply it to lectures, labs and clinical teaching.",
      satisfiedBy: req("training-adult-learning"),
      necessity: "typical",
    },
    {
      key: "educator-masters",
      title: "Earn a master's degree",
      description:
        "A master's in sonography or in health professions education qualifies you for more teaching roles, particularly in colleges.",
      satisfiedBy: oneOf(
        "clinical-educator-masters",
        "One of",
        req("degree-master-sonography"),
        req("degree-master-hpe"),
      ),
      necessity: "typical",
    },
  ],
  maintenance: ["ardms-maintenance", "arrt-maintenance", "cci-maintenance"],
  provenance: prov("secondary", [
    "study-com-2019",
    "bls-ooh-postsecondary-teachers",
    "jrcdms-faqs",
    "evms-mhpe-outcomes",
  ]),
};
