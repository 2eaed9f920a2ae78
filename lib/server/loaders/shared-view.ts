import "server-only";
import { recordAuditEvent } from "@/db/queries/audit";
import { listCeActivitiesByUser } from "@/db/queries/ce-activities";
import { listCertificatesByUser } from "@/db/queries/certificates";
import { listAllCustomMilestonesByUser, listPlansByUserId } from "@/db/queries/plans";
import { openShareLink } from "@/db/queries/share-links";
import { catalog, getPath } from "@/lib/catalog";
import { buildPlanView } from "@/lib/plan";
import { planInputOf } from "@/lib/plan/plan-input";
import { now, todayFor } from "@/lib/server/clock";
import { upkeepFrom } from "@/lib/server/loaders/upkeep";
import { loadUserRecords } from "@/lib/server/loaders/user-records";
import { hashToken } from "@/lib/server/tokens";
import { sharesPlan } from "@/lib/sharing/scope";

/** A live link by its token (undefined for a token that is unknown, revoked or expired). */
export async function openLink(token: string, touch: boolean) {
  if (token.length < 20 || token.length > 200) return undefined;
  return openShareLink({ tokenHash: hashToken(token), now: now(), touch });
}

/**
 * What /share/<token> shows: only what the link's scope includes, read through the same engines
 * as the owner's own pages. Records the use (last use on the link, an audit event).
 */
export async function loadSharedView(token: string) {
  const link = await openLink(token, true);
  if (!link) return undefined;
  await recordAuditEvent({ event: "share_link_use", userId: link.userId });
  const today = todayFor({ timeZone: link.timeZone });
  const [plans, userData, custom, activities, certificates] = await Promise.all([
    listPlansByUserId(link.userId),
    loadUserRecords(link.userId, today),
    listAllCustomMilestonesByUser(link.userId),
    link.scope.upkeep ? listCeActivitiesByUser(link.userId) : [],
    link.scope.certificates ? listCertificatesByUser(link.userId) : [],
  ]);
  const progressBySlug = new Map(userData.progressRows.map((row) => [row.requirementSlug, row]));
  const customById = new Map(custom.map((row) => [row.id, row]));
  const views = plans
    .filter((plan) => sharesPlan(link.scope, plan.id))
    .map((plan) => {
      const view = buildPlanView(planInputOf(plan, custom), userData.records, today, catalog);
      return {
        planId: plan.id,
        title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
        percent: view.progress.percent,
        explanation: view.progress.explanation,
        deadlines: view.deadlines,
        milestones: view.milestones.map((milestone) => {
          const row = milestone.requirementSlug
            ? progressBySlug.get(milestone.requirementSlug)
            : undefined;
          const customRow = milestone.requirementSlug
            ? undefined
            : customById.get(milestone.key.replace(/^custom:/, ""));
          return {
            key: milestone.key,
            title: milestone.title,
            status: milestone.status,
            targetDate: milestone.targetDate,
            examDate: milestone.examDate,
            completedDate: milestone.completedDate,
            notes: link.scope.notes ? (row?.notes ?? customRow?.notes ?? null) : null,
            evidence:
              link.scope.evidence && row
                ? [row.registryNumber, row.score, row.certificateRef, row.evidenceUrl]
                    .filter(Boolean)
                    .join(" · ") || null
                : null,
          };
        }),
      };
    });
  const upkeep = link.scope.upkeep ? upkeepFrom(userData, activities, today) : null;
  return {
    link,
    today,
    views,
    upkeep: upkeep ? { cycles: upkeep.cycles, agenda: upkeep.agenda.slice(0, 5) } : null,
    certificates,
  };
}
