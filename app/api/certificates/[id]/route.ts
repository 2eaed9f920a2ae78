import { unauthorized } from "@/lib/errors";
import { currentUser } from "@/lib/server/auth/current-user";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { certificateStream, ownCertificate } from "@/lib/server/upkeep/certificates";
import { attachmentDisposition, downloadName } from "@/lib/upkeep/certificates";

export const dynamic = "force-dynamic";

/**
 * Download one certificate, only by its owner (anyone else: "not found"), streamed from the
 * chunk table. Always an attachment with its real type and nosniff, so a crafted file can never
 * render as a page of this site; never cached.
 */
export const GET = routeHandler(
  async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
    const signedIn = await currentUser();
    if (!signedIn) throw unauthorized("certificate", "Sign in to download your certificates.");
    const certificate = await ownCertificate(signedIn.user.id, (await params).id);
    return new Response(certificateStream(signedIn.user.id, certificate.id), {
      headers: {
        ...NO_STORE,
        "Content-Type": certificate.mediaType,
        "Content-Length": String(certificate.byteSize),
        "Content-Disposition": attachmentDisposition(
          downloadName(certificate.fileName, certificate.mediaType),
        ),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
      },
    });
  },
);
