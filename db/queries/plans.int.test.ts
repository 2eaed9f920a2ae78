import { eq } from "drizzle-orm";
import { now } from "@/lib/server/clock";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { newUser } from "@/db/testing/fixtures";
import { milestoneEvents, progress } from "@/db/schema";
import { revokeCalendarToken } from "./calendar";
import { calendarOwner, issueCalendarToken } from "@/lib/server/loaders/calendar-feed";
import {
  createCustomMilestone,
  deleteCustomMilestone,
  updateCustomMilestone,
} from "./custom-milestones";
import {
  createPlanForUser,
  deletePlanForUser,
  getPlanByIdForUser,
  listPlansByUserId,
  makePlanPrimary,
  setPlanPick,
} from "./plans";
import {
  getUserRecords,
  HISTORY_PER_MILESTONE,
  listEventsForUserRequirements,
  recordExamAttempt,
  saveOnboarding,
  saveProgress,
} from "./progress";
import { addHeldSpell } from "./held";

afterAll(() => closeDb());

describe("plans", () => {
  it("starts a path once; the first plan is primary; making another primary moves the flag", async () => {
    const user = await newUser("plans");
    const echo = await createPlanForUser({ userId: user.id, pathSlug: "echocardiographer" });
    const again = await createPlanForUser({ userId: user.id, pathSlug: "echocardiographer" });
    const vascular = await createPlanForUser({
      userId: user.id,
      pathSlug: "vascular-technologist",
    });
    expect(again.id).toBe(echo.id);
    expect(echo.isPrimary).toBe(true);
    expect(vascular.isPrimary).toBe(false);

    await makePlanPrimary({ userId: user.id, planId: vascular.id });
    const plans = await listPlansByUserId(user.id);
    expect(plans.map((plan) => [plan.pathSlug, plan.isPrimary])).toEqual([
      ["vascular-technologist", true],
      ["echocardiographer", false],
    ]);
  });

  it("refuses an unknown path", async () => {
    const user = await newUser("plans");
    await expect(createPlanForUser({ userId: user.id, pathSlug: "astronaut" })).rejects.toThrow(
      /couldn't find/,
    );
  });

  it("leaving a path removes the plan but keeps progress on shared requirements", async () => {
    const user = await newUser("plans");
    const echo = await createPlanForUser({ userId: user.id, pathSlug: "echocardiographer" });
    const vascular = await createPlanForUser({
      userId: user.id,
      pathSlug: "vascular-technologist",
    });
    await saveProgress({
      now: now(),
      userId: user.id,
      requirementSlug: "ardms-spi",
      expectedVersion: 0,
      changes: { status: "done", completedDate: "2024-03-15" },
    });
    await deletePlanForUser({ userId: user.id, planId: echo.id });

    const remaining = await listPlansByUserId(user.id);
    expect(remaining.map((plan) => plan.id)).toEqual([vascular.id]);
    expect(remaining[0]?.isPrimary).toBe(true);
    const records = await getUserRecords(user.id);
    expect(
      records.records.progress.find((row) => row.requirementSlug === "ardms-spi")?.status,
    ).toBe("done");
  });

  it("picks are versioned: a stale pick is refused and the newer one survives", async () => {
    const user = await newUser("plans");
    const plan = await createPlanForUser({ userId: user.id, pathSlug: "echocardiographer" });
    const first = await setPlanPick({
      userId: user.id,
      planId: plan.id,
      groupKey: "ardms-rdcs-specialty",
      requirementSlug: "ardms-ae",
      expectedVersion: plan.version,
    });
    await expect(
      setPlanPick({
        userId: user.id,
        planId: plan.id,
        groupKey: "ardms-rdcs-specialty",
        requirementSlug: "ardms-pe",
        expectedVersion: plan.version,
      }),
    ).rejects.toThrow(/changed elsewhere/);
    expect((await getPlanByIdForUser({ userId: user.id, planId: plan.id })).picks).toEqual({
      "ardms-rdcs-specialty": "ardms-ae",
    });
    expect(first.version).toBe(plan.version + 1);
  });

  it("another user's plan is not found, and stays unchanged", async () => {
    const owner = await newUser("plans");
    const stranger = await newUser("plans");
    const plan = await createPlanForUser({ userId: owner.id, pathSlug: "echocardiographer" });
    await expect(getPlanByIdForUser({ userId: stranger.id, planId: plan.id })).rejects.toThrow(
      /couldn't find/,
    );
    await expect(makePlanPrimary({ userId: stranger.id, planId: plan.id })).rejects.toThrow(
      /couldn't find/,
    );
    await expect(deletePlanForUser({ userId: stranger.id, planId: plan.id })).rejects.toThrow(
      /couldn't find/,
    );
    await expect(
      setPlanPick({
        userId: stranger.id,
        planId: plan.id,
        groupKey: "ardms-rdcs-specialty",
        requirementSlug: "ardms-ae",
        expectedVersion: plan.version,
      }),
    ).rejects.toThrow(/couldn't find/);
    await expect(
      createCustomMilestone({
        now: now(),
        userId: stranger.id,
        planId: plan.id,
        title: "x",
        targetDate: null,
      }),
    ).rejects.toThrow(/couldn't find/);
    expect(await getPlanByIdForUser({ userId: owner.id, planId: plan.id })).toEqual(plan);
  });
});

describe("progress", () => {
  it("saves with a version, records each change in the history, and refuses a stale save", async () => {
    const user = await newUser("plans");
    const created = await saveProgress({
      now: now(),
      userId: user.id,
      requirementSlug: "ardms-ae",
      expectedVersion: 0,
      changes: { status: "planned", targetDate: "2027-06-01" },
    });
    expect(created.version).toBe(1);
    const updated = await saveProgress({
      now: now(),
      userId: user.id,
      requirementSlug: "ardms-ae",
      expectedVersion: 1,
      changes: { status: "scheduled", examDate: "2027-05-20" },
    });
    expect(updated.version).toBe(2);

    // A second tab still holding version 1 is refused; the first tab's data survives.
    await expect(
      saveProgress({
        now: now(),
        userId: user.id,
        requirementSlug: "ardms-ae",
        expectedVersion: 1,
        changes: { status: "not_started" },
      }),
    ).rejects.toThrow(/changed elsewhere/);
    const [row] = await getDb().select().from(progress).where(eq(progress.id, updated.id));
    expect(row?.status).toBe("scheduled");

    const history = await listEventsForUserRequirements({
      userId: user.id,
      requirementSlugs: ["ardms-ae"],
      customIds: [],
    });
    expect(history.map((event) => [event.field, event.oldValue, event.newValue]).sort()).toEqual(
      [
        ["examDate", null, "2027-05-20"],
        ["status", "planned", "scheduled"],
        ["status", null, "planned"],
        ["targetDate", null, "2027-06-01"],
      ].sort(),
    );
  });

  it("keeps a failed attempt as history when the exam is passed later", async () => {
    const user = await newUser("plans");
    const failed = await recordExamAttempt({
      now: now(),
      userId: user.id,
      requirementSlug: "ardms-spi",
      expectedVersion: 0,
      attemptedOn: "2025-01-10",
      result: "failed",
      countsToward: null,
    });
    const passed = await recordExamAttempt({
      now: now(),
      userId: user.id,
      requirementSlug: "ardms-spi",
      expectedVersion: failed.version,
      attemptedOn: "2025-04-02",
      result: "passed",
      countsToward: null,
    });
    expect(passed.status).toBe("done");
    expect(passed.completedDate).toBe("2025-04-02");
    const { attempts } = await getUserRecords(user.id);
    expect(attempts.map((attempt) => [attempt.attemptedOn, attempt.result])).toEqual([
      ["2025-01-10", "failed"],
      ["2025-04-02", "passed"],
    ]);
  });

  it("onboarding is recorded; what the user holds (a spell) is done in every plan", async () => {
    const user = await newUser("plans");
    await saveOnboarding({ userId: user.id, now: now() });
    await addHeldSpell({
      userId: user.id,
      requirementSlug: "ardms-spi",
      earnedOn: "2024-03-15",
      status: "active",
      endedOn: null,
    });
    await addHeldSpell({
      userId: user.id,
      requirementSlug: "degree-bachelor",
      earnedOn: null,
      status: "active",
      endedOn: null,
    });
    const data = await getUserRecords(user.id);
    expect(data.profile?.onboardedAt).toBeInstanceOf(Date);
    expect(data.records.held.map((row) => row.requirementSlug).sort()).toEqual([
      "ardms-spi",
      "degree-bachelor",
    ]);
  });

  it("custom milestones: versioned updates and deletion only by their owner", async () => {
    const user = await newUser("plans");
    const stranger = await newUser("plans");
    const plan = await createPlanForUser({ userId: user.id, pathSlug: "clinical-educator" });
    const milestone = await createCustomMilestone({
      now: now(),
      userId: user.id,
      planId: plan.id,
      title: "Shadow an educator",
      targetDate: "2027-01-15",
    });
    await expect(
      updateCustomMilestone({
        now: now(),
        userId: stranger.id,
        milestoneId: milestone.id,
        expectedVersion: 1,
        changes: { status: "done" },
      }),
    ).rejects.toThrow(/couldn't find/);
    const updated = await updateCustomMilestone({
      now: now(),
      userId: user.id,
      milestoneId: milestone.id,
      expectedVersion: 1,
      changes: { status: "done" },
    });
    expect(updated.version).toBe(2);
    await expect(
      updateCustomMilestone({
        now: now(),
        userId: user.id,
        milestoneId: milestone.id,
        expectedVersion: 1,
        changes: { title: "Stale" },
      }),
    ).rejects.toThrow(/changed elsewhere/);
    await expect(
      deleteCustomMilestone({ userId: stranger.id, milestoneId: milestone.id }),
    ).rejects.toThrow(/couldn't find/);
    await deleteCustomMilestone({ userId: user.id, milestoneId: milestone.id });
    const events = await getDb()
      .select()
      .from(milestoneEvents)
      .where(eq(milestoneEvents.userId, user.id));
    expect(events).toEqual([]); // history of a deleted custom milestone goes with it
  });

  it("lists each milestone's newest changes, capped per milestone, with how many it has in all", async () => {
    const user = await newUser("plans");
    const stranger = await newUser("plans");
    const plan = await createPlanForUser({ userId: user.id, pathSlug: "clinical-educator" });
    const custom = await createCustomMilestone({
      now: now(),
      userId: user.id,
      planId: plan.id,
      title: "Shadow an educator",
      targetDate: null,
    });
    const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));
    const change = (n: number) => ({ field: "notes", newValue: `note ${n}`, createdAt: day(n) });
    await getDb()
      .insert(milestoneEvents)
      .values([
        // SPI: more changes than the cap, inserted oldest last so that the order is the query's.
        ...Array.from({ length: HISTORY_PER_MILESTONE + 3 }, (_, index) => ({
          userId: user.id,
          requirementSlug: "ardms-spi",
          ...change(HISTORY_PER_MILESTONE + 3 - index),
        })),
        { userId: user.id, requirementSlug: "ardms-ae", ...change(20) },
        { userId: user.id, customMilestoneId: custom.id, ...change(21) },
        // Another person's change to the same requirement is never theirs to see.
        { userId: stranger.id, requirementSlug: "ardms-spi", ...change(22) },
      ]);

    const history = await listEventsForUserRequirements({
      userId: user.id,
      requirementSlugs: ["ardms-spi", "ardms-ae"],
      customIds: [custom.id],
    });
    const of = (belongs: (event: (typeof history)[number]) => boolean) =>
      history.filter(belongs).map((event) => [event.newValue, event.total]);
    // The custom milestone's creation (today) is one change too.
    expect(of((event) => event.customMilestoneId === custom.id)).toEqual([
      ["Shadow an educator", 2],
      ["note 21", 2],
    ]);
    expect(of((event) => event.requirementSlug === "ardms-ae")).toEqual([["note 20", 1]]);
    const spi = of((event) => event.requirementSlug === "ardms-spi");
    expect(spi).toHaveLength(HISTORY_PER_MILESTONE);
    expect(spi[0]).toEqual([`note ${HISTORY_PER_MILESTONE + 3}`, HISTORY_PER_MILESTONE + 3]);
    expect(spi.at(-1)).toEqual(["note 4", HISTORY_PER_MILESTONE + 3]);
    // Newest first across milestones, as the dialog lists them.
    const times = history.map((event) => event.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("calendar feed tokens", () => {
  it("stores only a hash; regenerating invalidates the old link; revoking ends it", async () => {
    const user = await newUser("plans");
    const first = await issueCalendarToken(user.id);
    expect(await calendarOwner(first)).toBe(user.id);
    const second = await issueCalendarToken(user.id);
    expect(await calendarOwner(first)).toBeUndefined();
    expect(await calendarOwner(second)).toBe(user.id);
    const stored = await getDb().query.calendarFeeds.findFirst({
      where: (feeds, { eq: equals }) => equals(feeds.userId, user.id),
    });
    expect(stored?.tokenHash).not.toContain(second);
    await revokeCalendarToken(user.id);
    expect(await calendarOwner(second)).toBeUndefined();
  });
});
