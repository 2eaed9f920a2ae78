import "server-only";
import {
  getMembershipForUser,
  listMembershipsByUser,
  listPendingInvitations,
  listTeamRowsForViewer,
} from "@/db/queries/organizations";
import { listPlansByUserId } from "@/db/queries/plans";
import {
  listConfirmedSignOffsByAuthor,
  listSignOffRequestsForViewer,
} from "@/db/queries/sign-offs";
import type { User } from "@/db/schema";
import { getPath } from "@/lib/catalog";
import { pageNumberFrom, pageOf } from "@/lib/pagination";
import { now, todayFor } from "@/lib/server/clock";
import { can } from "@/lib/sharing/roles";
import { sharesNothing } from "@/lib/sharing/scope";
import {
  readinessRow,
  visibleSummary,
  type MemberSummary,
  type ReadinessRow,
} from "@/lib/sharing/summary";

export const TEAM_PAGE_SIZE = 50;

export interface TeamFilters {
  filter: "all" | "due90" | "behind" | "overdue";
  credential: string | null;
  sort: "name" | "deadline" | "progress";
  page: number;
}

export interface TeamRow {
  userId: string;
  name: string;
  role: string;
  /** Null: the member shares nothing with this organization. */
  readiness: ReadinessRow | null;
}

const EMPTY_SUMMARY: MemberSummary = { plans: [], cycles: [], credentials: [] };

/** Every row of the readiness view, filtered and sorted, before paging (also the CSV). */
export async function loadTeamRows(user: User, organizationId: string, filters: TeamFilters) {
  const today = todayFor(user);
  const rows = await listTeamRowsForViewer({ viewerId: user.id, organizationId });
  const all: TeamRow[] = rows.map((row) => ({
    userId: row.userId,
    name: row.name ?? row.email,
    role: row.role,
    readiness: sharesNothing(row.scope)
      ? null
      : readinessRow(
          visibleSummary((row.summary as MemberSummary | null) ?? EMPTY_SUMMARY, row.scope),
          today,
        ),
  }));
  const credentials = [...new Set(all.flatMap((row) => row.readiness?.credentials ?? []))].sort();
  const kept = all.filter((row) => {
    if (filters.filter === "all" && !filters.credential) return true;
    const r = row.readiness;
    if (!r) return false;
    if (filters.filter === "due90" && !r.dueIn90) return false;
    if (filters.filter === "behind" && !r.behindOnCe) return false;
    if (filters.filter === "overdue" && r.overdue === 0) return false;
    if (filters.credential && !r.credentials.includes(filters.credential)) return false;
    return true;
  });
  const percent = (row: TeamRow) =>
    row.readiness?.plans.length
      ? Math.min(...row.readiness.plans.map((plan) => plan.percent))
      : 101;
  kept.sort((a, b) => {
    if (filters.sort === "deadline") {
      const left = a.readiness?.nextDeadline?.date ?? "9999-12-31";
      const right = b.readiness?.nextDeadline?.date ?? "9999-12-31";
      if (left !== right) return left.localeCompare(right);
    } else if (filters.sort === "progress") {
      if (percent(a) !== percent(b)) return percent(a) - percent(b);
    }
    return a.name.localeCompare(b.name);
  });
  return { today, rows: kept, total: all.length, credentials };
}

/**
 * The team page: the viewer's membership, and, for roles that view, one page of the readiness
 * view. A bounded number of queries whatever the organization's size (no engine run per member):
 * the membership, the rows with their summaries, invitations, sign-off requests, the viewer's own
 * confirmations and plans.
 */
export async function loadTeamPage(user: User, organizationId: string, filters: TeamFilters) {
  const membership = await getMembershipForUser({ userId: user.id, organizationId });
  const viewing = can(membership.role, "view");
  const [team, invitations, signOffRequests, confirmedByViewer, plans] = await Promise.all([
    viewing ? loadTeamRows(user, organizationId, filters) : null,
    can(membership.role, "invite") ? listPendingInvitations({ organizationId, now: now() }) : [],
    can(membership.role, "sign_off")
      ? listSignOffRequestsForViewer({ viewerId: user.id, organizationId })
      : [],
    can(membership.role, "sign_off")
      ? listConfirmedSignOffsByAuthor({ authorId: user.id, organizationId })
      : [],
    listPlansByUserId(user.id),
  ]);
  const shown = team ? pageOf(team.rows, filters.page, TEAM_PAGE_SIZE) : null;
  return {
    membership,
    team:
      team && shown
        ? {
            ...team,
            page: shown.page,
            pageCount: shown.pageCount,
            rows: shown.items,
            matching: shown.total,
          }
        : null,
    invitations,
    signOffRequests,
    confirmedByViewer,
    plans: plans.map((plan) => ({
      id: plan.id,
      title: getPath(plan.pathSlug)?.title ?? plan.pathSlug,
    })),
  };
}

export async function loadTeamsIndex(user: User) {
  return listMembershipsByUser(user.id);
}

export function teamFiltersFrom(
  params: Record<string, string | string[] | undefined>,
): TeamFilters {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" ? value : undefined;
  };
  const filter = one("filter");
  const sort = one("sort");
  const credential = one("credential");
  return {
    filter: filter === "due90" || filter === "behind" || filter === "overdue" ? filter : "all",
    sort: sort === "deadline" || sort === "progress" ? sort : "name",
    page: pageNumberFrom(params.page),
    credential: credential && credential.length <= 40 ? credential : null,
  };
}
