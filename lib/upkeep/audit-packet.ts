/**
 * The audit packet: one PDF for one cycle's period, made of an index (who, which credentials, the
 * period, the requirement, totals by category, every counted activity with the page where its
 * certificate starts) followed by every certificate in date order: PDFs merged page by page,
 * images placed on pages of their own. A certificate that cannot be included (encrypted with a
 * password, unreadable, or past the packet's size limit) becomes a page that names the file and
 * the reason, so the index and the pages always agree.
 *
 * Pure apart from what it is handed: plain data, the font bytes, and a function that returns a
 * certificate's bytes (called once per certificate, in order, so at most one source file is
 * being read at a time). Returns the PDF's bytes.
 */
import fontkit from "@cantoo/fontkit";
import {
  EncryptedPDFError,
  PDFDocument,
  rgb,
  type PDFFont,
  type PDFImage,
  type PDFPage,
} from "@cantoo/pdf-lib";
import { formatCalendarDate } from "@/lib/format";
import { CERTIFICATE_LIMITS, formatFileSize, type CertificateType } from "./certificates";
import { formatCredits } from "./credits";
import type { Hundredths } from "./types";

export interface PacketCertificate {
  id: string;
  fileName: string;
  mediaType: CertificateType;
  byteSize: number;
}

export interface PacketActivity {
  id: string;
  completedOn: string;
  title: string;
  provider: string;
  /** What it counted for in this period (after the body's own amount and any cap). */
  credits: Hundredths;
  categoryLabel: string;
  certificate: PacketCertificate | null;
}

export interface AuditPacketInput {
  /** The reader's locale, for dates. */
  locale: string;
  generatedOn: string;
  person: { name: string | null; email: string };
  /** "ARDMS CME period and annual renewal". */
  cycleName: string;
  /** "ARDMS". */
  bodyLabel: string;
  /** Display names of the credentials the cycle covers. */
  credentials: readonly string[];
  periodStart: string;
  periodEnd: string;
  /** "CME", "CEU", "CE credits". */
  unit: string;
  required: Hundredths;
  waived: Hundredths;
  waivers: readonly { label: string; amount: Hundredths }[];
  earned: Hundredths;
  remaining: Hundredths;
  /** Unconfirmed readings of the requirement, shown beside the verified one. */
  alternatives: readonly { label: string }[];
  /** Category minimums of the rule. */
  minimums: readonly { label: string; required: Hundredths; earned: Hundredths }[];
  /** Counted credits by the activities' own category. */
  totalsByCategory: readonly { label: string; credits: Hundredths }[];
  statusLabel: string;
  /** ARDMS: what reinstating after a failed audit takes, once a period ended short. */
  auditReinstatement: {
    required: Hundredths;
    earned: Hundredths;
    remaining: Hundredths;
    submitBy: string;
    finalBy: string;
  } | null;
  /** Counted activities, in date order. */
  activities: readonly PacketActivity[];
}

export interface AuditPacketOptions {
  /** TrueType fonts, regular and bold, covering the scripts names are written in. */
  fonts: { regular: Uint8Array; bold: Uint8Array };
  loadCertificate: (certificate: PacketCertificate) => Promise<Uint8Array>;
  /** Certificates past this many bytes in total become "not included" pages. */
  maxCertificateBytes?: number;
}

export type CertificateOutcome =
  | { kind: "included"; pages: number }
  | { kind: "encrypted" | "unreadable" | "over_limit"; pages: 1 };

export interface AuditPacket {
  bytes: Uint8Array;
  pageCount: number;
  indexPages: number;
  /** Per activity id with a certificate: the page it starts on and what happened to it. */
  certificates: ReadonlyMap<string, { startPage: number; outcome: CertificateOutcome }>;
}

// US Letter, in points: the bodies are American and so are their auditors' printers.
const PAGE = { width: 612, height: 792 } as const;
const MARGIN = 54;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const RULE = rgb(0.75, 0.75, 0.8);
/** Drawn for a character no font has, so the gap is visible rather than silent. */
const MISSING = "\u25A1";

/** The text, split into runs by the first font that has each character. */
interface Run {
  text: string;
  font: PDFFont;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Does the font have a glyph for this code point? */
  covers: (codePoint: number) => boolean;
}

function runsOf(text: string, font: PDFFont, fonts: Fonts): Run[] {
  const runs: Run[] = [];
  let current = "";
  for (const char of text.normalize("NFC")) {
    const codePoint = char.codePointAt(0)!;
    // Whitespace and controls: the font's space.
    const printable = /\s/.test(char) ? " " : fonts.covers(codePoint) ? char : MISSING;
    current += printable;
  }
  if (current) runs.push({ text: current, font });
  return runs;
}

function widthOf(text: string, font: PDFFont, size: number, fonts: Fonts): number {
  return runsOf(text, font, fonts).reduce(
    (sum, run) => sum + run.font.widthOfTextAtSize(run.text, size),
    0,
  );
}

/** Greedy word wrap to `width`; words longer than a line are cut by character. */
function wrap(text: string, font: PDFFont, size: number, width: number, fonts: Fonts): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate, font, size, fonts) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (widthOf(rest, font, size, fonts) > width) {
        let cut = [...rest].length - 1;
        while (cut > 1 && widthOf([...rest].slice(0, cut).join(""), font, size, fonts) > width)
          cut--;
        lines.push([...rest].slice(0, cut).join(""));
        rest = [...rest].slice(cut).join("");
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/** One line of the index, measured and drawn later, so index pages can be counted first. */
interface Line {
  height: number;
  /** Keep with the next line (headings). */
  keepWithNext?: boolean;
  draw: (page: PDFPage, top: number, pageOf: (activityId: string) => string) => void;
}

function text(
  page: PDFPage,
  value: string,
  x: number,
  baseline: number,
  options: { font: PDFFont; size: number; fonts: Fonts; color?: ReturnType<typeof rgb> },
) {
  let cursor = x;
  for (const run of runsOf(value, options.font, options.fonts)) {
    page.drawText(run.text, {
      x: cursor,
      y: baseline,
      size: options.size,
      font: run.font,
      color: options.color ?? INK,
    });
    cursor += run.font.widthOfTextAtSize(run.text, options.size);
  }
}

function paragraph(
  value: string,
  fonts: Fonts,
  options: {
    bold?: boolean;
    size?: number;
    color?: ReturnType<typeof rgb>;
    gapAfter?: number;
  } = {},
): Line[] {
  const size = options.size ?? 10;
  const font = options.bold ? fonts.bold : fonts.regular;
  const lines = wrap(value, font, size, CONTENT_WIDTH, fonts);
  return lines.map((line, i) => ({
    height: size * 1.4 + (i === lines.length - 1 ? (options.gapAfter ?? 0) : 0),
    keepWithNext: options.bold,
    draw: (page, top) =>
      text(page, line, MARGIN, top - size, {
        font,
        size,
        fonts,
        ...(options.color ? { color: options.color } : {}),
      }),
  }));
}

function heading(value: string, fonts: Fonts): Line[] {
  return [
    { height: 8, draw: () => {} },
    ...paragraph(value, fonts, { bold: true, size: 12, gapAfter: 2 }).map((line) => ({
      ...line,
      keepWithNext: true,
    })),
  ];
}

/** A two-column table row (label, value right-aligned). */
function pairRow(label: string, value: string, fonts: Fonts, bold = false): Line {
  const size = 10;
  const font = bold ? fonts.bold : fonts.regular;
  return {
    height: size * 1.5,
    draw: (page, top) => {
      text(page, label, MARGIN, top - size, { font, size, fonts });
      const width = widthOf(value, font, size, fonts);
      text(page, value, MARGIN + CONTENT_WIDTH - width, top - size, { font, size, fonts });
    },
  };
}

const COLUMNS = { date: MARGIN, title: MARGIN + 82, credits: MARGIN + 370, page: MARGIN + 430 };
const TITLE_WIDTH = COLUMNS.credits - COLUMNS.title - 12;

function activityRows(input: AuditPacketInput, fonts: Fonts): Line[] {
  const size = 9;
  const header: Line = {
    height: size * 2,
    keepWithNext: true,
    draw: (page, top) => {
      const y = top - size;
      const bold = { font: fonts.bold, size, fonts };
      text(page, "Date", COLUMNS.date, y, bold);
      text(page, "Activity and provider", COLUMNS.title, y, bold);
      text(page, input.unit, COLUMNS.credits, y, bold);
      text(page, "Certificate", COLUMNS.page, y, bold);
      page.drawLine({
        start: { x: MARGIN, y: top - size * 1.6 },
        end: { x: MARGIN + CONTENT_WIDTH, y: top - size * 1.6 },
        thickness: 0.5,
        color: RULE,
      });
    },
  };
  const rows = input.activities.map((activity): Line => {
    const titleLines = wrap(activity.title, fonts.regular, size, TITLE_WIDTH, fonts);
    const providerLines = activity.provider
      ? wrap(activity.provider, fonts.regular, size - 1, TITLE_WIDTH, fonts)
      : [];
    const lineHeight = size * 1.35;
    const height = (titleLines.length + providerLines.length) * lineHeight + 6;
    return {
      height,
      draw: (page, top, pageOf) => {
        const first = top - size;
        text(page, formatCalendarDate(activity.completedOn, input.locale), COLUMNS.date, first, {
          font: fonts.regular,
          size,
          fonts,
        });
        titleLines.forEach((line, i) =>
          text(page, line, COLUMNS.title, first - i * lineHeight, {
            font: fonts.regular,
            size,
            fonts,
          }),
        );
        providerLines.forEach((line, i) =>
          text(page, line, COLUMNS.title, first - (titleLines.length + i) * lineHeight, {
            font: fonts.regular,
            size: size - 1,
            fonts,
            color: MUTED,
          }),
        );
        text(page, formatCredits(activity.credits), COLUMNS.credits, first, {
          font: fonts.regular,
          size,
          fonts,
        });
        text(page, pageOf(activity.id), COLUMNS.page, first, {
          font: fonts.regular,
          size,
          fonts,
        });
      },
    };
  });
  if (rows.length === 0) {
    return [
      header,
      ...paragraph("No activities count in this period yet.", fonts, { color: MUTED }),
    ];
  }
  return [header, ...rows];
}

function indexLines(input: AuditPacketInput, fonts: Fonts): Line[] {
  const date = (value: string) => formatCalendarDate(value, input.locale, "long");
  const credits = (value: Hundredths) => `${formatCredits(value)} ${input.unit}`;
  const lines: Line[] = [
    ...paragraph(`CE audit packet: ${input.bodyLabel}`, fonts, {
      bold: true,
      size: 18,
      gapAfter: 4,
    }),
    ...paragraph(input.cycleName, fonts, { color: MUTED, gapAfter: 8 }),
    pairRow("Name", input.person.name?.trim() || input.person.email, fonts),
    pairRow("Email", input.person.email, fonts),
    pairRow("Credentials", input.credentials.join(", ") || "none held", fonts),
    pairRow("Period", `${date(input.periodStart)} to ${date(input.periodEnd)}`, fonts),
    pairRow("Status", input.statusLabel, fonts),
    ...heading("Requirement", fonts),
    pairRow("Required", credits(input.required), fonts),
  ];
  for (const waiver of input.waivers) {
    lines.push(pairRow(`Waived: ${waiver.label}`, `−${credits(waiver.amount)}`, fonts));
  }
  if (input.waived > 0 && input.waivers.length === 0) {
    lines.push(pairRow("Waived", `−${credits(input.waived)}`, fonts));
  }
  lines.push(pairRow("Earned in the period", credits(input.earned), fonts));
  lines.push(pairRow("Still needed", credits(input.remaining), fonts, true));
  for (const minimum of input.minimums) {
    lines.push(
      pairRow(
        `Minimum: ${minimum.label}`,
        `${formatCredits(minimum.earned)} of ${credits(minimum.required)}`,
        fonts,
      ),
    );
  }
  for (const alternative of input.alternatives) {
    lines.push(...paragraph(alternative.label, fonts, { size: 9, color: MUTED }));
  }

  if (input.auditReinstatement) {
    const audit = input.auditReinstatement;
    lines.push(...heading("If this period is audited", fonts));
    lines.push(
      ...paragraph(
        `The period ended short. To reinstate after a failed audit, ${input.bodyLabel} asks for ` +
          `${credits(audit.required)} (not ${credits(input.required)}) earned within the period ` +
          `itself, ${date(input.periodStart)} to ${date(input.periodEnd)}. ` +
          `${formatCredits(audit.earned)} were earned in it: ${credits(audit.remaining)} more would be needed. ` +
          `Submit by ${date(audit.submitBy)}; the final deadline is ${date(audit.finalBy)}.`,
        fonts,
        { gapAfter: 4 },
      ),
    );
  }

  lines.push(...heading("Totals by category", fonts));
  if (input.totalsByCategory.length === 0) {
    lines.push(...paragraph("Nothing counted yet.", fonts, { color: MUTED }));
  }
  for (const total of input.totalsByCategory) {
    lines.push(pairRow(total.label, credits(total.credits), fonts));
  }

  lines.push(...heading("Activities", fonts));
  lines.push(...activityRows(input, fonts));
  return lines;
}

/** Splits lines into pages; a heading is never the last line of a page. */
function paginate(lines: Line[]): Line[][] {
  const available = PAGE.height - 2 * MARGIN - 24; // room for the footer
  const pages: Line[][] = [[]];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let needed = line.height;
    // A heading keeps the next line with it.
    for (let j = i; lines[j]?.keepWithNext && lines[j + 1]; j++) needed += lines[j + 1]!.height;
    if (used + needed > available && used > 0) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push(line);
    used += line.height;
  }
  return pages;
}

function footer(page: PDFPage, value: string, fonts: Fonts) {
  text(page, value, MARGIN, MARGIN / 2, { font: fonts.regular, size: 8, fonts, color: MUTED });
}

function noticePage(
  document: PDFDocument,
  fonts: Fonts,
  title: string,
  details: readonly string[],
): void {
  const page = document.addPage([PAGE.width, PAGE.height]);
  let top = PAGE.height - MARGIN;
  for (const line of [
    ...paragraph(title, fonts, { bold: true, size: 14, gapAfter: 8 }),
    ...details.flatMap((detail) => paragraph(detail, fonts, { gapAfter: 4 })),
  ]) {
    line.draw(page, top, () => "");
    top -= line.height;
  }
}

function certificateCaption(
  activity: PacketActivity,
  certificate: PacketCertificate,
  locale: string,
) {
  return `${certificate.fileName}: ${activity.title}, ${formatCalendarDate(activity.completedOn, locale)}`;
}

function imagePage(document: PDFDocument, image: PDFImage, caption: string, fonts: Fonts): void {
  const page = document.addPage([PAGE.width, PAGE.height]);
  const captionLines = wrap(caption, fonts.regular, 9, CONTENT_WIDTH, fonts);
  let top = PAGE.height - MARGIN;
  for (const line of captionLines) {
    text(page, line, MARGIN, top - 9, { font: fonts.regular, size: 9, fonts, color: MUTED });
    top -= 13;
  }
  const boxHeight = top - 8 - MARGIN;
  const scale = Math.min(CONTENT_WIDTH / image.width, boxHeight / image.height, 1.5);
  const width = image.width * scale;
  const height = image.height * scale;
  page.drawImage(image, {
    x: MARGIN + (CONTENT_WIDTH - width) / 2,
    y: top - 8 - height,
    width,
    height,
  });
}

/** Adds one certificate's pages; returns what happened. Never throws for a bad file. */
async function addCertificate(
  document: PDFDocument,
  activity: PacketActivity,
  certificate: PacketCertificate,
  bytes: Uint8Array,
  input: AuditPacketInput,
  fonts: Fonts,
): Promise<CertificateOutcome> {
  const unreadable = (reason: string): CertificateOutcome => {
    noticePage(document, fonts, "Certificate not included", [
      `File: ${certificate.fileName} (${formatFileSize(certificate.byteSize)})`,
      `Activity: ${activity.title}, ${formatCalendarDate(activity.completedOn, input.locale)}`,
      `Reason: ${reason}`,
    ]);
    return { kind: "unreadable", pages: 1 };
  };
  if (certificate.mediaType === "application/pdf") {
    let source: PDFDocument;
    try {
      source = await PDFDocument.load(bytes, { updateMetadata: false });
    } catch (error) {
      if (!(error instanceof EncryptedPDFError)) {
        return unreadable("the file could not be read as a PDF (it may be damaged).");
      }
      try {
        // Many certificates are "encrypted" only to restrict editing, with an empty password
        // to open them: those can be read and merged.
        source = await PDFDocument.load(bytes, { password: "", updateMetadata: false });
      } catch {
        noticePage(document, fonts, "Certificate not included", [
          `File: ${certificate.fileName} (${formatFileSize(certificate.byteSize)})`,
          `Activity: ${activity.title}, ${formatCalendarDate(activity.completedOn, input.locale)}`,
          "Reason: the PDF is encrypted with a password, so it cannot be merged here. Send the file itself with this packet, or save a copy without a password and attach it again.",
        ]);
        return { kind: "encrypted", pages: 1 };
      }
    }
    try {
      const pages = await document.copyPages(source, source.getPageIndices());
      if (pages.length === 0)
        return unreadable("the file could not be read as a PDF (no pages were found in it).");
      for (const page of pages) document.addPage(page);
      return { kind: "included", pages: pages.length };
    } catch {
      return unreadable(
        "the file could not be read as a PDF: its pages could not be copied (it may be damaged).",
      );
    }
  }
  try {
    const image =
      certificate.mediaType === "image/png"
        ? await document.embedPng(bytes)
        : await document.embedJpg(bytes);
    imagePage(document, image, certificateCaption(activity, certificate, input.locale), fonts);
    return { kind: "included", pages: 1 };
  } catch {
    return unreadable("the image could not be read (it may be damaged or of an unusual kind).");
  }
}

export async function buildAuditPacket(
  input: AuditPacketInput,
  options: AuditPacketOptions,
): Promise<AuditPacket> {
  const maxBytes = options.maxCertificateBytes ?? CERTIFICATE_LIMITS.packetBytes;
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const name = input.person.name?.trim() || input.person.email;
  document.setTitle(`CE audit packet: ${input.bodyLabel}, ${name}`);
  document.setAuthor(name);
  document.setCreator("Sonography Career Planner");
  document.setProducer("Sonography Career Planner");
  document.setCreationDate(new Date(`${input.generatedOn}T00:00:00Z`));
  document.setModificationDate(new Date(`${input.generatedOn}T00:00:00Z`));

  const glyphs = fontkit.create(options.fonts.regular);
  if (!("hasGlyphForCodePoint" in glyphs)) throw new TypeError("the regular font is a collection");
  const fonts: Fonts = {
    regular: await document.embedFont(options.fonts.regular, { subset: true }),
    bold: await document.embedFont(options.fonts.bold, { subset: true }),
    covers: (codePoint) => glyphs.hasGlyphForCodePoint(codePoint),
  };

  // Which certificates fit under the packet's limit, in date order: known before anything is
  // laid out, so the index can say so on its first page.
  const overLimit = new Set<string>();
  let bytesSoFar = 0;
  for (const activity of input.activities) {
    const certificate = activity.certificate;
    if (!certificate) continue;
    if (bytesSoFar + certificate.byteSize > maxBytes) overLimit.add(certificate.id);
    else bytesSoFar += certificate.byteSize;
  }

  const lines = indexLines(input, fonts);
  const skipped = input.activities.flatMap((a) =>
    a.certificate && overLimit.has(a.certificate.id) ? [a.certificate] : [],
  );
  if (skipped.length > 0) {
    const size = formatFileSize(skipped.reduce((sum, c) => sum + c.byteSize, 0));
    const one = skipped.length === 1;
    lines.splice(
      2,
      0,
      ...paragraph(
        `${skipped.length} certificate${one ? "" : "s"} (${size}) ${one ? "is" : "are"} not in this packet: it holds at most ${formatFileSize(maxBytes)} of certificates. ${one ? "Its page names it" : "Their pages name them"}; download ${one ? "it" : "them"} from the CE log and send ${one ? "it" : "them"} with the packet.`,
        fonts,
        { bold: true, gapAfter: 6 },
      ),
    );
  }

  // The index's pages first (their number does not depend on the page numbers they print), then
  // the certificates after them.
  const laidOut = paginate(lines);
  for (let i = 0; i < laidOut.length; i++) document.addPage([PAGE.width, PAGE.height]);

  const outcomes = new Map<string, { startPage: number; outcome: CertificateOutcome }>();
  for (const activity of input.activities) {
    const certificate = activity.certificate;
    if (!certificate) continue;
    const startPage = document.getPageCount() + 1;
    const about = [
      `File: ${certificate.fileName} (${formatFileSize(certificate.byteSize)})`,
      `Activity: ${activity.title}, ${formatCalendarDate(activity.completedOn, input.locale)}`,
    ];
    let outcome: CertificateOutcome;
    if (overLimit.has(certificate.id)) {
      noticePage(document, fonts, "Certificate not included", [
        ...about,
        `Reason: a packet holds at most ${formatFileSize(maxBytes)} of certificates, and the ones before this file reach that limit. Download this certificate on its own from the CE log and send it with the packet.`,
      ]);
      outcome = { kind: "over_limit", pages: 1 };
    } else {
      const bytes = await options.loadCertificate(certificate).catch(() => null);
      if (bytes) {
        outcome = await addCertificate(document, activity, certificate, bytes, input, fonts);
      } else {
        noticePage(document, fonts, "Certificate not included", [
          ...about,
          "Reason: the stored file could not be read. Try again, or attach it again.",
        ]);
        outcome = { kind: "unreadable", pages: 1 };
      }
    }
    outcomes.set(activity.id, { startPage, outcome });
  }

  const pageOf = (activityId: string) => {
    const entry = outcomes.get(activityId);
    if (!entry) return "none attached";
    const note = {
      included: "",
      encrypted: " (encrypted)",
      over_limit: " (not included)",
      unreadable: " (unreadable)",
    }[entry.outcome.kind];
    return `page ${entry.startPage}${note}`;
  };

  const total = document.getPageCount();
  laidOut.forEach((pageLines, i) => {
    const page = document.getPage(i);
    let top = PAGE.height - MARGIN;
    for (const line of pageLines) {
      line.draw(page, top, pageOf);
      top -= line.height;
    }
    footer(
      page,
      `Index, page ${i + 1} of ${laidOut.length} · ${total} pages in all · made on ${formatCalendarDate(input.generatedOn, input.locale, "long")} with Sonography Career Planner`,
      fonts,
    );
  });

  const bytes = await document.save();
  return { bytes, pageCount: total, indexPages: laidOut.length, certificates: outcomes };
}
