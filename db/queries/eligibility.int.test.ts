import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, sqlClient } from "@/db";
import { newUser } from "@/db/testing/fixtures";
import { loadUserRecords } from "@/lib/server/loaders/user-records";
import { getEligibilityProfileByUser, saveEligibilityProfile } from "./eligibility";

afterAll(() => closeDb());

describe("eligibility profile", () => {
  it("migrates user_profiles.experience_months to clinical work with no area stated, never dropping it", async () => {
    const sql = sqlClient();
    const user = await newUser("migrate");
    await sql`insert into user_profiles (user_id, experience_months, onboarded_at)
              values (${user.id}, 30, now())`;
    // The data statements of the migration, run again on this row (they are idempotent).
    const migration = readFileSync(
      path.resolve("db/migrations/0006_eligibility_profile.sql"),
      "utf8",
    );
    const statements = migration.split("--> statement-breakpoint").slice(-2);
    for (const statement of statements) await sql.unsafe(statement);

    const row = await getEligibilityProfileByUser(user.id);
    expect(row?.answers).toEqual({
      version: 1,
      experience: { clinical: { unspecified: { fullTimeMonths: 30 } } },
      splitLegacyExperience: true,
    });
    const [profile] =
      await sql`select experience_months from user_profiles where user_id = ${user.id}`;
    expect(profile!.experience_months).toBeNull();

    // Both engines read it: area-free months count where any area counts, and the user is asked.
    const data = await loadUserRecords(user.id, "2026-11-30");
    expect(data.stored.splitLegacyExperience).toBe(true);
    expect(data.eligibilityProfile.experience?.clinical).toEqual({
      unspecified: { fullTimeMonths: 30 },
    });
    expect(data.records.experience?.["exp-clinical-12-months"]?.done).toBe(true);
  });

  it("saves with optimistic concurrency: a stale version is refused", async () => {
    const user = await newUser("version");
    expect(
      await saveEligibilityProfile({ userId: user.id, answers: { a: 1 }, expectedVersion: 0 }),
    ).toBe(1);
    expect(
      await saveEligibilityProfile({ userId: user.id, answers: { a: 2 }, expectedVersion: 1 }),
    ).toBe(2);
    await expect(
      saveEligibilityProfile({ userId: user.id, answers: { a: 3 }, expectedVersion: 1 }),
    ).rejects.toThrow();
    await expect(
      saveEligibilityProfile({ userId: user.id, answers: { a: 3 }, expectedVersion: 0 }),
    ).rejects.toThrow();
    expect((await getEligibilityProfileByUser(user.id))?.answers).toEqual({ a: 2 });
  });
});
