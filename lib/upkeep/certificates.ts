/**
 * CE certificates: the limits, the file types we keep, and how a file's type is decided. Pure: the
 * upload route (lib/server/upkeep/certificate-upload.ts), the database's check constraints, the
 * upload control and the tests all read these.
 *
 * A file's type is decided by its first bytes (its "magic number"), never by its name or the
 * Content-Type the browser declares: a renamed text file is refused, a PDF called "cert.jpg" is
 * kept as a PDF.
 */

const MB = 1024 * 1024;

export const CERTIFICATE_LIMITS = {
  /** One file. */
  maxBytes: 10 * MB,
  /** Everything one person keeps. */
  quotaBytes: 500 * MB,
  /** Rows of the chunk table (certificate_chunks): a file is stored as ⌈size / this⌉ rows. */
  chunkBytes: 256 * 1024,
  /** Certificates merged into one audit packet. */
  packetBytes: 100 * MB,
  /** The name kept for a file (characters). */
  fileName: 200,
} as const;

export const CERTIFICATE_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

/** The extension a downloaded file gets when its stored name has none of its type's. */
export const CERTIFICATE_EXTENSIONS: Record<CertificateType, readonly string[]> = {
  "application/pdf": [".pdf"],
  "image/png": [".png"],
  "image/jpeg": [".jpg", ".jpeg"],
};

/** Bytes needed to tell the types apart. The first chunk of any upload holds far more. */
export const SIGNATURE_BYTES = 8;

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
/** "%PDF-". Readers accept it within the first 1024 bytes; we ask for it at the start. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The certificate type of a file from its first bytes, or null when it is none we keep. */
export function detectCertificateType(firstBytes: Uint8Array): CertificateType | null {
  if (startsWith(firstBytes, PDF)) return "application/pdf";
  if (startsWith(firstBytes, PNG)) return "image/png";
  if (startsWith(firstBytes, JPEG)) return "image/jpeg";
  return null;
}

/** "1.5 MB", "320 kB", "12 bytes": sizes as people read them (decimal-looking, 1024-based). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? "" : "s"}`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} kB`;
  const megabytes = bytes / MB;
  return `${megabytes < 10 ? megabytes.toFixed(1).replace(/\.0$/, "") : Math.round(megabytes)} MB`;
}

/**
 * The name kept for an uploaded file: the last path segment, control and bidirectional-override
 * characters removed, spaces collapsed, at most `CERTIFICATE_LIMITS.fileName` characters (the
 * extension kept), never empty. Shown to its owner and used in downloads, never as a path.
 */
export function cleanFileName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment
    .normalize("NFC")
    // Bidi controls can make "gpj.exe" read "exe.jpg"; C0/C1 controls become spaces.
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned === "") return "certificate";
  const max = CERTIFICATE_LIMITS.fileName;
  const chars = [...cleaned];
  if (chars.length <= max) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 ? [...cleaned.slice(dot)] : [];
  if (extension.length > 0 && extension.length <= 10) {
    return chars.slice(0, max - extension.length).join("") + extension.join("");
  }
  return chars.slice(0, max).join("");
}

/** The stored name with an extension that matches its real type, for downloads. */
export function downloadName(fileName: string, type: CertificateType): string {
  const lower = fileName.toLowerCase();
  const extensions = CERTIFICATE_EXTENSIONS[type];
  return extensions.some((ext) => lower.endsWith(ext)) ? fileName : `${fileName}${extensions[0]}`;
}

/**
 * A Content-Disposition header for a download: an ASCII fallback name and the real name in UTF-8
 * (RFC 6266 / RFC 5987), so any name survives without letting it break out of the header.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;%]/g, "_")
      .trim() || "download";
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The messages the upload route answers with, and the control shows beside itself. */
export const CERTIFICATE_MESSAGES = {
  tooBig: `That file is larger than ${formatFileSize(CERTIFICATE_LIMITS.maxBytes)}. Save a smaller copy (for example, scan at a lower resolution) and try again.`,
  wrongType:
    "That file is not a PDF, PNG or JPEG certificate. Nothing was saved. Save or scan the certificate as one of those and try again.",
  empty: "That file is empty. Nothing was saved.",
  noLength:
    "The upload did not say how large the file is, so it was refused before reading. Please try again from the page.",
  overQuota: (usedBytes: number) =>
    `You can keep up to ${formatFileSize(CERTIFICATE_LIMITS.quotaBytes)} of certificates and ${formatFileSize(usedBytes)} are in use: this file does not fit. Remove certificates you no longer need, then try again.`,
  incomplete: "The upload was interrupted before the whole file arrived. Nothing was saved.",
  crossSite: "Uploads are accepted only from this site's own pages.",
} as const;
