import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { receiveCertificate } from "@/lib/server/upkeep/certificates";

export const dynamic = "force-dynamic";

/**
 * Upload one certificate: the file is the raw request body; `?name=` its name, `?activity=` the
 * CE activity it belongs to (its current certificate is replaced). Outside proxy.ts's matcher so
 * the body reaches us whole and unbuffered. Origin, session and Content-Length are checked
 * before the body is read (lib/server/upkeep/certificates.ts); bad input gets a 4xx with a JSON
 * `{ error, code }`.
 */
export const POST = routeHandler(async (request: Request) => {
  const certificate = await receiveCertificate(request, currentUser);
  return Response.json(
    {
      certificate: {
        id: certificate.id,
        ceActivityId: certificate.ceActivityId,
        fileName: certificate.fileName,
        mediaType: certificate.mediaType,
        byteSize: certificate.byteSize,
      },
    },
    { status: 201, headers: NO_STORE },
  );
});
