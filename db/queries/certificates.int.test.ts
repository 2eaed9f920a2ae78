import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { closeDb, getDb, sqlClient } from "@/db";
import { deleteCeActivity } from "./ce-activities";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  certificateUsageByUser,
  deleteCertificate,
  getCertificateForUser,
  listCertificatesByUser,
  readCertificateChunk,
  storeCertificate,
  type CertificateLimits,
} from "./certificates";

afterAll(() => closeDb());

const PDF_HEAD = new TextEncoder().encode("%PDF-1.4\n");
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_HEAD = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

/** A file of `size` bytes starting with `head`, the rest a recognisable pattern. */
function fileOf(head: Uint8Array, size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + 3) % 251;
  bytes.set(head.subarray(0, Math.min(head.length, size)));
  return bytes;
}

/** The bytes as a body arriving in pieces of `piece` bytes (as a network delivers them). */
async function* pieces(bytes: Uint8Array, piece = 64 * 1024, failAfter?: number) {
  for (let offset = 0; offset < bytes.length; offset += piece) {
    if (failAfter !== undefined && offset >= failAfter) throw new Error("connection reset");
    yield bytes.subarray(offset, offset + piece);
  }
}

async function createUserRow(label: string): Promise<string> {
  const sql = sqlClient();
  const [row] = await sql<{ id: string }[]>`
    insert into users (id, email, name) values (${crypto.randomUUID()}, ${`${label}-${crypto.randomUUID()}@example.test`}, ${label})
    returning id`;
  return row!.id;
}

async function createActivity(userId: string, title = "Fetal echo update"): Promise<string> {
  const [row] = await sqlClient()<{ id: string }[]>`
    insert into ce_activities (user_id, completed_on, title, provider, credits, category)
    values (${userId}, '2025-05-10', ${title}, 'SDMS', '1.5', 'obstetrics-gynecology')
    returning id`;
  return row!.id;
}

async function storedBytes(userId: string, certificateId: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let seq = 0; ; seq++) {
    const chunk = await readCertificateChunk({ userId, certificateId, seq });
    if (!chunk) break;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

async function rowCounts(userId: string) {
  const [row] = await sqlClient()<{ files: number; chunks: number }[]>`
    select (select count(*)::int from certificates where user_id = ${userId}) as files,
           (select count(*)::int from certificate_chunks k join certificates c on c.id = k.certificate_id
             where c.user_id = ${userId}) as chunks`;
  return row!;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/**
 * A 2,000-byte PDF upload to the activity whose body sends half, then waits (a slow phone) until
 * `release()`; `paused` resolves once the half is in and the upload waits for the rest.
 */
async function pausedUpload(userId: string, activityId: string, fileName: string) {
  const file = fileOf(PDF_HEAD, 2000);
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let waiting!: () => void;
  const paused = new Promise<void>((resolve) => (waiting = resolve));
  async function* body() {
    yield file.subarray(0, 1000);
    waiting();
    await released;
    yield file.subarray(1000);
  }
  const upload = storeCertificate({
    userId,
    activityId,
    fileName,
    declaredBytes: file.length,
    body: body(),
  });
  await Promise.race([paused, upload]); // an upload refused before its body is read fails here
  return { file, upload, release };
}

/** What a promise settles to within `ms`, or "still waiting". */
function within<T>(promise: Promise<T>, ms = 5000): Promise<T | "still waiting"> {
  return Promise.race([
    promise,
    new Promise<"still waiting">((resolve) => setTimeout(() => resolve("still waiting"), ms)),
  ]);
}

const small: CertificateLimits = {
  maxBytes: 600 * 1024,
  quotaBytes: 1024 * 1024,
  chunkBytes: 256 * 1024,
};

describe("storeCertificate", () => {
  it("stores a PDF in 256 kB chunks and reads back the same bytes", async () => {
    const userId = await createUserRow("store");
    const activityId = await createActivity(userId);
    const file = fileOf(PDF_HEAD, 600_000);
    const stored = await storeCertificate({
      userId,
      activityId,
      fileName: "fetal-echo.pdf",
      declaredBytes: file.length,
      body: pieces(file, 65_536),
    });
    expect(stored).toMatchObject({
      ceActivityId: activityId,
      fileName: "fetal-echo.pdf",
      mediaType: "application/pdf",
      byteSize: 600_000,
    });
    expect(await rowCounts(userId)).toEqual({ files: 1, chunks: 3 }); // 256k + 256k + 88k
    expect(Buffer.compare(await storedBytes(userId, stored.id), Buffer.from(file))).toBe(0);
    expect(await certificateUsageByUser(userId)).toBe(600_000);
  });

  it("decides the type from the first bytes, even when they arrive one at a time", async () => {
    const userId = await createUserRow("types");
    const png = await storeCertificate({
      userId,
      activityId: null,
      fileName: "scan.pdf",
      declaredBytes: 1000,
      body: pieces(fileOf(PNG_HEAD, 1000), 1),
    });
    expect(png.mediaType).toBe("image/png");
    const jpeg = await storeCertificate({
      userId,
      activityId: null,
      fileName: "photo",
      declaredBytes: 5000,
      body: pieces(fileOf(JPEG_HEAD, 5000), 3),
    });
    expect(jpeg.mediaType).toBe("image/jpeg");
  });

  it("refuses a renamed text file and keeps nothing", async () => {
    const userId = await createUserRow("text");
    const text = new TextEncoder().encode("This is not a certificate.\n".repeat(100));
    const error = await refusal(
      storeCertificate({
        userId,
        activityId: null,
        fileName: "certificate.pdf",
        declaredBytes: text.length,
        body: pieces(text),
      }),
    );
    expect(error.status).toBe(415);
    expect(error.message).toContain("not a PDF, PNG or JPEG");
    expect(await rowCounts(userId)).toEqual({ files: 0, chunks: 0 });
  });

  it("refuses more than the per-file limit, declared or sent, and keeps nothing", async () => {
    const userId = await createUserRow("big");
    const declaredTooBig = await refusal(
      storeCertificate({
        userId,
        activityId: null,
        fileName: "big.pdf",
        declaredBytes: 10 * 1024 * 1024 + 1,
        body: pieces(fileOf(PDF_HEAD, 10)),
      }),
    );
    expect(declaredTooBig.status).toBe(413);
    expect(declaredTooBig.message).toContain("larger than 10 MB");

    // A body longer than it said: refused as it streams, after chunks were already written.
    const file = fileOf(PDF_HEAD, 700 * 1024);
    const sentTooMuch = await refusal(
      storeCertificate({
        userId,
        activityId: null,
        fileName: "liar.pdf",
        declaredBytes: 500 * 1024,
        body: pieces(file),
        limits: small,
      }),
    );
    expect(sentTooMuch.status).toBe(413);
    expect(await rowCounts(userId)).toEqual({ files: 0, chunks: 0 });
  });

  it("refuses what would pass the quota, counting the file being replaced as freed", async () => {
    const userId = await createUserRow("quota");
    const first = await createActivity(userId, "First");
    const second = await createActivity(userId, "Second");
    const file = fileOf(PDF_HEAD, 500 * 1024);
    await storeCertificate({
      userId,
      activityId: first,
      fileName: "a.pdf",
      declaredBytes: file.length,
      body: pieces(file),
      limits: small,
    });
    await storeCertificate({
      userId,
      activityId: second,
      fileName: "b.pdf",
      declaredBytes: file.length,
      body: pieces(file),
      limits: small,
    });
    // 1000 kB of 1024 kB used: 100 kB more does not fit, and nothing of it is read.
    let read = 0;
    async function* counted() {
      for await (const piece of pieces(fileOf(PDF_HEAD, 100 * 1024))) {
        read += piece.length;
        yield piece;
      }
    }
    const over = await refusal(
      storeCertificate({
        userId,
        activityId: null,
        fileName: "c.pdf",
        declaredBytes: 100 * 1024,
        body: counted(),
        limits: small,
      }),
    );
    expect(over.status).toBe(413);
    expect(over.message).toContain("1000 kB are in use");
    expect(read).toBe(0);

    // Replacing the first file with one of 520 kB fits, since its 500 kB are freed.
    const replacement = fileOf(JPEG_HEAD, 520 * 1024);
    const replaced = await storeCertificate({
      userId,
      activityId: first,
      fileName: "a-scan.jpg",
      declaredBytes: replacement.length,
      body: pieces(replacement),
      limits: small,
    });
    const files = await listCertificatesByUser(userId);
    expect(files.map((f) => f.fileName).sort()).toEqual(["a-scan.jpg", "b.pdf"]);
    expect(files.find((f) => f.ceActivityId === first)?.id).toBe(replaced.id);
    expect(await certificateUsageByUser(userId)).toBe(1020 * 1024);
  });

  it("counts the quota with the 500 MB default against files already stored", async () => {
    const userId = await createUserRow("quota-default");
    const sql = sqlClient();
    // 50 files of 10 MB recorded (their chunks are not needed to count them): 500 MB in use.
    await sql`
      insert into certificates (user_id, file_name, media_type, byte_size)
      select ${userId}, 'seeded-' || n || '.pdf', 'application/pdf', 10485760
      from generate_series(1, 50) as n`;
    const error = await refusal(
      storeCertificate({
        userId,
        activityId: null,
        fileName: "one-more.pdf",
        declaredBytes: 10,
        body: pieces(fileOf(PDF_HEAD, 10)),
      }),
    );
    expect(error.status).toBe(413);
    expect(error.message).toContain("up to 500 MB");
  });

  it("slow uploads hold their own connections, never the ones every page needs", async () => {
    // As many uploads stalled mid-file (a phone on a slow network) as both pools have connections.
    const count = env.DATABASE_POOL_SIZE + env.DATABASE_UPLOAD_POOL_SIZE;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let reading = 0;
    async function* stalled() {
      reading++;
      yield PDF_HEAD;
      await released;
      throw new Error("connection reset");
    }
    const userIds = await Promise.all(
      Array.from({ length: count }, () => createUserRow("stalled")),
    );
    const uploads = userIds.map((userId) =>
      storeCertificate({
        userId,
        activityId: null,
        fileName: "scan.pdf",
        declaredBytes: 1000,
        body: stalled(),
      }),
    );
    try {
      await expect
        .poll(() => reading, { timeout: 10_000 })
        .toBeGreaterThanOrEqual(Math.min(count, env.DATABASE_UPLOAD_POOL_SIZE));
      // A page's query still gets a connection at once.
      const answer = await Promise.race([
        getDb().execute<{ ok: number }>("select 1 as ok"),
        new Promise<"no connection">((resolve) => setTimeout(() => resolve("no connection"), 5000)),
      ]);
      expect(answer).not.toBe("no connection");
    } finally {
      release();
      const settled = await Promise.allSettled(uploads);
      expect(settled.every((result) => result.status === "rejected")).toBe(true);
    }
    for (const userId of userIds) expect(await rowCounts(userId)).toEqual({ files: 0, chunks: 0 });
  });

  it("while a file is on its way, its activity can be edited and its current file read at once", async () => {
    const userId = await createUserRow("paused");
    const activityId = await createActivity(userId);
    const old = await storeCertificate({
      userId,
      activityId,
      fileName: "old.pdf",
      declaredBytes: 1000,
      body: pieces(fileOf(PDF_HEAD, 1000)),
    });
    const phone = await pausedUpload(userId, activityId, "new.pdf");

    // A page renames the activity and lists its files: neither waits for the upload.
    const renamed = getDb().execute(
      sql`update ce_activities set title = 'Renamed' where id = ${activityId} returning id`,
    );
    expect(await within(renamed)).not.toBe("still waiting");
    expect(await within(listCertificatesByUser(userId))).toEqual([old]);

    phone.release();
    const stored = await phone.upload;
    expect(stored).toMatchObject({ fileName: "new.pdf", ceActivityId: activityId });
    expect(await listCertificatesByUser(userId)).toEqual([stored]);
    expect(await storedBytes(userId, stored.id)).toEqual(Buffer.from(phone.file));
  });

  it("a file whose activity is deleted while it arrives is refused, and nothing is kept", async () => {
    const userId = await createUserRow("paused");
    const activityId = await createActivity(userId);
    const phone = await pausedUpload(userId, activityId, "late.pdf");
    expect(await within(deleteCeActivity({ userId, activityId, now: new Date() }))).not.toBe(
      "still waiting",
    );
    phone.release();
    expect((await refusal(phone.upload)).status).toBe(404);
    expect(await rowCounts(userId)).toEqual({ files: 0, chunks: 0 });
  });

  it("keeps nothing when the connection breaks mid-upload, and the old file when replacing", async () => {
    const userId = await createUserRow("abort");
    const activityId = await createActivity(userId);
    const original = fileOf(PDF_HEAD, 1000);
    const kept = await storeCertificate({
      userId,
      activityId,
      fileName: "original.pdf",
      declaredBytes: original.length,
      body: pieces(original),
    });
    const file = fileOf(PDF_HEAD, 2 * 1024 * 1024);
    const error = await storeCertificate({
      userId,
      activityId,
      fileName: "broken.pdf",
      declaredBytes: file.length,
      body: pieces(file, 64 * 1024, 1024 * 1024), // 4 chunks written, then the socket dies
    }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe("connection reset");
    expect(await listCertificatesByUser(userId)).toEqual([kept]);
    expect(await rowCounts(userId)).toEqual({ files: 1, chunks: 1 });

    // A body that ends early (the client stopped sending): refused as interrupted.
    const short = await refusal(
      storeCertificate({
        userId,
        activityId: null,
        fileName: "short.pdf",
        declaredBytes: 5000,
        body: pieces(fileOf(PDF_HEAD, 3000)),
      }),
    );
    expect(short.status).toBe(400);
    expect(short.message).toContain("interrupted");
    expect(await rowCounts(userId)).toEqual({ files: 1, chunks: 1 });
  });

  it("answers 'not found' for another user's activity or certificate, and changes nothing", async () => {
    const owner = await createUserRow("owner");
    const intruder = await createUserRow("intruder");
    const activityId = await createActivity(owner);
    const file = fileOf(PDF_HEAD, 100);
    const mine = await storeCertificate({
      userId: owner,
      activityId,
      fileName: "mine.pdf",
      declaredBytes: file.length,
      body: pieces(file),
    });

    const attach = await refusal(
      storeCertificate({
        userId: intruder,
        activityId,
        fileName: "x.pdf",
        declaredBytes: file.length,
        body: pieces(file),
      }),
    );
    expect(attach.status).toBe(404);
    expect(
      (await refusal(getCertificateForUser({ userId: intruder, certificateId: mine.id }))).status,
    ).toBe(404);
    expect(
      (await refusal(deleteCertificate({ userId: intruder, certificateId: mine.id }))).status,
    ).toBe(404);
    expect(
      await readCertificateChunk({ userId: intruder, certificateId: mine.id, seq: 0 }),
    ).toBeNull();
    expect(await listCertificatesByUser(owner)).toEqual([mine]);
    expect(await rowCounts(intruder)).toEqual({ files: 0, chunks: 0 });

    // A deleted (undo-able) activity takes no new certificate either.
    await sqlClient()`update ce_activities set deleted_at = now() where id = ${activityId}`;
    const deleted = await refusal(
      storeCertificate({
        userId: owner,
        activityId,
        fileName: "y.pdf",
        declaredBytes: file.length,
        body: pieces(file),
      }),
    );
    expect(deleted.status).toBe(404);
  });

  it("keeps a certificate, unattached, when its activity is purged", async () => {
    const userId = await createUserRow("purge");
    const activityId = await createActivity(userId);
    const file = fileOf(PNG_HEAD, 100);
    const stored = await storeCertificate({
      userId,
      activityId,
      fileName: "scan.png",
      declaredBytes: file.length,
      body: pieces(file),
    });
    await sqlClient()`delete from ce_activities where id = ${activityId}`;
    const [after] = await listCertificatesByUser(userId);
    expect(after).toEqual({ ...stored, ceActivityId: null });
    await deleteCertificate({ userId, certificateId: stored.id });
    expect(await rowCounts(userId)).toEqual({ files: 0, chunks: 0 });
  });

  it("serialises one user's parallel uploads so both cannot slip under the quota", async () => {
    const userId = await createUserRow("race");
    const file = fileOf(PDF_HEAD, 600 * 1024);
    const limits: CertificateLimits = { ...small, maxBytes: 700 * 1024 };
    const results = await Promise.allSettled(
      [0, 1, 2].map(() =>
        storeCertificate({
          userId,
          activityId: null,
          fileName: "race.pdf",
          declaredBytes: file.length,
          body: pieces(file),
          limits,
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await certificateUsageByUser(userId)).toBe(600 * 1024);
  });
});
