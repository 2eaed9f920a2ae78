import { describe, expect, it } from "vitest";
import {
  CERTIFICATE_LIMITS,
  attachmentDisposition,
  cleanFileName,
  detectCertificateType,
  downloadName,
  formatFileSize,
} from "./certificates";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectCertificateType", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(detectCertificateType(text("%PDF-1.7\n%âãÏÓ"))).toBe("application/pdf");
    expect(detectCertificateType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      "image/png",
    );
    expect(detectCertificateType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("image/jpeg");
    expect(detectCertificateType(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe("image/jpeg");
  });

  it("refuses anything else, whatever it is called", () => {
    // A text file renamed certificate.pdf: its bytes say what it is.
    expect(detectCertificateType(text("Certificate of completion\n"))).toBeNull();
    expect(detectCertificateType(text("<html><body>%PDF-"))).toBeNull();
    expect(detectCertificateType(text("GIF89a"))).toBeNull();
    expect(detectCertificateType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // ZIP / DOCX
    expect(detectCertificateType(bytes(0x89, 0x50, 0x4e, 0x47))).toBeNull(); // truncated PNG
    expect(detectCertificateType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectCertificateType(new Uint8Array())).toBeNull();
  });
});

describe("file names", () => {
  it("keeps the last path segment without control or bidi characters", () => {
    expect(cleanFileName("C:\\Users\\me\\Fetal echo.pdf")).toBe("Fetal echo.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("cert\u202Egpj.exe")).toBe("certgpj.exe");
    expect(cleanFileName("a\r\nb\t c.pdf")).toBe("a b c.pdf");
    expect(cleanFileName("...hidden")).toBe("hidden");
    expect(cleanFileName("   ")).toBe("certificate");
    expect(cleanFileName("Сертификат Ёлкина.pdf")).toBe("Сертификат Ёлкина.pdf");
  });

  it("shortens long names, keeping the extension", () => {
    const long = `${"x".repeat(500)}.pdf`;
    const cleaned = cleanFileName(long);
    expect([...cleaned]).toHaveLength(CERTIFICATE_LIMITS.fileName);
    expect(cleaned.endsWith(".pdf")).toBe(true);
  });

  it("gives downloads the extension of their real type", () => {
    expect(downloadName("scan.jpeg", "image/jpeg")).toBe("scan.jpeg");
    expect(downloadName("scan", "image/jpeg")).toBe("scan.jpg");
    expect(downloadName("certificate.jpg", "application/pdf")).toBe("certificate.jpg.pdf");
  });

  it("writes a Content-Disposition that no name can break out of", () => {
    expect(attachmentDisposition('a"b;c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%3Bc.pdf`,
    );
    expect(attachmentDisposition("Zoë (1).pdf")).toBe(
      `attachment; filename="Zoe (1).pdf"; filename*=UTF-8''Zo%C3%AB%20%281%29.pdf`,
    );
    expect(attachmentDisposition("証明書.pdf")).toMatch(
      /^attachment; filename="\.pdf"; filename\*=UTF-8''%E8/,
    );
  });
});

describe("formatFileSize", () => {
  it("reads as people expect", () => {
    expect(formatFileSize(1)).toBe("1 byte");
    expect(formatFileSize(900)).toBe("900 bytes");
    expect(formatFileSize(320 * 1024)).toBe("320 kB");
    expect(formatFileSize(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatFileSize(CERTIFICATE_LIMITS.maxBytes)).toBe("10 MB");
    expect(formatFileSize(CERTIFICATE_LIMITS.quotaBytes)).toBe("500 MB");
  });
});
