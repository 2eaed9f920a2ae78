import { describe, expect, it } from "vitest";
import { catalog } from "@/lib/catalog";
import { dashboardDeadlines } from "./deadlines";
import { buildPlanView } from "./plan-view";
import { TODAY, passed, planInput, records } from "./test-utils";

describe("rule fix 6: the five-year deadline shows on the dashboard after the first pass", () => {
  it("an SPI pass with no plan at all: one deadline, for every credential it opens", () => {
    const r = records({ attempts: [passed("ardms-spi", "2026-03-01")] });
    const groups = dashboardDeadlines({ records: r, today: TODAY, catalog, planDeadlines: [] });
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      startedBy: "ardms-spi",
      firstPassDate: "2026-03-01",
      deadline: "2031-12-31",
      closed: false,
    });
    expect([...groups[0]!.credentials].sort()).toEqual(
      ["ardms-rdcs", "ardms-rdms", "ardms-rmsks", "ardms-rvt"].sort(),
    );
  });

  it("a specialty pass before any credential is chosen in a plan: that credential's window", () => {
    const r = records({ attempts: [passed("ardms-vt", "2025-05-01")] });
    // A plan whose path does not include RVT: its own deadlines list is empty.
    const view = buildPlanView(planInput("clinical-educator"), r, TODAY, catalog);
    expect(view.deadlines).toEqual([]);
    const groups = dashboardDeadlines({
      records: r,
      today: TODAY,
      catalog,
      planDeadlines: view.deadlines,
    });
    expect(groups.map((g) => [g.credentials, g.deadline])).toEqual([[["ardms-rvt"], "2030-12-31"]]);
  });

  it("nothing passed: no deadline", () => {
    expect(
      dashboardDeadlines({ records: records(), today: TODAY, catalog, planDeadlines: [] }),
    ).toEqual([]);
  });
});
