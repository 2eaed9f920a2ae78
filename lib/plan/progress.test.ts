import { describe, expect, it } from "vitest";
import {
  blockedMilestones,
  estimatedCompletion,
  nextActionable,
  progressSummary,
} from "./progress";
import { TODAY, milestoneOf } from "./test-utils";
import type { ChoicePoint, PlanMilestone } from "./types";

const done = (key: string, extra: Partial<PlanMilestone> = {}) =>
  milestoneOf(key, { status: "done", remainingMonths: 0, ...extra });
const todo = (key: string, extra: Partial<PlanMilestone> = {}) => milestoneOf(key, extra);

describe("progressSummary", () => {
  it("an empty plan is 0%", () => {
    expect(progressSummary([])).toEqual({
      done: 0,
      total: 0,
      percent: 0,
      waived: 0,
      notApplicable: 0,
      openChoices: 0,
      explanation: "No milestones to count yet.",
    });
  });

  it("leaves waived milestones out of both numbers", () => {
    const summary = progressSummary([
      done("a"),
      done("b"),
      done("c"),
      todo("d"),
      todo("e", { status: "waived" }),
    ]);
    expect(summary).toMatchObject({ done: 3, total: 4, percent: 75, waived: 1 });
    expect(summary.explanation).toBe("3 of 4 milestones done. 1 waived milestone is not counted.");
  });

  it("leaves not-applicable milestones out too, even if done", () => {
    const summary = progressSummary([
      done("a"),
      todo("b"),
      todo("c", { notApplicable: true, status: "waived" }),
      done("d", { notApplicable: true }),
    ]);
    expect(summary).toMatchObject({ done: 1, total: 2, percent: 50, waived: 0, notApplicable: 2 });
    expect(summary.explanation).toBe(
      "1 of 2 milestones done. 2 milestones marked not applicable are not counted.",
    );
  });

  it("rounds down: 99.6% shows 99, and only all-done shows 100", () => {
    const many = (doneCount: number, total: number) =>
      Array.from({ length: total }, (_, i) => (i < doneCount ? done(`m${i}`) : todo(`m${i}`)));
    expect(progressSummary(many(249, 250)).percent).toBe(99);
    expect(progressSummary(many(2, 3)).percent).toBe(66);
    expect(progressSummary(many(1, 3)).percent).toBe(33);
    expect(progressSummary(many(250, 250)).percent).toBe(100);
    expect(progressSummary(many(0, 7)).percent).toBe(0);
  });

  it("all waived is 0 of 0, so 0%", () => {
    const summary = progressSummary([
      todo("a", { status: "waived" }),
      todo("b", { status: "waived" }),
    ]);
    expect(summary).toMatchObject({ done: 0, total: 0, percent: 0, waived: 2 });
    expect(summary.explanation).toBe(
      "No milestones to count yet. 2 waived milestones are not counted.",
    );
  });

  it("counts derived credentials as milestones and says so", () => {
    const summary = progressSummary([
      done("ardms-spi"),
      todo("ardms-ae"),
      todo("ardms-rdcs", { derived: true, kind: "credential" }),
    ]);
    expect(summary).toMatchObject({ done: 1, total: 3, percent: 33 });
    expect(summary.explanation).toBe(
      "1 of 3 milestones done. A credential counts as a milestone of its own, alongside the exams that earn it.",
    );
  });

  it("counts each open choice as one milestone not done", () => {
    const summary = progressSummary([done("a")], { openChoices: 1 });
    expect(summary).toMatchObject({ done: 1, total: 2, percent: 50, openChoices: 1 });
    expect(summary.explanation).toBe(
      "1 of 2 milestones done. A choice not made yet counts as 1 milestone not done.",
    );
    expect(progressSummary([], { openChoices: 2 }).explanation).toBe(
      "0 of 2 milestones done. 2 choices not made yet count as 1 milestone not done each.",
    );
  });

  it("treats expired as not done", () => {
    expect(progressSummary([done("a"), todo("b", { status: "expired" })]).done).toBe(1);
  });

  it("uses the singular for one milestone", () => {
    expect(progressSummary([done("a")]).explanation).toBe("1 of 1 milestone done.");
  });
});

describe("nextActionable", () => {
  it("returns the first three actionable milestones in order", () => {
    const milestones = [done("a"), todo("b"), todo("c"), todo("d"), todo("e")];
    expect(nextActionable({ milestones }).map((m) => m.key)).toEqual(["b", "c", "d"]);
    expect(nextActionable({ milestones }, 1).map((m) => m.key)).toEqual(["b"]);
  });

  it("skips waived, not-applicable and blocked milestones", () => {
    const milestones = [
      todo("waived", { status: "waived" }),
      todo("na", { notApplicable: true }),
      todo("blocked", { blockedReason: "Needs CPAS first" }),
      todo("ok"),
    ];
    expect(nextActionable({ milestones }).map((m) => m.key)).toEqual(["ok"]);
    expect(blockedMilestones({ milestones }).map((m) => [m.key, m.blockedReason])).toEqual([
      ["blocked", "Needs CPAS first"],
    ]);
  });

  it("offers a derived credential only once all its children are settled", () => {
    const children = (status: PlanMilestone["status"]) => [
      done("ardms-spi", { parentKey: "ardms-rdcs", depth: 1 }),
      todo("ardms-ae", { parentKey: "ardms-rdcs", depth: 1, status }),
    ];
    const rdcs = todo("ardms-rdcs", { derived: true, status: "in_progress" });
    expect(
      nextActionable({ milestones: [...children("scheduled"), rdcs] }).map((m) => m.key),
    ).toEqual(["ardms-ae"]);
    // Children settled but the credential not earned (e.g. FE counted elsewhere): act on it.
    expect(nextActionable({ milestones: [...children("done"), rdcs] }).map((m) => m.key)).toEqual([
      "ardms-rdcs",
    ]);
    // A derived milestone with no children shown waits for a choice.
    expect(nextActionable({ milestones: [rdcs] })).toEqual([]);
  });

  it("offers an expired exam (a retake)", () => {
    expect(nextActionable({ milestones: [todo("ardms-spi", { status: "expired" })] })).toHaveLength(
      1,
    );
  });

  it("does not list done milestones as blocked", () => {
    expect(
      blockedMilestones({ milestones: [done("x", { blockedReason: "Needs Y first" })] }),
    ).toEqual([]);
  });
});

describe("estimatedCompletion", () => {
  it("adds the remaining months to today, flagged as an estimate", () => {
    const milestones = [
      done("a"),
      todo("b", { remainingMonths: 3 }),
      todo("c", { remainingMonths: 9 }),
    ];
    expect(estimatedCompletion({ milestones }, TODAY)).toEqual({
      date: "2027-11-24",
      estimate: true,
      remainingMonths: 12,
      openChoices: 0,
    });
  });

  it("is null when nothing remains", () => {
    expect(
      estimatedCompletion({ milestones: [done("a"), todo("b", { status: "waived" })] }, TODAY),
    ).toBeNull();
    expect(estimatedCompletion({ milestones: [] }, TODAY)).toBeNull();
  });

  it("custom milestones add nothing, but still count as remaining", () => {
    const milestones = [todo("custom:1", { kind: "custom", typicalMonths: 0, remainingMonths: 0 })];
    expect(estimatedCompletion({ milestones }, TODAY)).toMatchObject({
      date: TODAY,
      remainingMonths: 0,
    });
  });

  it("reports open choices that the estimate leaves out", () => {
    const choices = [{ chosen: null }, { chosen: "x" }] as ChoicePoint[];
    expect(estimatedCompletion({ milestones: [todo("a")], choices }, TODAY)?.openChoices).toBe(1);
  });

  it("clamps to the end of a shorter month", () => {
    expect(
      estimatedCompletion({ milestones: [todo("a", { remainingMonths: 1 })] }, "2027-01-31")?.date,
    ).toBe("2027-02-28");
  });
});
