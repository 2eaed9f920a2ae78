import { recordAuditEvent } from "@/db/queries/audit";
import { unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { addressFromHeaders } from "@/lib/server/request-context";
import { everythingZip } from "@/lib/server/upkeep/everything-zip";
import { attachmentDisposition } from "@/lib/upkeep/certificates";

export const dynamic = "force-dynamic";

/**
 * "Download everything, with certificates": the JSON export, the CSVs and every certificate file
 * of the signed-in user, as a ZIP streamed while it is written (lib/server/upkeep/everything-zip.ts).
 */
export const GET = routeHandler(async (request: Request) => {
  const signedIn = await currentUser();
  const zip = signedIn ? await everythingZip(signedIn.user) : undefined;
  if (!signedIn || !zip) throw unauthorized("export", "Sign in to download your data.");
  await recordAuditEvent({
    event: "export",
    userId: signedIn.user.id,
    address: addressFromHeaders(request.headers),
  });
  return new Response(zip.stream, {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/zip",
      "Content-Disposition": attachmentDisposition(zip.fileName),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
