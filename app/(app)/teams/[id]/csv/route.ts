import { getMembershipForUser } from "@/db/queries/organizations";
import { notFound, unauthorized } from "@/lib/errors";
import { toCsv } from "@/lib/csv";
import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { loadTeamRows, teamFiltersFrom } from "@/lib/server/loaders/teams";
import { can } from "@/lib/sharing/roles";
import { idSchema } from "@/lib/validation";

export const dynamic = "force-dynamic";

/** The readiness view as CSV (lib/csv.ts neutralises formulas): same rows, same access rule. */
export const GET = routeHandler(
  async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const signedIn = await currentUser();
    if (!signedIn) throw unauthorized("team");
    const { id } = await params;
    if (!idSchema.safeParse(id).success) throw notFound("organization");
    const membership = await getMembershipForUser({ userId: signedIn.user.id, organizationId: id });
    if (!can(membership.role, "view")) throw notFound("organization");
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const { rows } = await loadTeamRows(signedIn.user, id, teamFiltersFrom(query));
    const csv = toCsv(
      ["Member", "Role", "Shared", "Paths", "Next deadline", "Due on", "Overdue", "CE", "Windows"],
      rows.map((row) => {
        const r = row.readiness;
        return [
          row.name,
          row.role,
          r ? "yes" : "not shared",
          r?.plans.map((plan) => `${plan.title} ${plan.percent}%`).join("; "),
          r?.nextDeadline?.title,
          r?.nextDeadline?.date,
          r?.overdue,
          r?.cycles.map((cycle) => `${cycle.body}: ${cycle.label}`).join("; "),
          r?.windows.map((w) => `${w.credential} by ${w.deadline}`).join("; "),
        ];
      }),
    );
    return new Response(`\uFEFF${csv}`, {
      headers: {
        ...NO_STORE,
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="team-readiness.csv"`,
      },
    });
  },
);
