import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

/** A small RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return rows;
}

describe("csvCell", () => {
  it("leaves plain text alone and writes empty cells for null and undefined", () => {
    expect(csvCell("ardms-spi")).toBe("ardms-spi");
    expect(csvCell("2024-03-15")).toBe("2024-03-15");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("quotes fields with a comma, a quote or a line break and doubles inner quotes", () => {
    expect(csvCell("Smith, Jane")).toBe('"Smith, Jane"');
    expect(csvCell('She said "pass"')).toBe('"She said ""pass"""');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell('"')).toBe('""""');
  });

  it("neutralises spreadsheet formulas with a leading apostrophe", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+33 1 23")).toBe("'+33 1 23");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=cmd")).toBe("'\t=cmd");
    expect(csvCell("\r=cmd")).toBe('"\'\r=cmd"');
    // Only the first character matters.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("Score: -3")).toBe("Score: -3");
  });
});

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends that read back cell for cell", () => {
    const rows = [
      ["ardms-spi", "Sonography Principles, Instrumentation", "done", 'notes "quoted"\nline 2'],
      ["custom", null, "planned", "=cmd|' /C calc'!A0"],
    ];
    const text = toCsv(["slug", "name", "status", "notes"], rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe("slug,name,status,notes");
    expect(parseCsv(text)).toEqual([
      ["slug", "name", "status", "notes"],
      ["ardms-spi", "Sonography Principles, Instrumentation", "done", 'notes "quoted"\nline 2'],
      ["custom", "", "planned", "'=cmd|' /C calc'!A0"],
    ]);
  });

  it("writes only a header when there are no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe("a,b\r\n");
  });
});
