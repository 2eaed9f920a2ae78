import { notFound } from "@/lib/errors";
import { NO_STORE, routeHandler } from "@/lib/server/http";
import { openLink } from "@/lib/server/loaders/shared-view";
import { certificateStream, ownCertificate } from "@/lib/server/upkeep/certificates";
import { attachmentDisposition, downloadName } from "@/lib/upkeep/certificates";

export const dynamic = "force-dynamic";

/**
 * A certificate through a share link: only while the link is live and includes certificates,
 * only the link owner's file; anything else is "not found". Same headers as the owner's download.
 */
export const GET = routeHandler(
  async (_request: Request, { params }: { params: Promise<{ token: string; id: string }> }) => {
    const { token, id } = await params;
    const link = await openLink(token, false);
    if (!link || !link.scope.certificates) throw notFound("certificate");
    const certificate = await ownCertificate(link.userId, id);
    return new Response(certificateStream(link.userId, certificate.id), {
      headers: {
        ...NO_STORE,
        "Content-Type": certificate.mediaType,
        "Content-Length": String(certificate.byteSize),
        "Content-Disposition": attachmentDisposition(
          downloadName(certificate.fileName, certificate.mediaType),
        ),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Referrer-Policy": "no-referrer",
        "X-Robots-Tag": "noindex",
      },
    });
  },
);
