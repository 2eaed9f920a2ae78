import { desc, eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { eligibilityProfiles, milestoneEvents } from "@/db/schema";
import { ceActivityValues, newUser } from "@/db/testing/fixtures";
import { createCeActivity, deleteCeActivity, listCeActivitiesByUser } from "./ce-activities";
import { createCustomMilestone } from "./custom-milestones";
import { getDashboardRows } from "./dashboard";
import { addHeldSpell } from "./held";
import { createPlanForUser, listAllCustomMilestonesByUser, listPlansByUserId } from "./plans";
import { getUserRecords, recordExamAttempt, saveOnboarding, saveProgress } from "./progress";

afterAll(() => closeDb());

const activity = (completedOn: string, credits: string, creditsArdms: string | null) =>
  ceActivityValues({ completedOn, title: `Course of ${completedOn}`, credits, creditsArdms });

/** A user with something in every list the dashboard reads, and ten history events. */
async function userWithEverything() {
  const user = await newUser("dashboard");
  const echo = await createPlanForUser({ userId: user.id, pathSlug: "echocardiographer" });
  await createPlanForUser({ userId: user.id, pathSlug: "vascular-technologist" });
  await saveOnboarding({ userId: user.id, now: new Date("2026-01-02T03:04:05.678Z") });
  await getDb()
    .insert(eligibilityProfiles)
    .values({ userId: user.id, answers: { education: { level: "associate" } } });
  await addHeldSpell({
    userId: user.id,
    requirementSlug: "ardms-spi",
    earnedOn: "2024-03-15",
    status: "active",
    endedOn: null,
  });
  for (const [index, title] of ["Shadow a reader", "Ask for the rota"].entries()) {
    await createCustomMilestone({
      userId: user.id,
      planId: echo.id,
      title,
      targetDate: index ? "2027-02-01" : null,
      now: new Date(),
    });
  }
  let version = 0;
  for (let day = 1; day <= 9; day++) {
    const saved = await saveProgress({
      userId: user.id,
      requirementSlug: "ardms-ae",
      expectedVersion: version,
      changes: { status: "in_progress", targetDate: `2027-03-0${day}` },
      now: new Date(`2026-11-0${day}T10:00:00.123Z`),
    });
    version = saved.version;
  }
  await recordExamAttempt({
    userId: user.id,
    requirementSlug: "ardms-ae",
    expectedVersion: version,
    attemptedOn: "2026-11-10",
    result: "failed",
    countsToward: null,
    now: new Date("2026-11-10T10:00:00Z"),
  });
  for (const values of [
    activity("2026-05-01", "1.50", "1.50"),
    activity("2026-06-01", "0.25", null),
    activity("2026-06-01", "12", "12.00"),
  ]) {
    await createCeActivity({ userId: user.id, values });
  }
  const deleted = await createCeActivity({
    userId: user.id,
    values: activity("2026-07-01", "3", null),
  });
  await deleteCeActivity({ userId: user.id, activityId: deleted.id, now: new Date() });
  return user;
}

describe("the dashboard's one statement", () => {
  it("gives every list exactly as its own query does, for this user only", async () => {
    const user = await userWithEverything();
    // Someone else's records must not leak in.
    await userWithEverything();

    const rows = await getDashboardRows(user.id);

    expect(rows.plans).toEqual(await listPlansByUserId(user.id));
    expect(rows.customMilestones).toEqual(await listAllCustomMilestonesByUser(user.id));
    // The CE log as the upkeep engine reads it: the full log's rows, in its order, cut to the
    // engine's columns.
    const log = await listCeActivitiesByUser(user.id);
    expect(rows.ceActivities).toEqual(
      log.map((row) => ({
        id: row.id,
        completedOn: row.completedOn,
        title: row.title,
        provider: row.provider,
        credits: row.credits,
        category: row.category,
        craDomain: row.craDomain,
        creditsArdms: row.creditsArdms,
        creditsCci: row.creditsCci,
        creditsArrt: row.creditsArrt,
        creditsArrtSonography: row.creditsArrtSonography,
        creditsAbii: row.creditsAbii,
        creditsAhra: row.creditsAhra,
      })),
    );
    expect(log.length).toBeGreaterThan(1);
    const records = await getUserRecords(user.id);
    // The lists without an order of their own are compared as sets.
    const byId = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(rows.userRecords.progressRows)).toEqual(byId(records.progressRows));
    expect(byId(rows.userRecords.heldRows)).toEqual(byId(records.heldRows));
    expect(rows.userRecords.attempts).toEqual(records.attempts);
    expect(rows.userRecords.profile).toEqual(records.profile);
    expect(rows.userRecords.eligibility).toEqual(records.eligibility);
    expect(rows.recentEvents).toEqual(
      await getDb()
        .select()
        .from(milestoneEvents)
        .where(eq(milestoneEvents.userId, user.id))
        .orderBy(desc(milestoneEvents.createdAt))
        .limit(8),
    );

    // What the comparison stands on: every list is there, decimals keep their scale, the
    // deleted activity is left out, and history is cut at the newest eight.
    expect(rows.plans.map((plan) => plan.pathSlug)).toEqual([
      "echocardiographer",
      "vascular-technologist",
    ]);
    expect(rows.ceActivities.map((row) => [row.credits, row.creditsArdms]).sort()).toEqual([
      ["0.25", null],
      ["1.50", "1.50"],
      ["12.00", "12.00"],
    ]);
    expect(rows.ceActivities.at(-1)?.completedOn).toBe("2026-05-01");
    expect(rows.recentEvents).toHaveLength(8);
    expect(rows.userRecords.profile?.onboardedAt).toEqual(new Date("2026-01-02T03:04:05.678Z"));
    expect(rows.userRecords.eligibility?.answers).toEqual({ education: { level: "associate" } });
    expect(rows.userRecords.attempts).toHaveLength(1);
  });

  it("answers empty lists for a user with nothing yet, and for no user at all", async () => {
    const user = await newUser("dashboard");
    for (const id of [user.id, crypto.randomUUID()]) {
      const rows = await getDashboardRows(id);
      expect(rows.plans).toEqual([]);
      expect(rows.ceActivities).toEqual([]);
      expect(rows.recentEvents).toEqual([]);
      expect(rows.userRecords.records.progress).toEqual([]);
      expect(rows.userRecords.profile).toBeUndefined();
      expect(rows.userRecords.eligibility).toBeUndefined();
    }
  });
});
