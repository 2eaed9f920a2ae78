import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db";
import { catalog } from "@/lib/catalog";
import type { Catalog } from "@/lib/catalog/types";
import {
  catalogGroupMembers,
  catalogGroups,
  catalogPaths,
  catalogRequirements,
  progress,
  users,
} from "./schema";
import { seedCatalog } from "./seed";

afterAll(async () => {
  await seedCatalog(getDb()); // leave this worker's database as the template had it
  await closeDb();
});

async function snapshot() {
  const db = getDb();
  const [requirements, paths, groups, members] = await Promise.all([
    db.select().from(catalogRequirements).orderBy(catalogRequirements.slug),
    db.select().from(catalogPaths).orderBy(catalogPaths.slug),
    db.select().from(catalogGroups).orderBy(catalogGroups.key),
    db.select().from(catalogGroupMembers),
  ]);
  return { requirements, paths, groups, members };
}

async function userWithProgress(requirementSlug: string) {
  const [user] = await getDb()
    .insert(users)
    .values({ email: `seed-${crypto.randomUUID()}@example.test` })
    .returning();
  const [row] = await getDb()
    .insert(progress)
    .values({ userId: user!.id, requirementSlug, status: "done", completedDate: "2024-03-15" })
    .returning();
  return row!;
}

describe("seedCatalog", () => {
  it("loads every requirement, path and group of the catalog", async () => {
    const { requirements, paths, groups } = await snapshot();
    expect(requirements.map((row) => row.slug).sort()).toEqual(
      catalog.requirements.map((requirement) => requirement.slug).sort(),
    );
    expect(paths).toHaveLength(catalog.paths.length);
    expect(groups.map((group) => group.key)).toEqual(
      expect.arrayContaining([
        "ardms-rdcs-exams",
        "ardms-rdcs-specialty",
        "echocardiographer-credential",
      ]),
    );
  });

  it("is idempotent: a second run writes nothing and leaves identical rows", async () => {
    const before = await snapshot();
    const result = await seedCatalog(getDb());
    expect(result).toEqual({ written: 0, structureRebuilt: false, retired: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("updates an edited fact in place by slug and never touches a user's progress", async () => {
    const row = await userWithProgress("ardms-spi");
    const edited: Catalog = {
      ...catalog,
      requirements: catalog.requirements.map((requirement) =>
        requirement.slug === "ardms-spi"
          ? { ...requirement, summary: "Edited summary for the test." }
          : requirement,
      ),
    };
    const result = await seedCatalog(getDb(), edited);
    expect(result.written).toBe(1);

    const [spi] = await getDb()
      .select()
      .from(catalogRequirements)
      .where(eq(catalogRequirements.slug, "ardms-spi"));
    expect(spi?.summary).toBe("Edited summary for the test.");
    const [after] = await getDb().select().from(progress).where(eq(progress.id, row.id));
    expect(after).toEqual(row);
  });

  it("retires a requirement that left the catalog instead of deleting it", async () => {
    const referenced = new Set(
      (
        await getDb()
          .select({ slug: catalogGroupMembers.requirementSlug })
          .from(catalogGroupMembers)
      ).map((member) => member.slug),
    );
    const removable = catalog.requirements.find(
      (requirement) =>
        !requirement.retired &&
        !referenced.has(requirement.slug) &&
        !catalog.requirements.some((other) =>
          other.prerequisites?.some((p) => p.slug === requirement.slug),
        ),
    );
    expect(removable, "a requirement no group or prerequisite references").toBeDefined();
    const row = await userWithProgress(removable!.slug);

    const result = await seedCatalog(getDb(), {
      ...catalog,
      requirements: catalog.requirements.filter(
        (requirement) => requirement.slug !== removable!.slug,
      ),
    });
    expect(result.retired).toBe(1);
    const [retired] = await getDb()
      .select()
      .from(catalogRequirements)
      .where(eq(catalogRequirements.slug, removable!.slug));
    expect(retired?.retiredOn).not.toBeNull();
    const [after] = await getDb().select().from(progress).where(eq(progress.id, row.id));
    expect(after).toEqual(row);

    // Back in the catalog: no longer retired.
    await seedCatalog(getDb());
    const [restored] = await getDb()
      .select({ retiredOn: catalogRequirements.retiredOn })
      .from(catalogRequirements)
      .where(eq(catalogRequirements.slug, removable!.slug));
    expect(restored?.retiredOn).toBeNull();
    expect((await getDb().execute(sql`select 1`)).length).toBe(1);
  });
});
