import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import {
  ceActivities,
  customMilestones,
  eligibilityMilestones,
  eligibilityProfiles,
  examAttempts,
  heldCredentials,
  plans,
  progress,
  userProfiles,
} from "@/db/schema";
import { parseCredits } from "@/lib/upkeep/credits";
import { spellConflict } from "@/lib/upkeep/spells";
import type { ImportDifference, ImportFile, ImportSummary } from "@/lib/your-data/import-schema";

/**
 * Imports a checked export into one user's account, in ONE transaction (all or nothing), matching
 * rows by natural keys within that user only: plan by path, progress by requirement, custom
 * milestone by plan path and title, held spell by requirement and earned date, exam attempt by
 * exam, date and result, CE activity by date, title and credits. A row that exists is kept as it
 * is (the summary lists where the file differs); a missing one is added with a new id. Ids in the
 * file are never written or looked up: they only link a custom milestone to its plan in the file.
 */
export async function importAccountData(input: {
  userId: string;
  data: ImportFile;
  now: Date;
}): Promise<Omit<ImportSummary, "ignored">> {
  const { userId, data } = input;
  const differences: ImportDifference[] = [];
  const added: ImportSummary["added"] = {
    profile: 0,
    plans: 0,
    progress: 0,
    customMilestones: 0,
    heldCredentials: 0,
    examAttempts: 0,
    ceActivities: 0,
    eligibilityProfile: 0,
    eligibilityMilestones: 0,
  };
  const show = (value: unknown): string | null =>
    value === null || value === undefined || value === ""
      ? null
      : typeof value === "object"
        ? JSON.stringify(value)
        : String(value);
  const compare = (
    section: ImportDifference["section"],
    key: string,
    pairs: [string, unknown, unknown][],
  ) => {
    for (const [field, kept, inFile] of pairs) {
      if (inFile === undefined) continue;
      if (show(kept) !== show(inFile)) {
        differences.push({ section, key, field, kept: show(kept), inFile: show(inFile) });
      }
    }
  };

  await getDb().transaction(async (tx) => {
    // Profile: one row per user.
    if (data.profile) {
      const [existing] = await tx
        .select()
        .from(userProfiles)
        .where(eq(userProfiles.userId, userId));
      if (existing) {
        compare("profile", "profile", [
          ["experienceMonths", existing.experienceMonths, data.profile.experienceMonths],
          ["arrtBirthMonth", existing.arrtBirthMonth, data.profile.arrtBirthMonth],
        ]);
      } else {
        await tx.insert(userProfiles).values({
          userId,
          experienceMonths: data.profile.experienceMonths ?? null,
          arrtBirthMonth: data.profile.arrtBirthMonth ?? null,
          onboardedAt: input.now,
        });
        added.profile = 1;
      }
    }

    // The eligibility answers: one document per user.
    if (data.eligibilityProfile) {
      const [existing] = await tx
        .select()
        .from(eligibilityProfiles)
        .where(eq(eligibilityProfiles.userId, userId));
      if (existing) {
        compare("eligibilityProfile", "profile", [
          ["answers", existing.answers, data.eligibilityProfile.answers],
        ]);
      } else {
        await tx
          .insert(eligibilityProfiles)
          .values({ userId, answers: data.eligibilityProfile.answers });
        added.eligibilityProfile = 1;
      }
    }
    // Pieces added from the eligibility page, by requirement.
    if (data.eligibilityMilestones?.length) {
      const kept = new Set(
        (
          await tx
            .select({ requirementSlug: eligibilityMilestones.requirementSlug })
            .from(eligibilityMilestones)
            .where(eq(eligibilityMilestones.userId, userId))
        ).map((row) => row.requirementSlug),
      );
      for (const milestone of data.eligibilityMilestones) {
        if (kept.has(milestone.requirementSlug)) continue;
        kept.add(milestone.requirementSlug);
        await tx.insert(eligibilityMilestones).values({ userId, ...milestone });
        added.eligibilityMilestones += 1;
      }
    }

    // Plans by path; the file's plan ids map to this account's plans for custom milestones.
    const planRows = await tx.select().from(plans).where(eq(plans.userId, userId));
    const byPath = new Map(planRows.map((plan) => [plan.pathSlug, plan]));
    const planIdOfFileId = new Map<string, string>();
    let hasPrimary = planRows.some((plan) => plan.isPrimary);
    for (const plan of data.plans ?? []) {
      let row = byPath.get(plan.pathSlug);
      if (row) {
        compare("plans", plan.pathSlug, [
          ["picks", row.picks, plan.picks],
          [
            "notApplicable",
            [...row.notApplicable].sort(),
            plan.notApplicable && [...plan.notApplicable].sort(),
          ],
        ]);
      } else {
        const primary = !hasPrimary && (plan.isPrimary ?? false);
        [row] = await tx
          .insert(plans)
          .values({
            userId,
            pathSlug: plan.pathSlug,
            isPrimary: primary,
            picks: plan.picks ?? {},
            notApplicable: plan.notApplicable ?? [],
          })
          .returning();
        hasPrimary ||= primary;
        byPath.set(plan.pathSlug, row!);
        added.plans += 1;
      }
      if (plan.id) planIdOfFileId.set(plan.id, row!.id);
    }
    if (!hasPrimary && byPath.size > 0) {
      const first = [...byPath.values()][0]!;
      await tx.update(plans).set({ isPrimary: true }).where(eq(plans.id, first.id));
    }

    // Progress by requirement.
    const progressRows = await tx.select().from(progress).where(eq(progress.userId, userId));
    const progressBySlug = new Map(progressRows.map((row) => [row.requirementSlug, row]));
    for (const row of data.progress ?? []) {
      const status = row.recordedStatus ?? row.status ?? "not_started";
      const values = {
        status,
        targetDate: row.targetDate,
        examDate: row.examDate,
        completedDate: row.completedDate,
        registryNumber: row.registryNumber,
        score: row.score,
        certificateRef: row.certificateRef,
        evidenceUrl: row.evidenceUrl,
        notes: row.notes,
      };
      const existing = progressBySlug.get(row.requirementSlug);
      if (existing) {
        compare(
          "progress",
          row.requirementSlug,
          Object.entries(values).map(([field, value]) => [
            field,
            existing[field as keyof typeof values],
            value,
          ]),
        );
        continue;
      }
      await tx.insert(progress).values({ userId, requirementSlug: row.requirementSlug, ...values });
      progressBySlug.set(row.requirementSlug, { ...values } as never);
      added.progress += 1;
    }

    // Custom milestones by plan path and title.
    const customRows = await tx
      .select()
      .from(customMilestones)
      .where(eq(customMilestones.userId, userId));
    const customKey = (planId: string, title: string) => `${planId}|${title.trim().toLowerCase()}`;
    const customs = new Map(customRows.map((row) => [customKey(row.planId, row.title), row]));
    for (const row of data.customMilestones ?? []) {
      const planId = planIdOfFileId.get(row.planId);
      if (!planId) continue; // its plan is not in the file: nothing to attach it to
      const existing = customs.get(customKey(planId, row.title));
      const values = {
        status: row.status ?? "not_started",
        targetDate: row.targetDate,
        completedDate: row.completedDate,
        notes: row.notes,
      };
      if (existing) {
        compare(
          "customMilestones",
          row.title,
          Object.entries(values).map(([field, value]) => [
            field,
            existing[field as keyof typeof values],
            value,
          ]),
        );
        continue;
      }
      const [created] = await tx
        .insert(customMilestones)
        .values({ userId, planId, title: row.title, position: row.position ?? 0, ...values })
        .returning();
      customs.set(customKey(planId, row.title), created!);
      added.customMilestones += 1;
    }

    // Held spells by requirement and earned date; a spell that would overlap one kept is skipped.
    const spells = await tx
      .select()
      .from(heldCredentials)
      .where(eq(heldCredentials.userId, userId));
    for (const row of data.heldCredentials ?? []) {
      const status = row.status ?? (row.endedOn ? "ended" : "active");
      const values = {
        earnedOn: row.earnedOn,
        status,
        endedOn: status === "active" ? null : row.endedOn,
      };
      const same = spells.filter((spell) => spell.requirementSlug === row.requirementSlug);
      const existing = same.find((spell) => spell.earnedOn === row.earnedOn);
      if (existing) {
        compare("heldCredentials", `${row.requirementSlug} ${row.earnedOn ?? "undated"}`, [
          ["status", existing.status, values.status],
          ["endedOn", existing.endedOn, values.endedOn],
        ]);
        continue;
      }
      const conflict =
        values.status !== "active" && !values.endedOn ? "no end date" : spellConflict(values, same);
      if (conflict) {
        differences.push({
          section: "heldCredentials",
          key: `${row.requirementSlug} ${row.earnedOn ?? "undated"}`,
          field: "spell",
          kept:
            same
              .map((spell) => `${spell.earnedOn ?? "undated"}–${spell.endedOn ?? ""}`)
              .join(", ") || null,
          inFile: `not added: ${conflict}`,
        });
        continue;
      }
      const [created] = await tx
        .insert(heldCredentials)
        .values({ userId, requirementSlug: row.requirementSlug, ...values })
        .returning();
      spells.push(created!);
      added.heldCredentials += 1;
    }

    // Exam attempts by exam, date and result.
    const attempts = await tx.select().from(examAttempts).where(eq(examAttempts.userId, userId));
    const attemptKey = (a: { requirementSlug: string; attemptedOn: string; result: string }) =>
      `${a.requirementSlug}|${a.attemptedOn}|${a.result}`;
    const attemptKeys = new Set(attempts.map(attemptKey));
    for (const row of data.examAttempts ?? []) {
      if (attemptKeys.has(attemptKey(row))) continue;
      await tx.insert(examAttempts).values({
        userId,
        requirementSlug: row.requirementSlug,
        attemptedOn: row.attemptedOn,
        result: row.result,
        countsToward: row.countsToward ?? null,
      });
      attemptKeys.add(attemptKey(row));
      added.examAttempts += 1;
    }

    // CE activities by date, title and credits (live ones; a deleted one may come back).
    const activities = await tx.select().from(ceActivities).where(eq(ceActivities.userId, userId));
    const activityKey = (a: { completedOn: string; title: string; credits: string }) =>
      `${a.completedOn}|${a.title.trim()}|${parseCredits(a.credits)}`;
    const activityByKey = new Map(
      activities.filter((a) => a.deletedAt === null).map((a) => [activityKey(a), a]),
    );
    const fresh: (typeof ceActivities.$inferInsert)[] = [];
    for (const row of data.ceActivities ?? []) {
      const key = activityKey(row);
      const existing = activityByKey.get(key);
      const values = {
        provider: row.provider,
        category: row.category,
        craDomain: row.craDomain,
        creditsArdms: row.creditsArdms,
        creditsCci: row.creditsCci,
        creditsArrt: row.creditsArrt,
        creditsArrtSonography: row.creditsArrtSonography,
        creditsAbii: row.creditsAbii,
        creditsAhra: row.creditsAhra,
        notes: row.notes,
      };
      if (existing) {
        const credits = (value: string | null) =>
          value === null ? null : String(parseCredits(value));
        compare(
          "ceActivities",
          `${row.completedOn} · ${row.title} · ${row.credits}`,
          Object.entries(values).map(([field, value]) => {
            const kept = existing[field as keyof typeof values];
            return field.startsWith("credits")
              ? [field, credits(kept), credits(value as string | null)]
              : [field, kept, value];
          }),
        );
        continue;
      }
      const insert = {
        userId,
        completedOn: row.completedOn,
        title: row.title,
        credits: row.credits,
        source: "import" as const,
        ...values,
      };
      fresh.push(insert);
      activityByKey.set(key, { ...insert, deletedAt: null } as never);
    }
    if (fresh.length > 0) await tx.insert(ceActivities).values(fresh);
    added.ceActivities = fresh.length;
  });
  return { added, differences };
}
