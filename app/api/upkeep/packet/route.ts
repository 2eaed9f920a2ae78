import { z } from "zod";
import { AppError, unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { requestLocale } from "@/lib/server/locale";
import { auditPacketFor } from "@/lib/server/upkeep/audit-packet";
import { attachmentDisposition } from "@/lib/upkeep/certificates";

export const dynamic = "force-dynamic";

const query = z
  .object({
    body: z.enum(["ardms", "cci", "arrt", "abii", "ahra", "parca"]),
    period: z.enum(["current", "previous"]).default("current"),
  })
  .strict();

/**
 * The audit packet of one of the signed-in user's cycles, as one PDF: `?body=ardms` for the
 * period holding today, `&period=previous` for the one before it. Built from the user's own rows
 * only; another user's cycle cannot be named.
 */
export const GET = routeHandler(async (request: Request) => {
  const signedIn = await currentUser();
  if (!signedIn) throw unauthorized("audit_packet", "Sign in to download an audit packet.");
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    throw new AppError("bad_request:audit_packet", "Choose a registry's cycle for the packet.");
  }
  const packet = await auditPacketFor({
    user: signedIn.user,
    body: parsed.data.body,
    period: parsed.data.period,
    locale: await requestLocale(),
  });
  return new Response(Buffer.from(packet.bytes), {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/pdf",
      "Content-Length": String(packet.bytes.length),
      "Content-Disposition": attachmentDisposition(packet.fileName),
      "X-Content-Type-Options": "nosniff",
    },
  });
});
