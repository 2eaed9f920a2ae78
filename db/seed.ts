/**
 * Loads the typed catalog (lib/catalog) into Postgres. Idempotent: rows are compared with what is
 * there and only differences are written, so running it twice changes nothing. It never deletes
 * a requirement or path (users' progress may reference it): one that has left the catalog is
 * retired. It never touches user tables.
 */
import { and, isNull, notInArray, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { catalog as defaultCatalog } from "@/lib/catalog";
import type { Catalog, RequirementNode } from "@/lib/catalog/types";
import {
  catalogGroupMembers,
  catalogGroups,
  catalogMaintenanceRules,
  catalogPathSteps,
  catalogPaths,
  catalogPrerequisites,
  catalogRequirements,
  catalogSources,
  catalogWindowRules,
} from "./schema";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDatabase = PgDatabase<PgQueryResultHKT, any>;

/** Stable JSON (sorted keys) so that comparisons don't depend on property order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

function sameRow(desired: Record<string, unknown>, existing: Record<string, unknown>): boolean {
  return Object.keys(desired).every((key) => stable(desired[key]) === stable(existing[key]));
}

/** Inserts new rows and updates changed ones, keyed by `slug`. Returns how many were written. */
async function upsertBySlug<Row extends { slug: string }>(
  db: AnyDatabase,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: any,
  rows: readonly Row[],
): Promise<number> {
  const existing = (await db.select().from(table)) as Record<string, unknown>[];
  const bySlug = new Map(existing.map((row) => [row.slug as string, row]));
  let written = 0;
  for (const row of rows) {
    const current = bySlug.get(row.slug);
    if (current && sameRow(row, current)) continue;
    if (current) {
      await db
        .update(table)
        .set({ ...row, updatedAt: new Date() })
        .where(sql`${table.slug} = ${row.slug}`);
    } else {
      await db.insert(table).values(row);
    }
    written++;
  }
  return written;
}

interface Structure {
  groups: (typeof catalogGroups.$inferInsert)[];
  members: (typeof catalogGroupMembers.$inferInsert)[];
  steps: (typeof catalogPathSteps.$inferInsert)[];
  prerequisites: (typeof catalogPrerequisites.$inferInsert)[];
}

function structureOf(catalog: Catalog): Structure {
  const structure: Structure = { groups: [], members: [], steps: [], prerequisites: [] };
  const addGroup = (
    node: Extract<RequirementNode, { key: string }>,
    owner: { pathSlug?: string; credentialSlug?: string },
    parentKey: string | null,
  ) => {
    structure.groups.push({
      key: node.key,
      mode: node.type === "allOf" ? "all_of" : "one_of",
      label: node.label,
      pathSlug: owner.pathSlug ?? null,
      credentialSlug: owner.credentialSlug ?? null,
      parentKey,
    });
    node.items.forEach((item, position) => {
      if (item.type === "requirement") {
        structure.members.push({
          groupKey: node.key,
          position,
          requirementSlug: item.slug,
          childGroupKey: null,
        });
      } else {
        addGroup(item, owner, node.key);
        structure.members.push({
          groupKey: node.key,
          position,
          requirementSlug: null,
          childGroupKey: item.key,
        });
      }
    });
  };

  for (const requirement of catalog.requirements) {
    if (requirement.earnedBy?.type === "allOf" || requirement.earnedBy?.type === "oneOf") {
      addGroup(requirement.earnedBy, { credentialSlug: requirement.slug }, null);
    }
    for (const prerequisite of requirement.prerequisites ?? []) {
      structure.prerequisites.push({
        requirementSlug: requirement.slug,
        prerequisiteSlug: prerequisite.slug,
        reason: prerequisite.reason,
      });
    }
  }
  for (const path of catalog.paths) {
    path.steps.forEach((step, position) => {
      const node = step.satisfiedBy;
      if (node.type !== "requirement") addGroup(node, { pathSlug: path.slug }, null);
      structure.steps.push({
        pathSlug: path.slug,
        key: step.key,
        position,
        title: step.title,
        necessity: step.necessity,
        groupKey: node.type === "requirement" ? null : node.key,
        requirementSlug: node.type === "requirement" ? node.slug : null,
      });
    });
  }
  return structure;
}

async function replaceStructureIfChanged(db: AnyDatabase, desired: Structure): Promise<boolean> {
  const [groups, members, steps, prerequisites] = await Promise.all([
    db.select().from(catalogGroups),
    db.select().from(catalogGroupMembers),
    db.select().from(catalogPathSteps),
    db.select().from(catalogPrerequisites),
  ]);
  const key = (rows: readonly object[]) => rows.map(stable).sort().join("\n");
  const normalise = <T extends object>(rows: readonly T[]) =>
    rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v ?? null])));
  const unchanged =
    key(normalise(groups)) === key(normalise(desired.groups)) &&
    key(normalise(members)) === key(normalise(desired.members)) &&
    key(normalise(steps)) === key(normalise(desired.steps)) &&
    key(normalise(prerequisites)) === key(normalise(desired.prerequisites));
  if (unchanged) return false;

  // Structure holds no user data (picks store group keys as text), so it is rebuilt whole: these
  // four full-table deletes are deliberate, inside the seed's transaction.
  /* eslint-disable drizzle/enforce-delete-with-where -- the catalog structure is replaced whole */
  await db.delete(catalogPathSteps);
  await db.delete(catalogGroupMembers);
  await db.delete(catalogGroups);
  await db.delete(catalogPrerequisites);
  /* eslint-enable drizzle/enforce-delete-with-where */
  if (desired.groups.length) await db.insert(catalogGroups).values(desired.groups);
  if (desired.members.length) await db.insert(catalogGroupMembers).values(desired.members);
  if (desired.steps.length) await db.insert(catalogPathSteps).values(desired.steps);
  if (desired.prerequisites.length)
    await db.insert(catalogPrerequisites).values(desired.prerequisites);
  return true;
}

export interface SeedResult {
  written: number;
  structureRebuilt: boolean;
  retired: number;
}

export async function seedCatalog(
  database: AnyDatabase,
  catalog: Catalog = defaultCatalog,
): Promise<SeedResult> {
  return database.transaction(async (db) => {
    let written = 0;
    written += await upsertBySlug(
      db,
      catalogSources,
      catalog.sources.map((source) => ({
        slug: source.slug,
        url: source.url,
        title: source.title,
        publisher: source.publisher,
      })),
    );
    written += await upsertBySlug(
      db,
      catalogWindowRules,
      catalog.windowRules.map((rule) => ({
        slug: rule.slug,
        issuer: rule.issuer,
        name: rule.name,
        startEvent: rule.startEvent,
        lengthYears: rule.length.years ?? null,
        lengthMonths: rule.length.months ?? null,
        rounding: rule.rounding,
        confidence: rule.confidence,
        rule: {
          description: rule.description,
          exemptions: rule.exemptions,
          onExpiry: rule.onExpiry,
          appliesTo: rule.appliesTo,
          sources: rule.sources,
          checkedOn: rule.checkedOn,
          note: rule.note ?? null,
        },
      })),
    );
    written += await upsertBySlug(
      db,
      catalogMaintenanceRules,
      catalog.maintenanceRules.map((rule) => ({
        slug: rule.slug,
        issuer: rule.issuer,
        name: rule.name,
        renewalFeeUsd: rule.renewalFee?.usd ?? null,
        renewalPeriod: rule.renewalFee?.period ?? null,
        creditsAmount: rule.credits?.amount ?? null,
        creditsUnit: rule.credits?.unit ?? null,
        creditsPeriodYears: rule.credits?.periodYears ?? null,
        rule: {
          appliesTo: rule.appliesTo,
          renewalFee: rule.renewalFee ?? null,
          credits: rule.credits ?? null,
          details: rule.details,
          confidence: rule.confidence,
          sources: rule.sources,
          checkedOn: rule.checkedOn,
        },
      })),
    );
    written += await upsertBySlug(
      db,
      catalogRequirements,
      catalog.requirements.map((requirement) => ({
        slug: requirement.slug,
        kind: requirement.kind,
        issuer: requirement.issuer,
        code: requirement.code ?? null,
        name: requirement.name,
        summary: requirement.summary,
        experienceAmount: requirement.experience?.amount ?? null,
        experienceUnit: requirement.experience?.unit ?? null,
        typicalMonths: requirement.typicalDuration.months,
        typicalMonthsIsEstimate: requirement.typicalDuration.estimate,
        windowRuleSlug: requirement.windowRule ?? null,
        maintenanceRuleSlug: requirement.maintenance ?? null,
        confidence: requirement.provenance.confidence,
        facts: {
          details: requirement.details,
          eligibility: requirement.eligibility ?? [],
          fees: requirement.fees ?? [],
          experience: requirement.experience ?? null,
          typicalDuration: requirement.typicalDuration,
          provenance: requirement.provenance,
        },
        retiredOn: requirement.retired?.on ?? null,
        retiredReason: requirement.retired?.reason ?? null,
      })),
    );
    written += await upsertBySlug(
      db,
      catalogPaths,
      catalog.paths.map((path) => ({
        slug: path.slug,
        title: path.title,
        category: path.category,
        tagline: path.tagline,
        content: {
          overview: path.overview,
          educationSummary: path.educationSummary,
          figures: path.figures,
          maintenance: path.maintenance,
          provenance: path.provenance,
        },
        retiredOn: null,
      })),
    );

    const structureRebuilt = await replaceStructureIfChanged(db, structureOf(catalog));

    // Soft retirement of anything that has left the catalog: kept for users who have progress
    // on it, hidden from new plans.
    const today = sql`current_date`;
    const retiredRequirements = await db
      .update(catalogRequirements)
      .set({ retiredOn: today, retiredReason: "Removed from the catalog" })
      .where(
        and(
          isNull(catalogRequirements.retiredOn),
          notInArray(
            catalogRequirements.slug,
            catalog.requirements.map((requirement) => requirement.slug),
          ),
        ),
      )
      .returning({ slug: catalogRequirements.slug });
    const retiredPaths = await db
      .update(catalogPaths)
      .set({ retiredOn: today })
      .where(
        and(
          isNull(catalogPaths.retiredOn),
          notInArray(
            catalogPaths.slug,
            catalog.paths.map((path) => path.slug),
          ),
        ),
      )
      .returning({ slug: catalogPaths.slug });

    return {
      written,
      structureRebuilt,
      retired: retiredRequirements.length + retiredPaths.length,
    };
  });
}
