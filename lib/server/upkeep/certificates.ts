import "server-only";
import {
  getCertificateForUser,
  readCertificateChunk,
  storeCertificate,
  type CertificateInfo,
  type CertificateLimits,
} from "@/db/queries/certificates";
import { AppError, notFound, unauthorized } from "@/lib/errors";
import type { SignedIn } from "@/lib/server/auth/current-user";
import { assertSameOrigin } from "@/lib/server/http";
import {
  CERTIFICATE_LIMITS,
  CERTIFICATE_MESSAGES,
  cleanFileName,
  type CertificateType,
} from "@/lib/upkeep/certificates";
import { z } from "zod";

/**
 * Certificate uploads and downloads. Uploads come one file per request, as the raw request body,
 * to a route handler outside proxy.ts's matcher (server actions are capped at 100 kB and bodies
 * on proxied routes are cut at 10 MB). Everything that can refuse an upload is checked before a
 * byte of the body is read: the origin, the session, the declared length, the query.
 */

/** The declared body length, checked against the per-file limit; refused when absent. */
export function declaredLength(request: Request, maxBytes: number): number {
  const header = request.headers.get("content-length");
  if (header === null || !/^\d{1,12}$/.test(header.trim())) {
    throw new AppError("length_required:certificate", CERTIFICATE_MESSAGES.noLength);
  }
  const length = Number(header.trim());
  if (length > maxBytes) throw new AppError("too_large:certificate", CERTIFICATE_MESSAGES.tooBig);
  if (length === 0) throw new AppError("bad_request:certificate", CERTIFICATE_MESSAGES.empty);
  return length;
}

const uploadQuery = z
  .object({
    activity: z.uuid().optional(),
    name: z.string().trim().min(1).max(1000),
  })
  .strict();

/** The body as an async iterable of byte chunks, whatever its runtime type. */
async function* bodyChunks(body: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * One upload, in order: origin, session, declared length, query, then the body streamed into the
 * chunk table (db/queries/certificates.ts: signature on the first chunk, quota, all or nothing).
 */
export async function receiveCertificate(
  request: Request,
  signedIn: () => Promise<SignedIn | null>,
  limits?: CertificateLimits,
): Promise<CertificateInfo> {
  assertSameOrigin(request, "certificate_origin", {
    requireOrigin: true,
    message: CERTIFICATE_MESSAGES.crossSite,
  });
  const session = await signedIn();
  if (!session) throw unauthorized("certificate", "Sign in to upload certificates.");
  const declared = declaredLength(request, limits?.maxBytes ?? CERTIFICATE_LIMITS.maxBytes);
  const url = new URL(request.url);
  const query = uploadQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    throw new AppError(
      "bad_request:certificate",
      "The upload did not name the file or named an activity that is not valid.",
    );
  }
  if (!request.body) throw new AppError("bad_request:certificate", CERTIFICATE_MESSAGES.empty);
  return storeCertificate({
    userId: session.user.id,
    activityId: query.data.activity ?? null,
    fileName: cleanFileName(query.data.name),
    declaredBytes: declared,
    body: bodyChunks(request.body),
    ...(limits ? { limits } : {}),
  });
}

/** A certificate's bytes as a stream, read from the chunk table one row at a time. */
export function certificateStream(
  userId: string,
  certificateId: string,
): ReadableStream<Uint8Array> {
  let seq = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await readCertificateChunk({ userId, certificateId, seq });
        if (chunk === null) {
          controller.close();
          return;
        }
        seq++;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      },
    },
    // One chunk ahead at most: memory stays at a couple of rows, whatever the file's size.
    { highWaterMark: 1 },
  );
}

/** A certificate's bytes, whole: for the audit packet, whose PDF library needs them in memory. */
export async function certificateBytes(
  userId: string,
  certificate: Pick<CertificateInfo, "id" | "byteSize">,
) {
  const bytes = new Uint8Array(certificate.byteSize);
  let offset = 0;
  for (let seq = 0; ; seq++) {
    const chunk = await readCertificateChunk({ userId, certificateId: certificate.id, seq });
    if (chunk === null) break;
    if (offset + chunk.length > bytes.length) throw new Error("certificate larger than recorded");
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  if (offset !== bytes.length) throw new Error("certificate shorter than recorded");
  return bytes;
}

/** The user's certificate, or "not found" (a malformed id is no one's: the same answer). */
export async function ownCertificate(userId: string, certificateId: string) {
  if (!z.uuid().safeParse(certificateId).success) throw notFound("certificate");
  return getCertificateForUser({ userId, certificateId });
}

export type { CertificateInfo, CertificateType };
