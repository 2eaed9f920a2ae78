import { describe, expect, it } from "vitest";
import { dueWithin, examCountdown, isOverdue } from "./due";
import { TODAY, milestoneOf } from "./test-utils";

describe("examCountdown", () => {
  it("labels today, tomorrow, future and past exams", () => {
    expect(examCountdown("2026-11-24", TODAY)).toEqual({ days: 0, label: "Exam today" });
    expect(examCountdown("2026-11-25", TODAY)).toEqual({ days: 1, label: "Exam tomorrow" });
    expect(examCountdown("2026-12-06", TODAY)).toEqual({ days: 12, label: "Exam in 12 days" });
    expect(examCountdown("2026-11-23", TODAY)).toEqual({ days: -1, label: "Exam was yesterday" });
    expect(examCountdown("2026-11-21", TODAY)).toEqual({ days: -3, label: "Exam was 3 days ago" });
  });

  it("counts calendar days across DST and year ends", () => {
    expect(examCountdown("2026-03-09", "2026-03-07").label).toBe("Exam in 2 days");
    expect(examCountdown("2027-01-01", "2026-12-31").label).toBe("Exam tomorrow");
  });
});

describe("isOverdue", () => {
  it("is true for a target date before today, not done", () => {
    expect(isOverdue(milestoneOf("a", { targetDate: "2026-11-23" }), TODAY)).toBe(true);
    expect(
      isOverdue(milestoneOf("a", { targetDate: "2026-11-23", status: "expired" }), TODAY),
    ).toBe(true);
  });

  it("is false on the target date itself, after it, or without one", () => {
    expect(isOverdue(milestoneOf("a", { targetDate: TODAY }), TODAY)).toBe(false);
    expect(isOverdue(milestoneOf("a", { targetDate: "2026-12-01" }), TODAY)).toBe(false);
    expect(isOverdue(milestoneOf("a"), TODAY)).toBe(false);
  });

  it("is false once done, waived or not applicable", () => {
    for (const extra of [
      { status: "done" as const },
      { status: "waived" as const },
      { notApplicable: true },
    ]) {
      expect(isOverdue(milestoneOf("a", { targetDate: "2026-01-01", ...extra }), TODAY)).toBe(
        false,
      );
    }
  });
});

describe("dueWithin", () => {
  it("includes target or exam dates from today through 30 days ahead", () => {
    expect(dueWithin(milestoneOf("a", { targetDate: TODAY }), TODAY, 30)).toBe(true);
    expect(dueWithin(milestoneOf("a", { examDate: "2026-12-24" }), TODAY, 30)).toBe(true);
    expect(dueWithin(milestoneOf("a", { examDate: "2026-12-25" }), TODAY, 30)).toBe(false);
    expect(dueWithin(milestoneOf("a", { targetDate: "2026-11-23" }), TODAY, 30)).toBe(false);
    expect(
      dueWithin(milestoneOf("a", { targetDate: "2026-11-23", examDate: "2026-12-01" }), TODAY),
    ).toBe(true);
  });

  it("defaults to 30 days", () => {
    expect(dueWithin(milestoneOf("a", { targetDate: "2026-12-24" }), TODAY)).toBe(true);
    expect(dueWithin(milestoneOf("a", { targetDate: "2026-12-25" }), TODAY)).toBe(false);
  });

  it("is false once done, waived or not applicable", () => {
    expect(dueWithin(milestoneOf("a", { examDate: TODAY, status: "done" }), TODAY)).toBe(false);
    expect(dueWithin(milestoneOf("a", { examDate: TODAY, status: "waived" }), TODAY)).toBe(false);
    expect(dueWithin(milestoneOf("a", { examDate: TODAY, notApplicable: true }), TODAY)).toBe(
      false,
    );
  });
});
