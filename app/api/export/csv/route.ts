import { getMilestonesCsv } from "@/db/queries/account";
import { todayFor } from "@/lib/server/clock";
import { recordAuditEvent } from "@/db/queries/audit";
import { currentUser } from "@/lib/server/auth/current-user";
import { addressFromHeaders } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * "Download milestones": the signed-in user's milestones as CSV (RFC 4180, formulas neutralised:
 * see lib/csv.ts). A UTF-8 byte order mark leads, so that spreadsheets read accents correctly.
 */
export async function GET(request: Request) {
  const signedIn = await currentUser();
  if (!signedIn) {
    return Response.json(
      { error: "Sign in to download your data." },
      { status: 401, headers: NO_STORE },
    );
  }
  const csv = await getMilestonesCsv(signedIn.user.id);
  await recordAuditEvent({
    event: "export",
    userId: signedIn.user.id,
    address: addressFromHeaders(request.headers),
  });
  const today = todayFor(signedIn.user);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="sonography-career-planner-milestones-${today}.csv"`,
    },
  });
}
