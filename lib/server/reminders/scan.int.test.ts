import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { heldCredentials, reminders, users } from "@/db/schema";
import { createUserWithPassword } from "@/db/queries/users";
import { stopJobs } from "@/lib/server/jobs/boss";
import { scan } from "./scan";

afterAll(async () => {
  await stopJobs();
  await closeDb();
});

async function rdmsHolder() {
  const user = (await createUserWithPassword({
    email: `cycle-${randomUUID().slice(0, 8)}@example.test`,
    passwordHash: "h",
  }))!;
  await getDb()
    .update(users)
    .set({ timeZone: "UTC", emailVerified: new Date("2024-01-01T00:00:00Z") })
    .where(eq(users.id, user.id));
  // RDMS earned 2023-06-10, entered long before: the ARDMS CME period ends 2026-12-31.
  await getDb()
    .insert(heldCredentials)
    .values({
      userId: user.id,
      requirementSlug: "ardms-rdms",
      earnedOn: "2023-06-10",
      createdAt: new Date("2024-01-01T00:00:00Z"),
    });
  return user;
}

const rowsOf = (userId: string) =>
  getDb().select().from(reminders).where(eq(reminders.userId, userId));

describe("CE cycle and renewal fee reminders", () => {
  it("a CE period's end a month before, with what is missing and the pace; the fee 30 days before", async () => {
    const user = await rdmsHolder();
    await scan(new Date("2026-11-30T09:00:00Z"));
    const cycle = (await rowsOf(user.id)).filter((row) => row.kind === "ce_cycle");
    expect(cycle.map((row) => row.key)).toEqual(["ce_cycle|ardms|2026-12-31|1m"]);
    // Two whole months left, the part month of today counting as one (lib/windows wholeMonthsLeft).
    expect(cycle[0]!.detail).toBe("30 CME still to earn, about 15 a month");
    expect((await rowsOf(user.id)).some((row) => row.kind === "renewal_fee")).toBe(false);

    await scan(new Date("2026-12-01T09:00:00Z"));
    const fee = (await rowsOf(user.id)).filter((row) => row.kind === "renewal_fee");
    expect(fee.map((row) => row.key)).toEqual(["renewal_fee|ardms|2026-12-31|30d"]);
  });
});
