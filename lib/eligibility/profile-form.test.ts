import { describe, expect, it } from "vitest";
import { parseProfileForm, toFormValues } from "./profile-form";
import { parseStoredProfile, planRecordAnswers, toEligibilityProfile } from "./stored-profile";
import { eligibilityFor } from "./engine";

const TODAY = "2026-11-30";

describe("the profile form", () => {
  it("an empty form answers nothing (unknown is not no)", () => {
    expect(parseProfileForm({}, TODAY)).toEqual({ ok: true, profile: { version: 1 } });
  });

  it("the radiographer: two-year allied-health program, 7 months of general work, R.T.(R)", () => {
    const parsed = parseProfileForm(
      {
        "prog.status": "none",
        "edu.allied2y": "yes",
        "edu.degree": "associate",
        "edu.field": "radiography",
        "exp.general.months": "7",
        "other.arrt-r": "on",
        "other.arrt-r.date": "2020-06-01",
      },
      TODAY,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.profile).toMatchObject({
      education: { programs: [], alliedHealthTwoYear: true, highestDegree: "associate" },
      experience: { clinical: { general: { fullTimeMonths: 7 } } },
      otherCredentials: [{ slug: "arrt-r", earnedOn: "2020-06-01" }],
    });
    const profile = toEligibilityProfile({
      stored: parsed.profile,
      held: [],
      legacyExperienceMonths: null,
      credentialsAnswered: true,
      today: TODAY,
    });
    const ab = eligibilityFor("ardms-ab", profile);
    expect(ab.outcome).toBe("not_yet");
    expect(ab.summary).toContain("5 more months");
    // Round trip.
    expect(parseProfileForm(toFormValues(parsed.profile, 1), TODAY)).toEqual(parsed);
  });

  it("bad input: a message beside the field", () => {
    const parsed = parseProfileForm(
      { "exp.general.months": "-3", "prog.status": "enrolled", "ce.hours": "20" },
      TODAY,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors["exp.general.months"]).toEqual(["Months can't be negative."]);
    expect(parsed.errors["prog.date"]).toEqual(["Give your expected graduation date."]);
    expect(parsed.errors["ce.date"]).toBeDefined();
  });

  it("migrated experience (area not stated) stays 'can't tell' for area rules until split", () => {
    const stored = parseStoredProfile({
      experience: { clinical: { unspecified: { fullTimeMonths: 24 } } },
      splitLegacyExperience: true,
    });
    const profile = toEligibilityProfile({
      stored,
      held: [],
      legacyExperienceMonths: null,
      credentialsAnswered: true,
      today: TODAY,
    });
    expect(planRecordAnswers(stored, profile).experience["exp-clinical-12-months"]?.done).toBe(
      true,
    );
  });

  it("the legacy number, if a row still has it, reads as clinical work with no area stated", () => {
    const profile = toEligibilityProfile({
      stored: {},
      held: [],
      legacyExperienceMonths: 30,
      credentialsAnswered: false,
      today: TODAY,
    });
    expect(profile.experience?.clinical).toEqual({ unspecified: { fullTimeMonths: 30 } });
    expect(profile.credentials).toBeUndefined();
  });
});
