import { readFileSync } from "node:fs";
import path from "node:path";
import { PDFDocument, StandardFonts } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { readPdf } from "@/lib/testing/pdf-text";
import {
  buildAuditPacket,
  type AuditPacketInput,
  type PacketActivity,
  type PacketCertificate,
} from "./audit-packet";

const root = path.resolve(__dirname, "../..");
const fonts = {
  regular: new Uint8Array(readFileSync(path.join(root, "lib/server/upkeep/fonts/DejaVuSans.ttf"))),
  bold: new Uint8Array(
    readFileSync(path.join(root, "lib/server/upkeep/fonts/DejaVuSans-Bold.ttf")),
  ),
};
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(root, "e2e/support/files", name)));

async function pdfOf(
  pages: number,
  options: { userPassword?: string; ownerPassword?: string } = {},
) {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) {
    document
      .addPage([400, 300])
      .drawText(`Source page ${i + 1}`, { x: 20, y: 150, font, size: 14 });
  }
  if (options.ownerPassword !== undefined) {
    document.encrypt({
      userPassword: options.userPassword ?? "",
      ownerPassword: options.ownerPassword,
    });
  }
  return document.save();
}

function certificate(
  id: string,
  fileName: string,
  mediaType: PacketCertificate["mediaType"],
  byteSize = 1000,
): PacketCertificate {
  return { id, fileName, mediaType, byteSize };
}

function activity(
  id: string,
  completedOn: string,
  title: string,
  credits: number,
  cert: PacketCertificate | null,
): PacketActivity {
  return {
    id,
    completedOn,
    title,
    provider: "SDMS",
    credits,
    categoryLabel: "General sonography",
    certificate: cert,
  };
}

function input(overrides: Partial<AuditPacketInput> = {}): AuditPacketInput {
  return {
    locale: "en-US",
    generatedOn: "2026-11-30",
    person: { name: "Zoë Ελευθερίου-Наталья Nguyễn", email: "zoe@example.test" },
    cycleName: "ARDMS CME period and annual renewal",
    bodyLabel: "ARDMS",
    credentials: ["RDMS", "RDCS"],
    periodStart: "2023-06-10",
    periodEnd: "2026-12-31",
    unit: "CME",
    required: 3000,
    waived: 1500,
    waivers: [{ label: "New ARDMS credential or specialty passed in this period", amount: 1500 }],
    earned: 650,
    remaining: 850,
    alternatives: [{ label: "25 if ARDMS's reported 2026 change applies: unconfirmed" }],
    minimums: [],
    totalsByCategory: [
      { label: "Obstetrics and gynecology", credits: 150 },
      { label: "Cardiac and cardiovascular", credits: 500 },
    ],
    statusLabel: "behind",
    auditReinstatement: null,
    activities: [],
    ...overrides,
  };
}

describe("buildAuditPacket", () => {
  it("puts an index page first, then every certificate in date order with its page number", async () => {
    const files: Record<string, Uint8Array> = {
      a: await pdfOf(2),
      b: fixture("certificate.jpg"),
      c: fixture("certificate.png"),
      d: fixture("certificate.pdf"),
    };
    const activities = [
      activity(
        "1",
        "2024-02-01",
        "Fetal echo: Part 1",
        150,
        certificate("a", "fetal-echo.pdf", "application/pdf"),
      ),
      activity("2", "2024-05-03", "Doppler without a certificate", 100, null),
      activity(
        "3",
        "2025-01-15",
        "Strain imaging",
        200,
        certificate("b", "strain.jpg", "image/jpeg"),
      ),
      activity(
        "4",
        "2025-03-20",
        "Vascular review",
        100,
        certificate("c", "vascular.png", "image/png"),
      ),
      activity(
        "5",
        "2026-02-02",
        "Echo update",
        100,
        certificate("d", "echo.pdf", "application/pdf"),
      ),
    ];
    const loaded: string[] = [];
    const packet = await buildAuditPacket(input({ activities }), {
      fonts,
      loadCertificate: async (c) => {
        loaded.push(c.id);
        return files[c.id]!;
      },
    });
    expect(loaded).toEqual(["a", "b", "c", "d"]);

    const read = await readPdf(packet.bytes);
    // 1 index page + 2 (PDF) + 1 (JPEG) + 1 (PNG) + 1 (PDF).
    expect(read.pageCount).toBe(6);
    expect(packet.pageCount).toBe(6);
    expect(packet.indexPages).toBe(1);
    const index = read.pages[0]!;
    expect(index).toContain("CE audit packet: ARDMS");
    expect(index).toContain("Zoë Ελευθερίου-Наталья Nguyễn");
    expect(index).toContain("RDMS, RDCS");
    expect(index).toContain("June 10, 2023 to December 31, 2026");
    expect(index).toContain("Required 30 CME");
    expect(index).toContain("−15 CME");
    expect(index).toContain("Earned in the period 6.5 CME");
    expect(index).toContain("Still needed 8.5 CME");
    expect(index).toContain("25 if ARDMS's reported 2026 change applies: unconfirmed");
    expect(index).toContain("Obstetrics and gynecology 1.5 CME");
    expect(index).toMatch(/Feb 1, 2024 Fetal echo: Part 1 SDMS 1\.5 page 2/);
    expect(index).toMatch(/May 3, 2024 Doppler without a certificate SDMS 1 none attached/);
    expect(index).toMatch(/Strain imaging SDMS 2 page 4/);
    expect(index).toMatch(/Vascular review SDMS 1 page 5/);
    expect(index).toMatch(/Echo update SDMS 1 page 6/);
    expect(index).toContain("Index, page 1 of 1 · 6 pages in all");
    expect(read.pages[1]).toBe("Source page 1");
    expect(read.pages[2]).toBe("Source page 2");
    expect(read.pages[3]).toContain("strain.jpg: Strain imaging");
    expect(read.pages[5]).toContain("Echo Strain Imaging"); // the merged Chromium-made PDF's own text
    expect(read.title).toBe("CE audit packet: ARDMS, Zoë Ελευθερίου-Наталья Nguyễn");
  });

  it("renders names in Greek, Cyrillic and accented Latin with the embedded font", async () => {
    const name = "Αλέξανδρος Достоевский Łódź Çelik Ñúñez";
    const packet = await buildAuditPacket(
      input({
        person: { name, email: "a@example.test" },
        activities: [activity("1", "2025-01-01", "Кардиология: обзор", 100, null)],
      }),
      { fonts, loadCertificate: async () => new Uint8Array() },
    );
    const read = await readPdf(packet.bytes);
    expect(read.pages[0]).toContain(name);
    expect(read.pages[0]).toContain("Кардиология: обзор");
    // The font is embedded (a subset), not a standard font that could only draw Latin-1.
    const document = await PDFDocument.load(packet.bytes);
    const fontNames = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object.toString())
      .filter((text) => text.includes("/FontFile2"));
    expect(fontNames.length).toBeGreaterThan(0);
  });

  it("marks characters the font lacks with a visible box, and keeps the name whole in the title", async () => {
    const name = "王小明 Wang";
    const packet = await buildAuditPacket(input({ person: { name, email: "w@example.test" } }), {
      fonts,
      loadCertificate: async () => new Uint8Array(),
    });
    const read = await readPdf(packet.bytes);
    expect(read.pages[0]).toContain("□□□ Wang");
    expect(read.title).toBe(`CE audit packet: ARDMS, ${name}`);
  });

  it("turns an encrypted or unreadable certificate into a page naming the file and the reason", async () => {
    const files: Record<string, Uint8Array> = {
      locked: await pdfOf(3, { userPassword: "secret", ownerPassword: "owner" }),
      restricted: await pdfOf(2, { ownerPassword: "owner" }), // opens without a password
      broken: new TextEncoder().encode("%PDF-1.7\nthis is not really a PDF"),
      badImage: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    };
    const activities = [
      activity(
        "1",
        "2024-01-01",
        "Locked course",
        100,
        certificate("locked", "locked.pdf", "application/pdf"),
      ),
      activity(
        "2",
        "2024-02-01",
        "Restricted course",
        100,
        certificate("restricted", "restricted.pdf", "application/pdf"),
      ),
      activity(
        "3",
        "2024-03-01",
        "Broken course",
        100,
        certificate("broken", "broken.pdf", "application/pdf"),
      ),
      activity(
        "4",
        "2024-04-01",
        "Bad image course",
        100,
        certificate("badImage", "scan.png", "image/png"),
      ),
    ];
    const packet = await buildAuditPacket(input({ activities }), {
      fonts,
      loadCertificate: async (c) => files[c.id]!,
    });
    const read = await readPdf(packet.bytes);
    // index + locked notice + 2 restricted pages + broken notice + bad image notice
    expect(read.pageCount).toBe(6);
    expect(read.pages[1]).toContain("Certificate not included");
    expect(read.pages[1]).toContain("File: locked.pdf");
    expect(read.pages[1]).toContain("encrypted with a password");
    expect(read.pages[2]).toBe("Source page 1");
    expect(read.pages[4]).toContain("File: broken.pdf");
    expect(read.pages[4]).toContain("could not be read as a PDF");
    expect(read.pages[5]).toContain("File: scan.png");
    expect(read.pages[5]).toContain("image could not be read");
    expect(read.pages[0]).toMatch(/Locked course SDMS 1 page 2 \(encrypted\)/);
    expect(read.pages[0]).toMatch(/Restricted course SDMS 1 page 3 /);
    expect(read.pages[0]).toMatch(/Broken course SDMS 1 page 5 \(unreadable\)/);
    expect(packet.certificates.get("1")?.outcome.kind).toBe("encrypted");
    expect(packet.certificates.get("2")?.outcome).toEqual({ kind: "included", pages: 2 });
  });

  it("leaves out certificates past the packet's size limit, and says so on the index", async () => {
    const activities = [1, 2, 3].map((n) =>
      activity(
        String(n),
        `2025-0${n}-01`,
        `Course ${n}`,
        100,
        certificate(`c${n}`, `c${n}.jpg`, "image/jpeg", 40),
      ),
    );
    const loaded: string[] = [];
    const packet = await buildAuditPacket(input({ activities }), {
      fonts,
      maxCertificateBytes: 100,
      loadCertificate: async (c) => {
        loaded.push(c.id);
        return fixture("certificate.jpg");
      },
    });
    expect(loaded).toEqual(["c1", "c2"]); // the third is never read
    const read = await readPdf(packet.bytes);
    expect(read.pageCount).toBe(4);
    expect(read.pages[0]).toContain(
      "1 certificate (40 bytes) is not in this packet: it holds at most 100 bytes",
    );
    expect(read.pages[0]).toMatch(/Course 3 SDMS 1 page 4 \(not included\)/);
    expect(read.pages[3]).toContain("File: c3.jpg");
  });

  it("shows ARDMS's reinstatement arithmetic when the period ended short", async () => {
    const packet = await buildAuditPacket(
      input({
        periodStart: "2022-03-15",
        periodEnd: "2025-12-31",
        waived: 0,
        waivers: [],
        earned: 2200,
        remaining: 800,
        statusLabel: "ended",
        auditReinstatement: {
          required: 4000,
          earned: 2200,
          remaining: 1800,
          submitBy: "2026-04-30",
          finalBy: "2026-08-01",
        },
      }),
      { fonts, loadCertificate: async () => new Uint8Array() },
    );
    const index = (await readPdf(packet.bytes)).pages[0]!;
    expect(index).toContain("If this period is audited");
    expect(index).toContain("asks for 40 CME (not 30 CME) earned within the period itself");
    expect(index).toContain("22 were earned in it: 18 CME more would be needed");
    expect(index).toContain("Submit by April 30, 2026; the final deadline is August 1, 2026.");
  });

  it("runs the index over several pages when the log is long, numbering certificates after it", async () => {
    const activities = Array.from({ length: 70 }, (_, i) =>
      activity(
        String(i),
        `2024-01-${String((i % 28) + 1).padStart(2, "0")}`,
        `Course number ${i} with a rather long title that wraps onto a second line`,
        50,
        i === 69 ? certificate("last", "last.pdf", "application/pdf") : null,
      ),
    );
    const packet = await buildAuditPacket(input({ activities }), {
      fonts,
      loadCertificate: async () => pdfOf(1),
    });
    const read = await readPdf(packet.bytes);
    expect(packet.indexPages).toBeGreaterThan(1);
    expect(read.pageCount).toBe(packet.indexPages + 1);
    const indexText = read.pages.slice(0, packet.indexPages).join(" ");
    expect(indexText).toContain(`page ${packet.indexPages + 1}`);
    expect(read.pages[0]).toContain(`Index, page 1 of ${packet.indexPages}`);
    for (let i = 0; i < 70; i++) expect(indexText).toContain(`Course number ${i} `);
  });
});
