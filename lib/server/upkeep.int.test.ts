import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb, sqlClient } from "@/db";
import {
  createCeActivities,
  createCeActivity,
  deleteCeActivity,
  listCeActivitiesByUser,
  listCeActivitiesPageByUser,
  restoreCeActivity,
  setArrtBirthMonth,
  updateCeActivity,
} from "@/db/queries/ce-activities";
import {
  addHeldSpell,
  deleteHeldSpell,
  listHeldSpellsByUser,
  updateHeldSpell,
} from "@/db/queries/held";
import { addEligibilityMilestone, saveEligibilityProfile } from "@/db/queries/eligibility";
import { importAccountData } from "@/db/queries/import";
import { createUserWithPassword } from "@/db/queries/users";
import { accounts, ceActivities, plans, users } from "@/db/schema";
import { importSchema } from "@/lib/your-data/import-schema";
import { accountExport } from "./your-data";
import { ceActivityValues } from "@/db/testing/fixtures";

afterAll(closeDb);

async function newUser(label = "upkeep") {
  const user = await createUserWithPassword({
    email: `${label}-${crypto.randomUUID().slice(0, 8)}@example.test`,
    passwordHash: "h",
  });
  await getDb().update(users).set({ timeZone: "UTC" }).where(eq(users.id, user!.id));
  return (await getDb().select().from(users).where(eq(users.id, user!.id)))[0]!;
}

const activity = ceActivityValues;

describe("held-credential spells", () => {
  it("a credential that lapses and is earned again keeps both spells; overlaps are refused", async () => {
    const user = await newUser();
    const first = await addHeldSpell({
      userId: user.id,
      requirementSlug: "cci-rcs",
      earnedOn: "2018-05-01",
      status: "active",
      endedOn: null,
    });
    // A second open spell of the same credential is refused.
    await expect(
      addHeldSpell({
        userId: user.id,
        requirementSlug: "cci-rcs",
        earnedOn: "2024-09-20",
        status: "active",
        endedOn: null,
      }),
    ).rejects.toThrow(/already hold/);
    const lapsed = await updateHeldSpell({
      userId: user.id,
      spellId: first.id,
      expectedVersion: 1,
      earnedOn: "2018-05-01",
      status: "lapsed",
      endedOn: "2022-03-31",
    });
    expect(lapsed).toMatchObject({ status: "lapsed", endedOn: "2022-03-31", version: 2 });
    // A stale version is refused.
    await expect(
      updateHeldSpell({
        userId: user.id,
        spellId: first.id,
        expectedVersion: 1,
        earnedOn: "2018-05-01",
        status: "ended",
        endedOn: "2022-03-31",
      }),
    ).rejects.toThrow(/changed elsewhere/);
    // Earned again inside the lapsed spell: overlap; after it: a second spell.
    await expect(
      addHeldSpell({
        userId: user.id,
        requirementSlug: "cci-rcs",
        earnedOn: "2021-01-01",
        status: "active",
        endedOn: null,
      }),
    ).rejects.toThrow(/overlap/);
    await addHeldSpell({
      userId: user.id,
      requirementSlug: "cci-rcs",
      earnedOn: "2024-09-20",
      status: "active",
      endedOn: null,
    });
    const spells = await listHeldSpellsByUser(user.id);
    expect(spells.map((s) => [s.earnedOn, s.status, s.endedOn])).toEqual([
      ["2018-05-01", "lapsed", "2022-03-31"],
      ["2024-09-20", "active", null],
    ]);
    // The database refuses an "active" spell with an end date, whatever the caller does.
    await expect(
      sqlClient()`update held_credentials set ended_on = '2025-01-01' where id = ${spells[1]!.id}`,
    ).rejects.toMatchObject({ constraint_name: "held_credentials_status_matches_end" });
  });

  it("another user's spell is not found, and stays as it was", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const spell = await addHeldSpell({
      userId: owner.id,
      requirementSlug: "ardms-rdms",
      earnedOn: "2023-06-10",
      status: "active",
      endedOn: null,
    });
    await expect(
      updateHeldSpell({
        userId: stranger.id,
        spellId: spell.id,
        expectedVersion: 1,
        earnedOn: "2020-01-01",
        status: "active",
        endedOn: null,
      }),
    ).rejects.toThrow(/couldn't find/);
    await expect(deleteHeldSpell({ userId: stranger.id, spellId: spell.id })).rejects.toThrow(
      /couldn't find/,
    );
    expect(await listHeldSpellsByUser(owner.id)).toEqual([spell]);
  });
});

describe("the CE log", () => {
  it("keeps credits exact, versions edits, deletes with undo, and purges a day later", async () => {
    const user = await newUser();
    const stranger = await newUser();
    const created = await createCeActivity({
      userId: user.id,
      values: activity({ credits: "0.75" }),
    });
    expect(created.credits).toBe("0.75");
    const updated = await updateCeActivity({
      userId: user.id,
      activityId: created.id,
      expectedVersion: 1,
      values: activity({ credits: "1.25" }),
    });
    expect(updated).toMatchObject({ credits: "1.25", version: 2 });
    await expect(
      updateCeActivity({
        userId: user.id,
        activityId: created.id,
        expectedVersion: 1,
        values: activity(),
      }),
    ).rejects.toThrow(/changed elsewhere/);
    for (const attempt of [
      () =>
        updateCeActivity({
          userId: stranger.id,
          activityId: created.id,
          expectedVersion: 2,
          values: activity({ title: "Hijacked" }),
        }),
      () => deleteCeActivity({ userId: stranger.id, activityId: created.id, now: new Date() }),
    ]) {
      await expect(attempt()).rejects.toThrow(/couldn't find/);
    }

    const deletedAt = new Date("2026-11-01T10:00:00Z");
    await deleteCeActivity({ userId: user.id, activityId: created.id, now: deletedAt });
    expect(await listCeActivitiesByUser(user.id)).toEqual([]);
    await expect(
      restoreCeActivity({ userId: stranger.id, activityId: created.id }),
    ).rejects.toThrow(/couldn't find/);
    await restoreCeActivity({ userId: user.id, activityId: created.id });
    expect((await listCeActivitiesByUser(user.id)).map((row) => row.id)).toEqual([created.id]);

    // Deleted again; another delete more than a day later purges it for good.
    await deleteCeActivity({ userId: user.id, activityId: created.id, now: deletedAt });
    const other = await createCeActivity({ userId: user.id, values: activity({ title: "Other" }) });
    await deleteCeActivity({
      userId: user.id,
      activityId: other.id,
      now: new Date("2026-11-03T10:00:00Z"),
    });
    const rows = await getDb().select().from(ceActivities).where(eq(ceActivities.userId, user.id));
    expect(rows.map((row) => row.id)).toEqual([other.id]);
  });

  it("pages the log in SQL, in the log's order, without deleted or other users' activities", async () => {
    const user = await newUser();
    const stranger = await newUser();
    // Seven activities; two share a date, so the id breaks the tie as in the whole log.
    const dates = [
      "2026-01-05",
      "2026-03-10",
      "2026-03-10",
      "2025-12-01",
      "2026-06-30",
      "2024-02-29",
      "2026-02-14",
    ];
    await createCeActivities({
      userId: user.id,
      rows: dates.map((completedOn, index) =>
        activity({ completedOn, title: `Activity ${index}` }),
      ),
      source: "import",
    });
    await createCeActivity({
      userId: stranger.id,
      values: activity({ completedOn: "2026-12-01" }),
    });
    const deleted = await createCeActivity({
      userId: user.id,
      values: activity({ completedOn: "2026-11-01", title: "Deleted" }),
    });
    await deleteCeActivity({ userId: user.id, activityId: deleted.id, now: new Date() });

    const whole = (await listCeActivitiesByUser(user.id)).map((row) => row.id);
    expect(whole).toHaveLength(7);
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listCeActivitiesPageByUser(user.id, page, 3)),
    );
    expect(pages.map(({ page, pageCount, total }) => ({ page, pageCount, total }))).toEqual([
      { page: 1, pageCount: 3, total: 7 },
      { page: 2, pageCount: 3, total: 7 },
      { page: 3, pageCount: 3, total: 7 },
    ]);
    expect(pages.flatMap((page) => page.items.map((row) => row.id))).toEqual(whole);

    // Past the end: the last page; an empty log: one empty page.
    const past = await listCeActivitiesPageByUser(user.id, 9, 3);
    expect({ page: past.page, ids: past.items.map((row) => row.id) }).toEqual({
      page: 3,
      ids: whole.slice(6),
    });
    expect(await listCeActivitiesPageByUser((await newUser()).id, 2, 3)).toEqual({
      page: 1,
      pageCount: 1,
      total: 0,
      items: [],
    });
  });

  it("check constraints mirror the limits: no zero, no float noise past two places", async () => {
    const user = await newUser();
    await expect(
      createCeActivity({ userId: user.id, values: activity({ credits: "0" }) }),
    ).rejects.toThrow();
    await expect(
      createCeActivity({ userId: user.id, values: activity({ title: "x".repeat(301) }) }),
    ).rejects.toThrow();
    await expect(
      createCeActivity({
        userId: user.id,
        values: activity({ credits: "1", creditsArrt: "2" }),
      }),
    ).rejects.toMatchObject({ cause: { constraint_name: "ce_activities_body_credits_range" } });
  });
});

/** A person with RDMS from a plan's exams, RCS held, an OB/GYN pass, a birth month and a CE log. */
async function populatedUser() {
  const user = await newUser("export");
  const sql = sqlClient();
  await sql`insert into exam_attempts (user_id, requirement_slug, attempted_on, result)
            values (${user.id}, 'ardms-spi', '2022-11-01', 'passed'),
                   (${user.id}, 'ardms-ab', '2023-06-10', 'passed'),
                   (${user.id}, 'ardms-obgyn', '2025-04-01', 'passed')`;
  await addHeldSpell({
    userId: user.id,
    requirementSlug: "cci-rcs",
    earnedOn: "2024-09-20",
    status: "active",
    endedOn: null,
  });
  await addHeldSpell({
    userId: user.id,
    requirementSlug: "arrt-s",
    earnedOn: "2021-02-01",
    status: "active",
    endedOn: null,
  });
  await setArrtBirthMonth({ userId: user.id, month: 3 });
  await saveEligibilityProfile({
    userId: user.id,
    answers: {
      version: 1,
      experience: { clinical: { cardiac: { fullTimeMonths: 14 } } },
      education: { highestDegree: "bachelor" },
    },
    expectedVersion: 0,
  });
  await addEligibilityMilestone({
    userId: user.id,
    requirementSlug: "ardms-spi",
    targetSlug: "ardms-rdcs",
  });
  const [plan] = await getDb()
    .insert(plans)
    .values({ userId: user.id, pathSlug: "echocardiographer", isPrimary: true })
    .returning();
  await sql`insert into custom_milestones (user_id, plan_id, title) values (${user.id}, ${plan!.id}, 'Shadow a lead')`;
  await createCeActivities({
    userId: user.id,
    source: "transcript",
    rows: [
      activity({
        completedOn: "2024-02-10",
        title: "Fetal echo basics",
        credits: "2.5",
        category: "obstetrics-gynecology",
      }),
      activity({
        completedOn: "2025-08-14",
        title: "Valve disease review",
        credits: "3",
        creditsArrt: "2",
        creditsArrtSonography: "1.5",
      }),
      activity({
        completedOn: "2025-11-02",
        title: "Carotid duplex",
        credits: "1.75",
        category: "vascular",
      }),
      activity({ completedOn: "2026-02-20", title: "Strain imaging", credits: "2" }),
    ],
  });
  return user;
}

describe("the JSON export and its import", () => {
  it("a real export validates against docs/export.schema.json", async () => {
    const user = await populatedUser();
    const exported = JSON.parse(JSON.stringify(await accountExport(user)));
    const schema = JSON.parse(readFileSync(path.resolve("docs/export.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(exported);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
    expect(exported.heldCredentials).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          requirementSlug: "cci-rcs",
          status: "active",
          earnedOn: "2024-09-20",
          endedOn: null,
        }),
      ]),
    );
    const ardms = exported.upkeep.find((cycle: { body: string }) => cycle.body === "ardms");
    expect(ardms).toMatchObject({
      credentials: ["ardms-rdms"],
      periodStart: "2023-06-10",
      periodEnd: "2026-12-31",
      required: "30",
      waived: "15",
      requiredAlternatives: [expect.objectContaining({ value: "25", confidence: "secondary" })],
    });
  });

  it("importing a user's export into a new account reproduces the same upkeep figures; a second import adds nothing", async () => {
    const source = await populatedUser();
    const file = JSON.parse(JSON.stringify(await accountExport(source)));
    const target = await newUser("import");
    const data = importSchema.parse(file);
    const first = await importAccountData({ userId: target.id, data, now: new Date() });
    expect(first.added).toEqual({
      profile: 1,
      plans: 1,
      progress: 0,
      customMilestones: 1,
      heldCredentials: 2,
      examAttempts: 3,
      ceActivities: 4,
      eligibilityProfile: 1,
      eligibilityMilestones: 1,
    });
    const imported = JSON.parse(JSON.stringify(await accountExport(target)));
    expect(imported.upkeep).toEqual(file.upkeep);
    expect(imported.upkeep.length).toBe(3);
    expect(imported.eligibilityProfile.answers).toEqual(file.eligibilityProfile.answers);
    expect(imported.eligibilityMilestones).toEqual([
      expect.objectContaining({ requirementSlug: "ardms-spi", targetSlug: "ardms-rdcs" }),
    ]);
    // Every id is new.
    const sourceIds = new Set(
      [...file.ceActivities, ...file.heldCredentials, ...file.plans].map(
        (row: { id: string }) => row.id,
      ),
    );
    for (const row of [...imported.ceActivities, ...imported.heldCredentials, ...imported.plans]) {
      expect(sourceIds.has(row.id)).toBe(false);
    }

    const second = await importAccountData({ userId: target.id, data, now: new Date() });
    expect(Object.values(second.added).every((count) => count === 0)).toBe(true);
    expect(second.differences).toEqual([]);
    expect((await listCeActivitiesByUser(target.id)).length).toBe(4);
  });

  it("where the account's row differs, it wins and the difference is listed", async () => {
    const user = await newUser();
    await createCeActivity({
      userId: user.id,
      values: activity({ provider: "ASE", category: "cardiovascular" }),
    });
    const data = importSchema.parse({
      format: "sonography-career-planner-export",
      version: 1,
      ceActivities: [{ ...activity({ provider: "SVU", category: "vascular" }), credits: "3.00" }],
    });
    const summary = await importAccountData({ userId: user.id, data, now: new Date() });
    expect(summary.added.ceActivities).toBe(0);
    expect(summary.differences).toEqual([
      expect.objectContaining({
        section: "ceActivities",
        field: "provider",
        kept: "ASE",
        inFile: "SVU",
      }),
      expect.objectContaining({ field: "category", kept: "cardiovascular", inFile: "vascular" }),
    ]);
    expect((await listCeActivitiesByUser(user.id))[0]).toMatchObject({ provider: "ASE" });
  });

  it("an export edited to carry another user's ids and a linkedAccounts section imports nothing of them", async () => {
    const victim = await populatedUser();
    const victimFile = JSON.parse(JSON.stringify(await accountExport(victim)));
    const before = await sqlClient()`select * from plans where user_id = ${victim.id}`;
    const attacker = await newUser("attacker");
    const edited = {
      ...victimFile,
      user: { ...victimFile.user, id: victim.id },
      linkedAccounts: [{ provider: "github", type: "oauth", providerAccountId: "victim-gh" }],
      sessions: [{ id: crypto.randomUUID(), createdAt: new Date().toISOString() }],
    };
    const summary = await importAccountData({
      userId: attacker.id,
      data: importSchema.parse(edited),
      now: new Date(),
    });
    expect(summary.added.plans).toBe(1);
    // The victim's rows are untouched; the attacker got copies with new ids, and no linked account.
    expect(await sqlClient()`select * from plans where user_id = ${victim.id}`).toEqual(before);
    const attackerPlans = await getDb().select().from(plans).where(eq(plans.userId, attacker.id));
    expect(attackerPlans.map((plan) => plan.id)).not.toContain(victimFile.plans[0].id);
    expect(await getDb().select().from(accounts).where(eq(accounts.userId, attacker.id))).toEqual(
      [],
    );
  });

  it("all or nothing: a row the database refuses leaves the account as it was", async () => {
    const user = await newUser();
    const data = importSchema.parse({
      format: "sonography-career-planner-export",
      version: 1,
      plans: [{ id: "p1", pathSlug: "echocardiographer", isPrimary: true }],
      progress: [{ requirementSlug: "ardms-spi", status: "done", completedDate: "2024-03-15" }],
    });
    // A CE row that passed no schema (as if a check changed under it): the database refuses it last.
    const broken = { ...data, ceActivities: [{ ...activity(), credits: "0" }] } as typeof data;
    await expect(
      importAccountData({ userId: user.id, data: broken, now: new Date() }),
    ).rejects.toThrow();
    expect(await getDb().select().from(plans).where(eq(plans.userId, user.id))).toEqual([]);
    const progressRows = await sqlClient()`select 1 from progress where user_id = ${user.id}`;
    expect(progressRows).toHaveLength(0);
  });
});
