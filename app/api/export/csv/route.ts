import { recordAuditEvent } from "@/db/queries/audit";
import { unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { todayFor } from "@/lib/server/clock";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { addressFromHeaders } from "@/lib/server/request-context";
import { milestonesCsv } from "@/lib/server/your-data";

export const dynamic = "force-dynamic";

/**
 * "Download milestones": the signed-in user's milestones as CSV. A UTF-8 byte order mark leads, so
 * that spreadsheets read accents correctly.
 */
export const GET = routeHandler(async (request: Request) => {
  const signedIn = await currentUser();
  if (!signedIn) throw unauthorized("export", "Sign in to download your data.");
  const csv = await milestonesCsv(signedIn.user);
  await recordAuditEvent({
    event: "export",
    userId: signedIn.user.id,
    address: addressFromHeaders(request.headers),
  });
  return new Response(`\uFEFF${csv}`, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8; header=present",
      "Content-Disposition": `attachment; filename="sonography-career-planner-milestones-${todayFor(signedIn.user)}.csv"`,
    },
  });
});
