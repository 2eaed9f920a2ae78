import { getAccountExport } from "@/db/queries/account";
import { now, todayFor } from "@/lib/server/clock";
import { recordAuditEvent } from "@/db/queries/audit";
import { currentUser } from "@/lib/server/auth/current-user";
import { addressFromHeaders } from "@/lib/server/request-context";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/** "Download everything": the signed-in user's own data as JSON, as a file. */
export async function GET(request: Request) {
  const signedIn = await currentUser();
  const data = signedIn
    ? await getAccountExport({ userId: signedIn.user.id, now: now() })
    : undefined;
  if (!signedIn || !data) {
    return Response.json(
      { error: "Sign in to download your data." },
      { status: 401, headers: NO_STORE },
    );
  }
  await recordAuditEvent({
    event: "export",
    userId: signedIn.user.id,
    address: addressFromHeaders(request.headers),
  });
  const today = todayFor(signedIn.user);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="sonography-career-planner-export-${today}.json"`,
    },
  });
}
