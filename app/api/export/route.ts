import { recordAuditEvent } from "@/db/queries/audit";
import { unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { todayFor } from "@/lib/server/clock";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { addressFromHeaders } from "@/lib/server/request-context";
import { accountExport } from "@/lib/server/your-data";

export const dynamic = "force-dynamic";

/** "Download everything": the signed-in user's own data as JSON, as a file. */
export const GET = routeHandler(async (request: Request) => {
  const signedIn = await currentUser();
  const data = signedIn ? await accountExport(signedIn.user) : undefined;
  if (!signedIn || !data) throw unauthorized("export", "Sign in to download your data.");
  await recordAuditEvent({
    event: "export",
    userId: signedIn.user.id,
    address: addressFromHeaders(request.headers),
  });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="sonography-career-planner-export-${todayFor(signedIn.user)}.json"`,
    },
  });
});
