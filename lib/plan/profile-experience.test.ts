import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { profileExperience } from "@/lib/eligibility/experience-credit";
import type { EligibilityProfile } from "@/lib/eligibility/types";
import { buildPlanView } from "./plan-view";
import { requirementStatus } from "./requirement-state";
import { TODAY, planInput, records } from "./test-utils";

const fromProfile = (profile: Omit<EligibilityProfile, "today">) =>
  records({ experience: profileExperience({ today: TODAY, ...profile }) });
const status = (slug: string, profile: Omit<EligibilityProfile, "today">) =>
  requirementStatus(slug, fromProfile(profile), TODAY, catalog);

describe("rule fix 5: the profile's experience completes CIIP's two-year minimum (points → months)", () => {
  it("24 months as an imaging, IT or informatics professional complete it", () => {
    const s = status("exp-imaging-professional-2-years", {
      experience: { imagingProfessionalMonths: 24 },
    });
    expect(s.done).toBe(true);
    expect(s.note).toContain("profile");
  });

  it("18 months do not", () => {
    const r = fromProfile({ experience: { imagingProfessionalMonths: 18 } });
    expect(requirementStatus("exp-imaging-professional-2-years", r, TODAY, catalog).done).toBe(
      false,
    );
  });

  it("the plan's estimate counts what the profile still lacks: 7 of 12 months leave 5", () => {
    const r = fromProfile({ experience: { clinical: { musculoskeletal: { fullTimeMonths: 7 } } } });
    const view = buildPlanView(planInput("msk-sonographer"), r, TODAY, catalog);
    const milestone = view.milestones.find((m) => m.key === "exp-clinical-12-months");
    expect(milestone?.remainingMonths).toBe(5);
  });

  it("years of clinical sonography are a different measure and do not feed it", () => {
    expect(
      status("exp-imaging-professional-2-years", {
        experience: { clinical: { general: { fullTimeMonths: 60 } } },
      }).done,
    ).toBe(false);
  });

  it("the same mapping feeds clinical experience: 12 months of stated work complete 12 months", () => {
    expect(
      status("exp-clinical-12-months", {
        experience: { clinical: { vascular: { fullTimeMonths: 12 } } },
      }).done,
    ).toBe(true);
    expect(
      status("exp-clinical-12-months", {
        experience: { clinical: { vascular: { fullTimeMonths: 7 } } },
      }).done,
    ).toBe(false);
  });
});
