import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { fiveYearDeadlines } from "./deadlines";
import { requirementStatus } from "./requirement-state";
import { progressRow, records } from "./test-utils";
import type { UserRecords } from "./types";

const status = (slug: string, r: UserRecords, today: string) =>
  requirementStatus(slug, r, today, catalog);

describe("rule fix 4: ARRT's 24-month clinical-experience window is computed", () => {
  const started = records({
    procedureLogs: [{ credentialSlug: "arrt-bs", firstProcedureOn: "2025-03-01" }],
    progress: [progressRow("exp-ardms-postprimary-log", "done", { completedDate: "2025-09-01" })],
  });

  it("the first logged procedure opens a 24-month window on the credential", () => {
    const bs = status("arrt-bs", started, "2026-11-30");
    expect(bs.done).toBe(false);
    expect(bs.window).toMatchObject({
      rule: "arrt-postprimary-24-months",
      firstPassDate: "2025-03-01",
      deadline: "2027-03-01",
      closed: false,
    });
    expect(bs.note).toContain("2027-03-01");
  });

  it("the window is listed with the plan's deadlines", () => {
    const bs = fiveYearDeadlines(started, "2026-11-30", catalog).find(
      (d) => d.credentialSlug === "arrt-bs",
    );
    expect(bs).toMatchObject({ deadline: "2027-03-01", closed: false });
  });

  it("once the window has closed without an application, the logged procedures expire", () => {
    const log = status("exp-ardms-postprimary-log", started, "2027-04-01");
    expect(log.done).toBe(false);
    expect(log.status).toBe("expired");
    expect(log.note).toContain("24 months");
    expect(status("arrt-bs", started, "2027-04-01").window?.closed).toBe(true);
  });

  it("a credential earned inside the window has no window left", () => {
    const earned = records({
      procedureLogs: [{ credentialSlug: "arrt-bs", firstProcedureOn: "2025-03-01" }],
      progress: [
        progressRow("exp-ardms-postprimary-log", "done", { completedDate: "2025-09-01" }),
        progressRow("arrt-bs", "done", { completedDate: "2026-10-01" }),
      ],
    });
    expect(status("arrt-bs", earned, "2027-04-01").window).toBeUndefined();
    expect(status("exp-ardms-postprimary-log", earned, "2027-04-01").done).toBe(true);
  });
});
