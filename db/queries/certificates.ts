import "server-only";
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { getDb, getUploadDb } from "@/db";
import { ceActivities, certificateChunks, certificates, type Certificate } from "@/db/schema";
import { AppError, notFound } from "@/lib/errors";
import {
  CERTIFICATE_LIMITS,
  CERTIFICATE_MESSAGES,
  SIGNATURE_BYTES,
  detectCertificateType,
} from "@/lib/upkeep/certificates";

/**
 * CE certificates (schema.ts `certificates` + `certificate_chunks`): every function takes the
 * signed-in user's id and touches only that user's rows. Bytes go in and out a chunk at a time.
 */

export type CertificateInfo = Pick<
  Certificate,
  "id" | "ceActivityId" | "fileName" | "mediaType" | "byteSize" | "createdAt"
>;

const info = {
  id: certificates.id,
  ceActivityId: certificates.ceActivityId,
  fileName: certificates.fileName,
  mediaType: certificates.mediaType,
  byteSize: certificates.byteSize,
  createdAt: certificates.createdAt,
};

export interface CertificateLimits {
  maxBytes: number;
  quotaBytes: number;
  chunkBytes: number;
}

export const DEFAULT_CERTIFICATE_LIMITS: CertificateLimits = {
  maxBytes: CERTIFICATE_LIMITS.maxBytes,
  quotaBytes: CERTIFICATE_LIMITS.quotaBytes,
  chunkBytes: CERTIFICATE_LIMITS.chunkBytes,
};

/**
 * Seconds the upload transaction may sit idle waiting for the client's next bytes: a stalled
 * upload gives its connection back instead of holding it (Postgres ends the session, the
 * transaction rolls back, nothing is kept).
 */
const STALLED_UPLOAD_SECONDS = 30;

/** Concatenates pieces into one buffer of exactly their total length. */
function joined(pieces: Uint8Array[], length: number): Buffer {
  return Buffer.concat(pieces, length);
}

/**
 * Stores one certificate from a stream of bytes, all or nothing, in one transaction:
 * 1. the user's uploads are serialised (a transaction-scoped advisory lock on their id), so two
 *    parallel uploads cannot both fit under the quota;
 * 2. the activity, when named, must be the user's and not deleted (else "not found"); its
 *    current certificate, if any, is replaced;
 * 3. the quota is checked against the declared size before a byte is read;
 * 4. the type is decided from the first bytes (PDF, PNG or JPEG, else refused);
 * 5. the bytes are written in rows of `chunkBytes`, never held whole, and must add up to the
 *    declared size (more is refused as too big, less as interrupted);
 * 6. only then is the file attached to its activity: the activity is checked again (deleted
 *    meanwhile: "not found") and locked, and the file it replaces is deleted.
 * Any failure (a refusal, a broken or stalled connection) rolls everything back. While the bytes
 * arrive, which can take minutes from a phone, the transaction locks no row a page writes: the
 * new file is unattached until step 6, so editing or deleting the activity or its current file
 * in another tab is never made to wait for the upload (only the user's other uploads are).
 */
export async function storeCertificate(input: {
  userId: string;
  activityId: string | null;
  fileName: string;
  declaredBytes: number;
  body: AsyncIterable<Uint8Array>;
  limits?: CertificateLimits;
}): Promise<CertificateInfo> {
  const limits = input.limits ?? DEFAULT_CERTIFICATE_LIMITS;
  const { userId, activityId, declaredBytes } = input;
  if (declaredBytes > limits.maxBytes) {
    throw new AppError("too_large:certificate", CERTIFICATE_MESSAGES.tooBig);
  }
  if (declaredBytes <= 0) throw new AppError("bad_request:certificate", CERTIFICATE_MESSAGES.empty);

  return getUploadDb().transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('idle_in_transaction_session_timeout', ${`${STALLED_UPLOAD_SECONDS}s`}, true)`,
    );
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`certificates:${userId}`}, 0))`,
    );

    // The user's live activity, or "not found". Read without a lock here (step 6 locks it).
    const liveActivity = (id: string) =>
      tx
        .select({ id: ceActivities.id })
        .from(ceActivities)
        .where(
          and(
            eq(ceActivities.id, id),
            eq(ceActivities.userId, userId),
            isNull(ceActivities.deletedAt),
          ),
        );
    let replacing: { id: string; byteSize: number } | undefined;
    if (activityId !== null) {
      const [activity] = await liveActivity(activityId);
      if (!activity) throw notFound("ce_activity");
      [replacing] = await tx
        .select({ id: certificates.id, byteSize: certificates.byteSize })
        .from(certificates)
        .where(and(eq(certificates.userId, userId), eq(certificates.ceActivityId, activityId)));
    }

    const [usage] = await tx
      .select({ used: sql<number>`coalesce(sum(${certificates.byteSize}), 0)::bigint` })
      .from(certificates)
      .where(
        replacing
          ? and(eq(certificates.userId, userId), ne(certificates.id, replacing.id))
          : eq(certificates.userId, userId),
      );
    const used = Number(usage?.used ?? 0);
    if (used + declaredBytes > limits.quotaBytes) {
      throw new AppError("too_large:certificate_quota", CERTIFICATE_MESSAGES.overQuota(used));
    }

    let certificateId: string | null = null;
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    let total = 0;
    let seq = 0;

    const flush = async (bytes: Buffer) => {
      await tx
        .insert(certificateChunks)
        .values({ certificateId: certificateId!, seq, data: bytes });
      seq++;
    };

    for await (const piece of input.body) {
      if (piece.length === 0) continue;
      total += piece.length;
      if (total > declaredBytes || total > limits.maxBytes) {
        throw new AppError("too_large:certificate", CERTIFICATE_MESSAGES.tooBig);
      }
      pending.push(piece);
      pendingBytes += piece.length;

      if (certificateId === null) {
        if (pendingBytes < SIGNATURE_BYTES && total < declaredBytes) continue;
        const mediaType = detectCertificateType(joined(pending, pendingBytes));
        if (mediaType === null) {
          throw new AppError("unsupported:certificate", CERTIFICATE_MESSAGES.wrongType);
        }
        // Unattached until the last byte is in (step 6).
        const [created] = await tx
          .insert(certificates)
          .values({
            userId,
            ceActivityId: null,
            fileName: input.fileName,
            mediaType,
            byteSize: declaredBytes,
          })
          .returning({ id: certificates.id });
        certificateId = created!.id;
      }

      while (pendingBytes >= limits.chunkBytes) {
        const all = joined(pending, pendingBytes);
        await flush(all.subarray(0, limits.chunkBytes));
        const rest = all.subarray(limits.chunkBytes);
        pending = rest.length > 0 ? [rest] : [];
        pendingBytes = rest.length;
      }
    }

    if (total < declaredBytes) {
      throw new AppError("bad_request:certificate", CERTIFICATE_MESSAGES.incomplete);
    }
    if (certificateId === null) {
      // Fewer bytes than a signature, but all that was declared.
      throw new AppError("unsupported:certificate", CERTIFICATE_MESSAGES.wrongType);
    }
    if (pendingBytes > 0) await flush(joined(pending, pendingBytes));

    if (activityId !== null) {
      const [activity] = await liveActivity(activityId).for("update");
      if (!activity) throw notFound("ce_activity");
      // Whatever file the activity has now (the one read at the start, or none if it was deleted
      // meanwhile) makes way for this one.
      await tx
        .delete(certificates)
        .where(and(eq(certificates.userId, userId), eq(certificates.ceActivityId, activityId)));
      await tx
        .update(certificates)
        .set({ ceActivityId: activityId })
        .where(eq(certificates.id, certificateId));
    }

    const [stored] = await tx
      .select(info)
      .from(certificates)
      .where(eq(certificates.id, certificateId));
    return stored!;
  });
}

/** The user's certificates, oldest first. */
export async function listCertificatesByUser(userId: string): Promise<CertificateInfo[]> {
  return getDb()
    .select(info)
    .from(certificates)
    .where(eq(certificates.userId, userId))
    .orderBy(asc(certificates.createdAt), asc(certificates.id));
}

export async function getCertificateForUser(input: {
  userId: string;
  certificateId: string;
}): Promise<CertificateInfo> {
  const [row] = await getDb()
    .select(info)
    .from(certificates)
    .where(and(eq(certificates.id, input.certificateId), eq(certificates.userId, input.userId)));
  if (!row) throw notFound("certificate");
  return row;
}

/** Bytes the user's certificates take. */
export async function certificateUsageByUser(userId: string): Promise<number> {
  const [row] = await getDb()
    .select({ used: sql<number>`coalesce(sum(${certificates.byteSize}), 0)::bigint` })
    .from(certificates)
    .where(eq(certificates.userId, userId));
  return Number(row?.used ?? 0);
}

/** One chunk of the user's certificate, or null past the last one. */
export async function readCertificateChunk(input: {
  userId: string;
  certificateId: string;
  seq: number;
}): Promise<Buffer | null> {
  const [row] = await getDb()
    .select({ data: certificateChunks.data })
    .from(certificateChunks)
    .innerJoin(certificates, eq(certificates.id, certificateChunks.certificateId))
    .where(
      and(
        eq(certificateChunks.certificateId, input.certificateId),
        eq(certificateChunks.seq, input.seq),
        eq(certificates.userId, input.userId),
      ),
    );
  return row?.data ?? null;
}

export async function deleteCertificate(input: {
  userId: string;
  certificateId: string;
}): Promise<void> {
  const deleted = await getDb()
    .delete(certificates)
    .where(and(eq(certificates.id, input.certificateId), eq(certificates.userId, input.userId)))
    .returning({ id: certificates.id });
  if (deleted.length === 0) throw notFound("certificate");
}

/**
 * The CE log as the certificates page shows it: the user's live activities, newest first, each
 * with its certificate if it has one. One indexed query.
 */
export async function listCeLogWithCertificates(userId: string) {
  return getDb()
    .select({
      activity: {
        id: ceActivities.id,
        completedOn: ceActivities.completedOn,
        title: ceActivities.title,
        provider: ceActivities.provider,
        credits: ceActivities.credits,
        category: ceActivities.category,
      },
      certificate: info,
    })
    .from(ceActivities)
    .leftJoin(
      certificates,
      and(eq(certificates.ceActivityId, ceActivities.id), eq(certificates.userId, userId)),
    )
    .where(and(eq(ceActivities.userId, userId), isNull(ceActivities.deletedAt)))
    .orderBy(desc(ceActivities.completedOn), desc(ceActivities.id));
}

/** Every CE activity of the user (live ones), oldest first, for the ZIP's CSV. */
export async function listCeActivitiesForExport(userId: string) {
  return getDb()
    .select({
      activity: ceActivities,
      certificateName: certificates.fileName,
    })
    .from(ceActivities)
    .leftJoin(
      certificates,
      and(eq(certificates.ceActivityId, ceActivities.id), eq(certificates.userId, userId)),
    )
    .where(and(eq(ceActivities.userId, userId), isNull(ceActivities.deletedAt)))
    .orderBy(asc(ceActivities.completedOn), asc(ceActivities.id));
}
