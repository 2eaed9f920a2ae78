import "server-only";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { listCeActivitiesForExport, listCertificatesByUser } from "@/db/queries/certificates";
import type { User } from "@/db/schema";
import { toCsv, type CsvValue } from "@/lib/csv";
import { now, todayFor } from "@/lib/server/clock";
import { accountExport, milestonesCsv } from "@/lib/server/your-data";
import { downloadName } from "@/lib/upkeep/certificates";
import { certificateStream } from "./certificates";

/**
 * "Download everything" as one ZIP: the JSON export (exactly as /api/export gives it, so it
 * validates against docs/export.schema.json and imports back), the milestones CSV, the CE log as
 * CSV, a list of the certificates and every certificate file. Streamed: the archive is written as it is sent, each certificate read
 * from the chunk table a row at a time when its turn comes, so memory stays flat whatever the
 * user keeps (up to 500 MB of certificates).
 */

/** The CE log's columns. The first five are the transcript import's, so the file reads back in. */
export const CE_ACTIVITY_CSV_HEADER = [
  "date",
  "title",
  "provider",
  "credits",
  "category",
  "cra_domain",
  "credits_ardms",
  "credits_cci",
  "credits_arrt",
  "credits_arrt_sonography",
  "credits_abii",
  "credits_ahra",
  "notes",
  "certificate",
] as const;

type ExportedActivity = Awaited<ReturnType<typeof listCeActivitiesForExport>>[number];

function ceActivitiesCsv(rows: readonly ExportedActivity[]): string {
  return toCsv(
    CE_ACTIVITY_CSV_HEADER,
    rows.map(({ activity, certificateName }) => [
      activity.completedOn,
      activity.title,
      activity.provider,
      activity.credits,
      activity.category,
      activity.craDomain,
      activity.creditsArdms,
      activity.creditsCci,
      activity.creditsArrt,
      activity.creditsArrtSonography,
      activity.creditsAbii,
      activity.creditsAhra,
      activity.notes,
      certificateName,
    ]),
  );
}

export const CERTIFICATE_CSV_HEADER = [
  "file",
  "original_name",
  "type",
  "bytes",
  "activity_date",
  "activity_title",
  "uploaded_at",
] as const;

/** A name safe in any unzip tool: no separators, controls or characters Windows refuses. */
function safeEntryName(name: string): string {
  const cleaned = name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  return cleaned.slice(0, 150) || "certificate";
}

export interface EverythingZip {
  stream: ReadableStream<Uint8Array>;
  fileName: string;
  /** The entry names, in order (for the audit log and tests). */
  entries: string[];
}

/** Builds the archive's plan (small reads) and returns the stream that writes it. */
export async function everythingZip(user: User): Promise<EverythingZip | undefined> {
  const data = await accountExport(user);
  if (!data) return undefined;
  const [milestones, activities, certificates] = await Promise.all([
    milestonesCsv(user),
    listCeActivitiesForExport(user.id),
    listCertificatesByUser(user.id),
  ]);
  const stamp = now();
  const today = todayFor(user);
  const zip = new ZipFile();
  const entries: string[] = [];
  const bom = "\uFEFF";

  const add = (buffer: Buffer, name: string) => {
    zip.addBuffer(buffer, name, { mtime: stamp, compress: true });
    entries.push(name);
  };
  add(Buffer.from(JSON.stringify(data, null, 2), "utf8"), "export.json");
  add(Buffer.from(bom + milestones, "utf8"), "milestones.csv");
  add(Buffer.from(bom + ceActivitiesCsv(activities), "utf8"), "ce-activities.csv");

  const activityById = new Map(activities.map(({ activity }) => [activity.id, activity]));
  const listed: CsvValue[][] = [];
  const used = new Set<string>();
  for (const certificate of certificates) {
    const base = safeEntryName(downloadName(certificate.fileName, certificate.mediaType));
    let name = `certificates/${base}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const dot = base.lastIndexOf(".");
      name = `certificates/${dot > 0 ? `${base.slice(0, dot)} (${n})${base.slice(dot)}` : `${base} (${n})`}`;
    }
    used.add(name.toLowerCase());
    const activity = certificate.ceActivityId ? activityById.get(certificate.ceActivityId) : null;
    listed.push([
      name,
      certificate.fileName,
      certificate.mediaType,
      certificate.byteSize,
      activity?.completedOn,
      activity?.title,
      certificate.createdAt.toISOString(),
    ]);
    entries.push(name);
    // Certificates are already compressed (PDF streams, PNG, JPEG): stored as they are.
    zip.addReadStreamLazy(
      name,
      { mtime: certificate.createdAt, compress: false, size: certificate.byteSize },
      (callback) =>
        callback(
          null,
          Readable.fromWeb(
            certificateStream(user.id, certificate.id) as import("node:stream/web").ReadableStream,
          ),
        ),
    );
  }
  // What each file is, last (it is known once the names are chosen): small, so it is a buffer.
  add(Buffer.from(bom + toCsv(CERTIFICATE_CSV_HEADER, listed), "utf8"), "certificates.csv");
  zip.end();

  return {
    stream: Readable.toWeb(zip.outputStream as Readable) as ReadableStream<Uint8Array>,
    fileName: `sonography-career-planner-everything-${today}.zip`,
    entries,
  };
}
