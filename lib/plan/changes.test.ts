import { describe, expect, it } from "vitest";
import { examResultChange, signOffVoidReason, statusChange } from "./changes";
import { createRequirementEvaluator } from "./requirement-state";
import { catalog } from "@/lib/catalog";
import { failed, passed, records } from "./test-utils";

const TODAY = "2026-11-30";

describe("statusChange", () => {
  it("done without a date is done today", () => {
    expect(statusChange("done", TODAY)).toEqual({ status: "done", completedDate: TODAY });
  });

  it("done with a date keeps that date", () => {
    expect(statusChange("done", TODAY, "2026-10-01")).toEqual({
      status: "done",
      completedDate: "2026-10-01",
    });
  });

  it.each(["not_started", "planned", "scheduled", "in_progress", "waived", "expired"] as const)(
    "%s changes the status only",
    (status) => {
      expect(statusChange(status, TODAY)).toEqual({ status });
    },
  );

  it("done → planned with the date cleared in the same edit clears it", () => {
    expect(statusChange("planned", TODAY, null)).toEqual({
      status: "planned",
      completedDate: null,
    });
  });
});

describe("examResultChange", () => {
  it("a first pass: done on the exam date", () => {
    expect(examResultChange("passed", "2026-03-01", undefined)).toEqual({
      status: "done",
      examDate: "2026-03-01",
      completedDate: "2026-03-01",
    });
  });

  it("a first failure: back to planned, the exam date over", () => {
    expect(examResultChange("failed", "2026-03-01", { status: "scheduled" })).toEqual({
      status: "planned",
      examDate: null,
    });
  });

  it("fail then pass: done", () => {
    const afterFail = examResultChange("failed", "2026-03-01", undefined);
    expect(examResultChange("passed", "2026-06-01", afterFail)).toMatchObject({
      status: "done",
      completedDate: "2026-06-01",
    });
  });

  it("pass then a failed retake: the row keeps its pass", () => {
    const afterPass = examResultChange("passed", "2026-03-01", undefined);
    expect(examResultChange("failed", "2026-09-01", afterPass)).toEqual({
      status: "done",
      examDate: null,
    });
  });
});

describe("the derived status after each sequence", () => {
  const state = (r: ReturnType<typeof records>, slug: string, today = TODAY) =>
    createRequirementEvaluator(r, today, catalog).state(slug);

  it("pass → failed retake: the exam stays done from its pass", () => {
    const r = records({
      attempts: [passed("ardms-ae", "2026-03-01"), failed("ardms-ae", "2026-09-01")],
    });
    expect(state(r, "ardms-ae")).toMatchObject({ status: "done", completedDate: "2026-03-01" });
  });

  it("a pass whose window expired shows as expired, with when and why", () => {
    // SPI passed in 2015, no specialty within the five-year window (closed 2020-12-31).
    const r = records({ attempts: [passed("ardms-spi", "2015-06-01")] });
    const spi = state(r, "ardms-spi");
    expect(spi).toMatchObject({ status: "expired", done: false, completedDate: null });
    expect(spi.note).toContain("2015-06-01");
    expect(spi.note).toContain("2020-12-31");
  });

  it("the same pass still counts while its window is open", () => {
    const r = records({ attempts: [passed("ardms-spi", "2024-06-01")] });
    expect(state(r, "ardms-spi")).toMatchObject({ status: "done", completedDate: "2024-06-01" });
  });

  it("an expired pass is done again once the credential it belongs to was earned in time", () => {
    // SPI and AB inside one window: RDMS earned; SPI counts there, so it is not lost.
    const r = records({
      attempts: [passed("ardms-spi", "2015-06-01"), passed("ardms-ab", "2016-02-01")],
    });
    expect(state(r, "ardms-rdms")).toMatchObject({ status: "done" });
    expect(state(r, "ardms-spi")).toMatchObject({ status: "done" });
  });
});

describe("sign-off voiding", () => {
  it("voids on a change of status, dates or evidence, never on notes alone", () => {
    expect(signOffVoidReason(["completedDate"])).toBe("dates changed");
    expect(signOffVoidReason(["targetDate", "status"])).toBe("dates and status changed");
    expect(signOffVoidReason(["evidenceUrl"])).toBe("evidence changed");
    expect(signOffVoidReason(["notes"])).toBeNull();
    expect(signOffVoidReason(["title", "notes"])).toBeNull();
  });
});
