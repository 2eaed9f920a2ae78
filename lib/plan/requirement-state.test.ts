import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { requirementStatus } from "./requirement-state";
import { TODAY, failed, held, passed, progressRow, records } from "./test-utils";
import type { UserRecords } from "./types";

const status = (slug: string, r: UserRecords, today: string = TODAY) =>
  requirementStatus(slug, r, today, catalog);

describe("requirementStatus: no records", () => {
  it("is not started, for every kind", () => {
    for (const slug of [
      "ardms-spi",
      "ardms-rdcs",
      "cci-rcs",
      "exp-clinical-12-months",
      "degree-bachelor",
    ]) {
      expect(status(slug, records())).toMatchObject({
        status: "not_started",
        done: false,
        completedDate: null,
      });
    }
  });

  it("marks requirements with earnedBy as derived", () => {
    expect(status("ardms-rdcs", records()).derived).toBe(true);
    expect(status("echo-registry-credential", records()).derived).toBe(true);
    expect(status("ardms-spi", records()).derived).toBe(false);
  });

  it("reads a slug missing from the catalog from its progress record", () => {
    expect(
      status("no-such-thing", records({ progress: [progressRow("no-such-thing", "planned")] })),
    ).toMatchObject({ status: "planned", done: false, derived: false });
  });
});

describe("requirementStatus: held credentials", () => {
  it("is done with completedDate = earnedOn", () => {
    expect(status("cci-rcs", records({ held: [held("cci-rcs", "2019-04-02")] }))).toEqual({
      status: "done",
      done: true,
      derived: false,
      completedDate: "2019-04-02",
    });
  });

  it("wins over derivation: a held RDCS is done with no exams recorded", () => {
    expect(status("ardms-rdcs", records({ held: [held("ardms-rdcs", null)] }))).toMatchObject({
      status: "done",
      done: true,
      completedDate: null,
    });
  });

  it("takes the earliest date when declared twice, and ignores an invalid date", () => {
    const r = records({
      held: [
        held("cci-rcs", "2021-01-01"),
        held("cci-rcs", "2019-13-45"),
        held("cci-rcs", "2020-06-01"),
      ],
    });
    expect(status("cci-rcs", r).completedDate).toBe("2020-06-01");
  });
});

describe("requirementStatus: exams", () => {
  it("is done on the earliest passed attempt", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2025-05-01"), passed("ardms-spi", "2024-03-15")],
    });
    expect(status("ardms-spi", r)).toEqual({
      status: "done",
      done: true,
      derived: false,
      completedDate: "2024-03-15",
    });
  });

  it("ignores failed attempts", () => {
    expect(
      status("ardms-spi", records({ attempts: [failed("ardms-spi", "2026-01-10")] })).status,
    ).toBe("not_started");
    const r = records({
      attempts: [failed("ardms-spi", "2026-01-10")],
      progress: [progressRow("ardms-spi", "scheduled", { examDate: "2026-12-05" })],
    });
    expect(status("ardms-spi", r)).toMatchObject({ status: "scheduled", done: false });
  });

  it("uses the progress record when there is no passed attempt", () => {
    const r = records({
      progress: [progressRow("ardms-spi", "done", { completedDate: "2024-03-15" })],
    });
    expect(status("ardms-spi", r)).toMatchObject({ status: "done", completedDate: "2024-03-15" });
  });

  it("falls back to the exam date for an exam marked done without a completed date", () => {
    const r = records({ progress: [progressRow("ardms-ae", "done", { examDate: "2026-10-01" })] });
    expect(status("ardms-ae", r).completedDate).toBe("2026-10-01");
  });

  it("a passed attempt beats a waived record", () => {
    const r = records({
      attempts: [passed("ardms-ae", "2026-02-02")],
      progress: [progressRow("ardms-ae", "waived")],
    });
    expect(status("ardms-ae", r).status).toBe("done");
  });
});

describe("requirementStatus: progress records", () => {
  it("reports waived", () => {
    expect(
      status("degree-bachelor", records({ progress: [progressRow("degree-bachelor", "waived")] })),
    ).toMatchObject({ status: "waived", done: false });
  });

  it("keeps the newest of duplicate rows", () => {
    const r = records({
      progress: [
        progressRow("degree-bachelor", "done", { updatedAt: "2026-01-02T00:00:00.000Z" }),
        progressRow("degree-bachelor", "in_progress", { updatedAt: "2025-01-02T00:00:00.000Z" }),
      ],
    });
    expect(status("degree-bachelor", r).status).toBe("done");
  });

  it("reads invalid dates as missing", () => {
    const r = records({
      progress: [progressRow("degree-bachelor", "done", { completedDate: "2025-02-30" })],
    });
    expect(status("degree-bachelor", r)).toMatchObject({ status: "done", completedDate: null });
  });
});

describe("requirementStatus: experience", () => {
  it("months_full_time: done once the profile reaches the amount", () => {
    expect(status("exp-clinical-12-months", records({ experienceMonths: 12 }))).toMatchObject({
      status: "done",
      done: true,
      derived: false,
      note: "Met by the 12 months of experience in your profile.",
    });
    expect(status("exp-clinical-12-months", records({ experienceMonths: 11 })).done).toBe(false);
  });

  it("years_in_role: amount × 12 months", () => {
    expect(status("exp-sonography-3-years", records({ experienceMonths: 36 })).done).toBe(true);
    expect(status("exp-sonography-3-years", records({ experienceMonths: 35 })).done).toBe(false);
  });

  it("general clinical months never stand in for lead, registered-echo or teaching years", () => {
    const veteran = records({ experienceMonths: 240 });
    expect(status("exp-lead-supervisory", veteran).done).toBe(false);
    expect(status("exp-registered-echo-7-years", veteran).done).toBe(false);
    expect(status("exp-teaching", veteran).done).toBe(false);
  });

  it("other units (studies, points) are not met by months", () => {
    expect(status("exp-cardiac-600-studies", records({ experienceMonths: 500 })).done).toBe(false);
    expect(
      status("exp-imaging-professional-2-years", records({ experienceMonths: 500 })).done,
    ).toBe(false);
  });

  it("a progress record marked done is enough", () => {
    const r = records({ progress: [progressRow("exp-cardiac-600-studies", "done")] });
    expect(status("exp-cardiac-600-studies", r).done).toBe(true);
    const r2 = records({
      experienceMonths: 3,
      progress: [progressRow("exp-clinical-12-months", "done", { completedDate: "2025-09-01" })],
    });
    expect(status("exp-clinical-12-months", r2)).toMatchObject({
      done: true,
      completedDate: "2025-09-01",
    });
  });
});

describe("requirementStatus: derived credentials", () => {
  it("RDCS is done when SPI and AE are passed (dated by the later pass)", () => {
    const r = records({
      progress: [progressRow("ardms-spi", "done", { completedDate: "2025-04-01" })],
      attempts: [passed("ardms-ae", "2026-06-15")],
    });
    expect(status("ardms-rdcs", r)).toEqual({
      status: "done",
      done: true,
      derived: true,
      completedDate: "2026-06-15",
    });
  });

  it("RDCS with only SPI is in progress, with its deadline", () => {
    const s = status("ardms-rdcs", records({ attempts: [passed("ardms-spi", "2024-03-15")] }));
    expect(s).toMatchObject({ status: "in_progress", done: false, derived: true });
    expect(s.window).toMatchObject({
      startedBy: "ardms-spi",
      deadline: "2029-12-31",
      closed: false,
    });
    expect(s.note).toContain("2029-12-31");
  });

  it("RDCS shows planned when its record says so and nothing is passed", () => {
    const r = records({ progress: [progressRow("ardms-rdcs", "planned")] });
    expect(status("ardms-rdcs", r).status).toBe("planned");
  });

  it("a progress record cannot mark a derived credential done (declare it held instead)", () => {
    const r = records({
      progress: [progressRow("ardms-rdcs", "done", { completedDate: "2020-01-01" })],
    });
    expect(status("ardms-rdcs", r).done).toBe(false);
  });

  it("a waived record on a derived credential not yet earned reads waived", () => {
    const r = records({ progress: [progressRow("ardms-rdms", "waived")] });
    expect(status("ardms-rdms", r)).toMatchObject({ status: "waived", derived: true, done: false });
  });

  it("CPAS needs both PARCA exams (no window)", () => {
    const one = records({ attempts: [passed("parca-cpas-technical", "2026-01-01")] });
    expect(status("parca-cpas", one)).toMatchObject({ status: "in_progress", done: false });
    expect(status("parca-cpas", one).window).toBeUndefined();
    const both = records({
      attempts: [
        passed("parca-cpas-technical", "2026-01-01"),
        passed("parca-cpas-clinical", "2015-01-01"),
      ],
    });
    expect(status("parca-cpas", both)).toMatchObject({ done: true, completedDate: "2026-01-01" });
  });

  it("a windowed credential with an undated part is not earned: its window cannot be checked", () => {
    const r = records({
      held: [held("ardms-spi", null)],
      attempts: [passed("ardms-ae", "2026-06-15")],
    });
    expect(status("ardms-rdcs", r)).toMatchObject({ done: false, completedDate: null });
    expect(status("ardms-rdcs", r).window?.dateUnknown).toBe(true);
  });
});

describe("requirementStatus: composite 'any of' requirements", () => {
  it("echo-registry-credential is done through CCI RCS alone, with no window", () => {
    const s = status(
      "echo-registry-credential",
      records({ held: [held("cci-rcs", "2020-02-02")] }),
    );
    expect(s).toEqual({ status: "done", done: true, derived: true, completedDate: "2020-02-02" });
  });

  it("echo-registry-credential is done through a derived RDCS", () => {
    const r = records({
      attempts: [passed("ardms-spi", "2025-01-10"), passed("ardms-pe", "2025-08-20")],
    });
    expect(status("echo-registry-credential", r)).toMatchObject({
      done: true,
      completedDate: "2025-08-20",
    });
  });

  it("takes the earliest of several done options", () => {
    const r = records({ held: [held("cci-rcs", "2020-02-02"), held("cci-rccs", "2018-05-05")] });
    expect(status("echo-registry-credential", r).completedDate).toBe("2018-05-05");
  });

  it("is in progress while an option is under way", () => {
    const r = records({ attempts: [passed("ardms-spi", "2025-01-10")] });
    expect(status("echo-registry-credential", r)).toMatchObject({
      status: "in_progress",
      done: false,
    });
  });
});
