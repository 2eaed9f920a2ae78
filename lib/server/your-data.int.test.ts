import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb } from "@/db";
import { createPlanForUser, getPlanByIdForUser, setPlanPick } from "@/db/queries/plans";
import { recordExamAttempt } from "@/db/queries/progress";
import { createUserWithPassword } from "@/db/queries/users";
import { loadPlanPage } from "./loaders/plan-page";
import { accountExport, milestonesCsv } from "./your-data";
import { now } from "@/lib/server/clock";

afterAll(closeDb);

describe("the plan, the JSON export and the CSV export show one status", () => {
  it("after a pass, a failed retake and a pass whose window expired", async () => {
    const user = (await createUserWithPassword({
      email: `agree-${randomUUID().slice(0, 8)}@example.test`,
      passwordHash: "h",
    }))!;
    const created = await createPlanForUser({ userId: user.id, pathSlug: "echocardiographer" });
    await setPlanPick({
      userId: user.id,
      planId: created.id,
      groupKey: "echocardiographer-credential",
      requirementSlug: "ardms-rdcs",
      expectedVersion: created.version,
    });
    const plan = await getPlanByIdForUser({ userId: user.id, planId: created.id });
    const attempt = (slug: string, result: "passed" | "failed", on: string, version: number) =>
      recordExamAttempt({
        now: now(),
        userId: user.id,
        requirementSlug: slug,
        expectedVersion: version,
        attemptedOn: on,
        result,
        countsToward: result === "passed" ? "ardms-rdcs" : null,
      });
    await attempt("ardms-ae", "passed", "2026-03-01", 0);
    await attempt("ardms-ae", "failed", "2026-09-01", 1);
    // SPI in 2015 with no specialty in its five-year window (closed 2020-12-31).
    await attempt("ardms-spi", "passed", "2015-06-01", 0);

    const { view } = await loadPlanPage(user, plan);
    const onPlan = (slug: string) =>
      view.milestones.find((m) => m.requirementSlug === slug)?.status;

    const json = await accountExport(user);
    const inJson = (slug: string) => json?.progress.find((row) => row.requirementSlug === slug);

    const csv = await milestonesCsv(user);
    const inCsv = (slug: string) =>
      csv
        .split("\r\n")
        .find((line) => line.startsWith(`requirement,,${slug},`))
        ?.split(",")[4];

    expect([onPlan("ardms-ae"), inJson("ardms-ae")?.status, inCsv("ardms-ae")]).toEqual([
      "done",
      "done",
      "done",
    ]);
    expect([onPlan("ardms-spi"), inJson("ardms-spi")?.status, inCsv("ardms-spi")]).toEqual([
      "expired",
      "expired",
      "expired",
    ]);
    // The row keeps what was recorded; the export says both.
    expect(inJson("ardms-spi")?.recordedStatus).toBe("done");
  });
});
