import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { buildPlanView } from "./plan-view";
import { TODAY, customRow, held, passed, planInput, progressRow, records } from "./test-utils";
import type { PlanInput, PlanView, UserRecords } from "./types";

const view = (plan: PlanInput, r: UserRecords = records(), today: string = TODAY): PlanView =>
  buildPlanView(plan, r, today, catalog);
const keys = (v: PlanView) => v.milestones.map((m) => m.key);
const byKey = (v: PlanView, key: string) => {
  const found = v.milestones.find((m) => m.key === key);
  if (!found) throw new Error(`no milestone ${key} in ${keys(v).join(", ")}`);
  return found;
};

const RDCS_AE = {
  "echocardiographer-credential": "ardms-rdcs",
  "ardms-rdcs-specialty": "ardms-ae",
};

describe("buildPlanView: echocardiographer, nothing picked", () => {
  const v = view(planInput("echocardiographer"));

  it("has the path's three steps and a choice point for each", () => {
    expect(v.pathTitle).toBe("Echocardiographer");
    expect(v.steps.map((s) => s.key)).toEqual([
      "echo-education",
      "echo-eligibility",
      "echo-credential",
    ]);
    expect(v.choices.map((c) => [c.groupKey, c.stepKey, c.chosen])).toEqual([
      ["echocardiographer-education", "echo-education", null],
      ["echocardiographer-eligibility", "echo-eligibility", null],
      ["echocardiographer-credential", "echo-credential", null],
    ]);
    expect(v.steps[2]?.choices[0]?.options).toEqual([
      {
        slug: "ardms-rdcs",
        title: "Registered Diagnostic Cardiac Sonographer (RDCS)",
        status: "not_started",
      },
      { slug: "cci-rcs", title: "Registered Cardiac Sonographer (RCS)", status: "not_started" },
    ]);
  });

  it("shows no milestones until the user picks, and counts open choices as not done", () => {
    expect(v.milestones).toEqual([]);
    expect(v.progress).toMatchObject({ done: 0, total: 3, percent: 0, openChoices: 3 });
    expect(v.estimatedCompletion).toBeNull();
    expect(v.next).toEqual([]);
  });
});

describe("buildPlanView: echocardiographer via RDCS with AE", () => {
  it("expands SPI and AE under RDCS, children first, and derives RDCS", () => {
    const r = records({
      progress: [progressRow("ardms-spi", "done", { completedDate: "2025-03-01" })],
      attempts: [passed("ardms-ae", "2026-05-10")],
    });
    const v = view(planInput("echocardiographer", RDCS_AE), r);
    const step = v.steps[2]!;
    expect(step.milestones.map((m) => [m.key, m.depth, m.parentKey, m.groupKey])).toEqual([
      ["ardms-spi", 1, "ardms-rdcs", "echocardiographer-credential"],
      ["ardms-ae", 1, "ardms-rdcs", "ardms-rdcs-specialty"],
      ["ardms-rdcs", 0, undefined, "echocardiographer-credential"],
    ]);
    expect(byKey(v, "ardms-rdcs")).toMatchObject({
      status: "done",
      derived: true,
      completedDate: "2026-05-10",
      kind: "credential",
      code: "RDCS",
      necessity: "required",
      stepKey: "echo-credential",
    });
    expect(step.satisfied).toBe(true);
    // The nested specialty choice is a choice point of the same step.
    expect(
      step.choices.map((c) => [c.groupKey, c.chosen, c.chosenBy, c.parentKey, c.depth]),
    ).toEqual([
      ["echocardiographer-credential", "ardms-rdcs", "pick", undefined, 0],
      ["ardms-rdcs-specialty", "ardms-ae", "pick", "ardms-rdcs", 1],
    ]);
    expect(v.deadlines).toEqual([]);
  });

  it("with only SPI passed, lists the RDCS deadline and suggests AE next", () => {
    const r = records({ attempts: [passed("ardms-spi", "2024-03-15")] });
    const v = view(planInput("echocardiographer", RDCS_AE), r);
    expect(byKey(v, "ardms-rdcs")).toMatchObject({ status: "in_progress", derived: true });
    expect(byKey(v, "ardms-rdcs").window).toMatchObject({ deadline: "2029-12-31" });
    // Only the plan's windowed credentials: RDMS, RVT and RMSKS are not in this plan.
    expect(v.deadlines.map((d) => [d.credentialSlug, d.deadline])).toEqual([
      ["ardms-rdcs", "2029-12-31"],
    ]);
    expect(v.next.map((m) => m.key)).toEqual(["ardms-ae"]);
  });

  it("shows an expired SPI under RDCS so it becomes the next action", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2024-03-15"), passed("ardms-ae", "2030-01-02")],
    });
    const v = view(planInput("echocardiographer", RDCS_AE), r, "2030-02-01");
    expect(byKey(v, "ardms-spi")).toMatchObject({ status: "expired", completedDate: null });
    expect(byKey(v, "ardms-spi").note).toContain("Pass it again");
    expect(byKey(v, "ardms-ae").status).toBe("done");
    expect(byKey(v, "ardms-rdcs")).toMatchObject({ status: "expired" });
    expect(byKey(v, "ardms-rdcs").note).toContain("SPI must be retaken by 2035-12-31");
    expect(v.next.map((m) => m.key)).toEqual(["ardms-spi"]);
    expect(v.deadlines).toEqual([
      expect.objectContaining({
        credentialSlug: "ardms-rdcs",
        startedBy: "ardms-ae",
        deadline: "2035-12-31",
      }),
    ]);
  });

  it("picks an already-done specialty when the user has not picked one", () => {
    const r = records({ attempts: [passed("ardms-pe", "2026-01-01")] });
    const v = view(
      planInput("echocardiographer", { "echocardiographer-credential": "ardms-rdcs" }),
      r,
    );
    const specialty = v.choices.find((c) => c.groupKey === "ardms-rdcs-specialty");
    expect(specialty).toMatchObject({ chosen: "ardms-pe", chosenBy: "done" });
    expect(keys(v)).toEqual(["ardms-spi", "ardms-pe", "ardms-rdcs"]);
  });

  it("ignores a pick that is not one of the options", () => {
    const v = view(planInput("echocardiographer", { "echocardiographer-credential": "ardms-rvt" }));
    expect(v.choices[2]).toMatchObject({ chosen: null, chosenBy: null });
    expect(keys(v)).toEqual([]);
  });
});

describe("buildPlanView: choices keep progress", () => {
  it("switching AE → PE → AE shows AE's progress again", () => {
    const r = records({
      progress: [
        progressRow("ardms-ae", "scheduled", { examDate: "2026-12-10", targetDate: "2026-12-10" }),
      ],
    });
    const withPick = (specialty: string) =>
      view(
        planInput("echocardiographer", {
          "echocardiographer-credential": "ardms-rdcs",
          "ardms-rdcs-specialty": specialty,
        }),
        r,
      );
    const ae = withPick("ardms-ae");
    expect(byKey(ae, "ardms-ae")).toMatchObject({ status: "scheduled", examDate: "2026-12-10" });
    const pe = withPick("ardms-pe");
    expect(keys(pe)).not.toContain("ardms-ae");
    expect(byKey(pe, "ardms-pe").status).toBe("not_started");
    const aeAgain = withPick("ardms-ae");
    expect(byKey(aeAgain, "ardms-ae")).toEqual(byKey(ae, "ardms-ae"));
    expect(aeAgain.dueSoon.map((m) => m.key)).toEqual(["ardms-ae"]);
  });

  it("the same progress counts in every plan: SPI done shows in echo and vascular plans", () => {
    const r = records({ attempts: [passed("ardms-spi", "2025-02-02")] });
    const echo = view(planInput("echocardiographer", RDCS_AE), r);
    const vascular = view(
      planInput("vascular-technologist", { "vascular-technologist-credential": "ardms-rvt" }),
      r,
    );
    expect(byKey(echo, "ardms-spi").status).toBe("done");
    expect(byKey(vascular, "ardms-spi").status).toBe("done");
  });
});

describe("buildPlanView: CCI RCS alone", () => {
  it("satisfies the echo-credential step, chosen because it is already done", () => {
    const r = records({ held: [held("cci-rcs", "2021-09-09")] });
    const v = view(planInput("echocardiographer"), r);
    const step = v.steps.find((s) => s.key === "echo-credential")!;
    expect(step.satisfied).toBe(true);
    expect(step.choices[0]).toMatchObject({ chosen: "cci-rcs", chosenBy: "done" });
    expect(step.milestones.map((m) => [m.key, m.status, m.completedDate])).toEqual([
      ["cci-rcs", "done", "2021-09-09"],
    ]);
    expect(v.steps.find((s) => s.key === "echo-education")?.satisfied).toBe(false);
  });

  it("a held RDCS is shown alone: no exams, no specialty choice", () => {
    const r = records({ held: [held("ardms-rdcs", "2019-04-04")] });
    const v = view(
      planInput("echocardiographer", { "echocardiographer-credential": "ardms-rdcs" }),
      r,
    );
    expect(v.steps[2]?.milestones.map((m) => [m.key, m.status, m.derived])).toEqual([
      ["ardms-rdcs", "done", false],
    ]);
    expect(v.choices.map((c) => c.groupKey)).not.toContain("ardms-rdcs-specialty");
    expect(v.steps[2]?.satisfied).toBe(true);
  });

  it("the step is satisfied even when the user picked RDCS", () => {
    const r = records({
      progress: [progressRow("cci-rcs", "done", { completedDate: "2021-09-09" })],
    });
    const v = view(planInput("echocardiographer", RDCS_AE), r);
    expect(v.steps[2]?.satisfied).toBe(true);
    expect(v.choices[2]).toMatchObject({ chosen: "ardms-rdcs", chosenBy: "pick" });
  });
});

describe("buildPlanView: PACS administrator prerequisites", () => {
  const plan = planInput("pacs-administrator", { "pacs-administrator-advanced": "parca-cpsa" });

  it("CPSA is blocked until CPAS", () => {
    const v = view(plan);
    expect(keys(v)).toEqual([
      "parca-cpas-technical",
      "parca-cpas-clinical",
      "parca-cpas",
      "parca-cpsa",
    ]);
    const cpsa = byKey(v, "parca-cpsa");
    expect(cpsa.prerequisites).toEqual([
      {
        slug: "parca-cpas",
        title: "Certified PACS Associate (CPAS)",
        met: false,
        reason: "PARCA requires the CPAS before the CPSA.",
      },
    ]);
    expect(cpsa.blockedReason).toBe("Needs CPAS first");
    expect(v.blocked.map((m) => m.key)).toEqual(["parca-cpsa"]);
    expect(v.next.map((m) => m.key)).toEqual(["parca-cpas-technical", "parca-cpas-clinical"]);
  });

  it("CPSA is unblocked once both CPAS exams are passed", () => {
    const r = records({
      attempts: [
        passed("parca-cpas-technical", "2026-01-10"),
        passed("parca-cpas-clinical", "2026-02-10"),
      ],
    });
    const v = view(plan, r);
    expect(byKey(v, "parca-cpas")).toMatchObject({ status: "done", derived: true });
    expect(byKey(v, "parca-cpsa").blockedReason).toBeUndefined();
    expect(byKey(v, "parca-cpsa").prerequisites[0]?.met).toBe(true);
    expect(v.blocked).toEqual([]);
    expect(v.next.map((m) => m.key)).toEqual(["parca-cpsa"]);
    expect(v.progress).toMatchObject({ done: 3, total: 4, percent: 75 });
  });

  it("a waived or not-applicable prerequisite does not block", () => {
    const waived = view(plan, records({ progress: [progressRow("parca-cpas", "waived")] }));
    expect(byKey(waived, "parca-cpsa").blockedReason).toBeUndefined();
    const na = view({ ...plan, notApplicable: ["parca-cpas"] });
    expect(byKey(na, "parca-cpsa").blockedReason).toBeUndefined();
  });

  it("names every unmet prerequisite (ACS)", () => {
    const v = view(planInput("advanced-cardiac-sonographer"));
    expect(byKey(v, "cci-acs").blockedReason).toBe(
      "Needs An active echo registry credential and Seven years as a registered echo sonographer first",
    );
  });
});

describe("buildPlanView: advanced cardiac sonographer (composite requirement)", () => {
  it("expands the composite's chosen option under it and derives it", () => {
    const r = records({ held: [held("cci-rcs", "2018-01-01")], experienceMonths: 90 });
    const v = view(planInput("advanced-cardiac-sonographer"), r);
    expect(v.steps[0]?.milestones.map((m) => [m.key, m.depth, m.status])).toEqual([
      ["cci-rcs", 1, "done"],
      ["echo-registry-credential", 0, "done"],
    ]);
    // Seven years as a *registered echo* sonographer: general clinical months don't prove it.
    expect(byKey(v, "exp-registered-echo-7-years")).toMatchObject({
      status: "not_started",
      derived: false,
    });
    expect(byKey(v, "cci-acs").blockedReason).toMatch(/Needs/);
    expect(v.next.map((m) => m.key)).toContain("exp-registered-echo-7-years");
  });
});

describe("buildPlanView: duplicates, not-applicable and custom milestones", () => {
  it("shows a requirement that appears twice once, at its first position", () => {
    const v = view(
      planInput("breast-sonographer", {
        "breast-sonographer-credential": "breast-sonographer-rdms-br",
        "ardms-rdms-specialty": "ardms-br",
      }),
    );
    expect(keys(v)).toEqual(["exp-clinical-12-months", "ardms-spi", "ardms-br", "ardms-rdms"]);
    expect(v.choices.find((c) => c.groupKey === "breast-sonographer-credential")?.options).toEqual([
      {
        slug: "breast-sonographer-rdms-br",
        title: "RDMS with the Breast (BR) specialty",
        status: "not_started",
      },
      { slug: "arrt-bs", title: "ARRT Breast Sonography (BS)", status: "not_started" },
    ]);
  });

  it("RDMS with another specialty still lists BR after it (adding a specialty)", () => {
    const v = view(
      planInput("breast-sonographer", {
        "breast-sonographer-credential": "breast-sonographer-rdms-br",
        "ardms-rdms-specialty": "ardms-ab",
      }),
    );
    expect(keys(v)).toEqual([
      "exp-clinical-12-months",
      "ardms-spi",
      "ardms-ab",
      "ardms-rdms",
      "ardms-br",
    ]);
    expect(byKey(v, "ardms-br").depth).toBe(0);
    expect(byKey(v, "ardms-br").parentKey).toBeUndefined();
  });

  it("marks not-applicable requirements and leaves them out of the percentage", () => {
    const r = records({ attempts: [passed("ardms-spi", "2025-01-01")] });
    const v = view(
      planInput("msk-sonographer", {}, { notApplicable: ["exp-clinical-12-months"] }),
      r,
    );
    expect(byKey(v, "exp-clinical-12-months")).toMatchObject({
      notApplicable: true,
      status: "waived",
      note: "Not applicable in this plan.",
    });
    expect(v.progress).toMatchObject({ done: 1, total: 3, percent: 33, notApplicable: 1 });
    expect(v.next.map((m) => m.key)).toEqual(["ardms-msks"]);
  });

  it("appends custom milestones by position", () => {
    const v = view(
      planInput(
        "msk-sonographer",
        {},
        {
          custom: [
            customRow("b", 2, {
              title: "Shadow an MSK sonographer",
              status: "done",
              completedDate: "2026-01-01",
            }),
            customRow("a", 1, { title: "Book a course", targetDate: "2026-11-01" }),
          ],
        },
      ),
    );
    expect(keys(v).slice(-2)).toEqual(["custom:a", "custom:b"]);
    expect(v.custom.map((m) => m.title)).toEqual(["Book a course", "Shadow an MSK sonographer"]);
    expect(byKey(v, "custom:a")).toMatchObject({ kind: "custom", depth: 0, remainingMonths: 0 });
    expect(v.overdue.map((m) => m.key)).toEqual(["custom:a"]);
  });

  it("an unknown path gives no steps but keeps custom milestones", () => {
    const v = view(planInput("astronaut", {}, { custom: [customRow("x", 0)] }));
    expect(v.pathTitle).toBeNull();
    expect(v.steps).toEqual([]);
    expect(keys(v)).toEqual(["custom:x"]);
    expect(v.progress).toMatchObject({ done: 0, total: 1, percent: 0 });
  });
});

describe("buildPlanView: dashboard numbers", () => {
  it("estimates completion from typical durations, without double-counting credentials", () => {
    // MSK path: 12 months of experience (3 already in the profile), SPI (3), MSKS (3), RMSKS (6,
    // covered by its two exams).
    const v = view(planInput("msk-sonographer"), records({ experienceMonths: 3 }));
    expect(v.milestones.map((m) => [m.key, m.remainingMonths])).toEqual([
      ["exp-clinical-12-months", 9],
      ["ardms-spi", 3],
      ["ardms-msks", 3],
      ["ardms-rmsks", 0],
    ]);
    expect(v.estimatedCompletion).toBe("2028-02-24");
  });

  it("a credential whose specialty is not chosen yet keeps the rest of its duration", () => {
    const v = view(
      planInput("echocardiographer", { "echocardiographer-credential": "ardms-rdcs" }),
    );
    expect(byKey(v, "ardms-rdcs").remainingMonths).toBe(3);
  });

  it("lists overdue and due-soon milestones", () => {
    const r = records({
      progress: [
        progressRow("ardms-spi", "scheduled", { examDate: "2026-12-20" }),
        progressRow("ardms-msks", "planned", { targetDate: "2026-11-01" }),
      ],
    });
    const v = view(planInput("msk-sonographer"), r);
    expect(v.dueSoon.map((m) => m.key)).toEqual(["ardms-spi"]);
    expect(v.overdue.map((m) => m.key)).toEqual(["ardms-msks"]);
  });
});
