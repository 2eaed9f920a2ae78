import { describe, expect, it } from "vitest";
import {
  TRANSCRIPT_MAX_BYTES,
  TRANSCRIPT_MAX_ROWS,
  parseTranscript,
  readCsvRecords,
} from "./transcript";

const TODAY = "2026-11-30";
const HEADER = "date,title,provider,credits,category";

function parse(text: string, existing: Parameters<typeof parseTranscript>[1]["existing"] = []) {
  return parseTranscript(text, { today: TODAY, existing });
}

describe("readCsvRecords (RFC 4180)", () => {
  it("splits fields and records, with CRLF, LF or CR line ends", () => {
    const result = readCsvRecords("a,b\r\nc,d\ne,f\rg,h");
    expect(result).toEqual({
      records: [
        { row: 1, fields: ["a", "b"] },
        { row: 2, fields: ["c", "d"] },
        { row: 3, fields: ["e", "f"] },
        { row: 4, fields: ["g", "h"] },
      ],
    });
  });

  it("keeps commas, line breaks and doubled quotes inside quoted fields", () => {
    const result = readCsvRecords('"a, b","line 1\nline 2","say ""hi"""\nnext,row\n');
    expect(result).toEqual({
      records: [
        { row: 1, fields: ["a, b", "line 1\nline 2", 'say "hi"'] },
        { row: 2, fields: ["next", "row"] },
      ],
    });
  });

  it("keeps empty fields and ignores one final line break", () => {
    expect(readCsvRecords("a,,c,\n")).toEqual({
      records: [{ row: 1, fields: ["a", "", "c", ""] }],
    });
  });

  it("reports a quoted field that never closes, with its row", () => {
    expect(readCsvRecords('a,b\n"open,c\nd')).toEqual({ unclosedAtRow: 2 });
  });
});

describe("parseTranscript: accepted files", () => {
  it("reads a plain file into rows with exact credits", () => {
    const result = parse(
      `${HEADER}\n2026-03-14,Fetal echo update,SDMS,1.5,cardiovascular\n2026-03-15,Knee MSK,AIUM,0.75,Musculoskeletal\n`,
    );
    expect(result.refused).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        row: 2,
        completedOn: "2026-03-14",
        title: "Fetal echo update",
        provider: "SDMS",
        credits: 150,
        category: "cardiovascular",
        duplicateOf: null,
      },
      {
        row: 3,
        completedOn: "2026-03-15",
        title: "Knee MSK",
        provider: "AIUM",
        credits: 75,
        category: "musculoskeletal",
        duplicateOf: null,
      },
    ]);
  });

  it("accepts a UTF-8 byte order mark, a reordered header in any case, and extra columns", () => {
    const text = `\uFEFFCategory, Credits ,Certificate No,TITLE,Date,Provider\r\nvascular,2,X-991,Carotid duplex,2026-01-05,SVU\r\n`;
    const result = parse(text);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      expect.objectContaining({
        completedOn: "2026-01-05",
        title: "Carotid duplex",
        provider: "SVU",
        credits: 200,
        category: "vascular",
      }),
    ]);
  });

  it("keeps quoted commas and line breaks in titles", () => {
    const text = `${HEADER}\n2026-02-01,"Echo, part 2:\nvalves",ASE,1,cardiovascular\n2026-02-02,Next,ASE,1,general\n`;
    const result = parse(text);
    expect(result.rows.map((r) => [r.row, r.title])).toEqual([
      [2, "Echo, part 2:\nvalves"],
      [3, "Next"],
    ]);
  });

  it("tolerates spaces before an opening quote", () => {
    const result = parse(`${HEADER}\n2026-02-01, "Echo, part 2", ASE, 1, general\n`);
    expect(result.rows[0]?.title).toBe("Echo, part 2");
  });

  it("skips blank lines but keeps spreadsheet row numbers", () => {
    const result = parse(
      `${HEADER}\n\n2026-02-01,A,ASE,1,general\n,,,,\n2026-02-02,B,ASE,x,general\n`,
    );
    expect(result.rows.map((r) => r.row)).toEqual([3]);
    expect(result.problems).toEqual([expect.objectContaining({ row: 5, field: "credits" })]);
  });

  it("allows an empty provider", () => {
    expect(parse(`${HEADER}\n2026-02-01,A,,1,general\n`).rows[0]?.provider).toBe("");
  });

  it("undoes the formula guard our own CSV export adds", () => {
    const result = parse(`${HEADER}\n2026-02-01,'=Vascular basics,'@SVU,1,vascular\n`);
    expect(result.rows[0]).toMatchObject({ title: "=Vascular basics", provider: "@SVU" });
  });
});

describe("parseTranscript: problems per row", () => {
  function problemsFor(line: string) {
    return parse(`${HEADER}\n${line}\n`).problems;
  }

  it.each([
    ["03/14/2026,A,P,1,general", "date", /not a date written as YYYY-MM-DD/],
    ["2026-02-30,A,P,1,general", "date", /not a date/],
    [",A,P,1,general", "date", /empty/],
    ["2026-12-01,A,P,1,general", "date", /in the future/],
    ["2026-02-01,  ,P,1,general", "title", /title is empty/],
    ["2026-02-01,A,P,0,general", "credits", /positive number/],
    ["2026-02-01,A,P,-1,general", "credits", /positive number/],
    ["2026-02-01,A,P,1.255,general", "credits", /at most 2 decimal places/],
    ["2026-02-01,A,P,abc,general", "credits", /positive number/],
    ["2026-02-01,A,P,1000,general", "credits", /too many/],
    ["2026-02-01,A,P,1,cardiology", "category", /"cardiology" is not a category/],
    ["2026-02-01,A,P,1,", "category", /category is empty/],
  ])("%s → %s", (line, field, message) => {
    const problems = problemsFor(line);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 2, field });
    expect(problems[0]?.message).toMatch(message);
  });

  it("lists the accepted categories when one is unknown", () => {
    const [problem] = problemsFor("2026-02-01,A,P,1,cardiology");
    expect(problem?.message).toContain("general, abdomen, obstetrics-gynecology");
    expect(problem?.message).toContain("leadership-management, other");
  });

  it("reports every problem in a row, and keeps the good rows", () => {
    const result = parse(`${HEADER}\n2026-02-01,Good,P,1,general\nbad,,P,0,nope\n`);
    expect(result.refused).toBe(false);
    expect(result.rows.map((r) => r.title)).toEqual(["Good"]);
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [3, "date"],
      [3, "title"],
      [3, "credits"],
      [3, "category"],
    ]);
  });

  it("reports an over-long title", () => {
    const problems = problemsFor(`2026-02-01,${"x".repeat(301)},P,1,general`);
    expect(problems[0]).toMatchObject({ field: "title" });
  });
});

describe("parseTranscript: refused files", () => {
  it("refuses a header without the required columns, naming them", () => {
    const result = parse("date,title,credits\n2026-02-01,A,1\n");
    expect(result.refused).toBe(true);
    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      {
        row: 1,
        field: null,
        message:
          "The header is missing provider, category. It must name date, title, provider, credits, category (any order).",
      },
    ]);
  });

  it("refuses a header naming a column twice", () => {
    const result = parse(`${HEADER},Title\n`);
    expect(result.refused).toBe(true);
    expect(result.problems).toEqual([expect.objectContaining({ field: "title" })]);
  });

  it("refuses an empty file", () => {
    expect(parse("").refused).toBe(true);
    expect(parse("\uFEFF\n").refused).toBe(true);
  });

  it("refuses an unclosed quote with its row", () => {
    const result = parse(`${HEADER}\n2026-02-01,"Echo,ASE,1,general\n`);
    expect(result.refused).toBe(true);
    expect(result.problems[0]).toMatchObject({ row: 2 });
    expect(result.problems[0]?.message).toMatch(/never closes/);
  });

  it("accepts exactly 2,000 rows and refuses 2,001", () => {
    const line = "2026-02-01,A,P,1,general";
    const ok = parse([HEADER, ...Array(TRANSCRIPT_MAX_ROWS).fill(line)].join("\n"));
    expect(ok.refused).toBe(false);
    expect(ok.rows).toHaveLength(TRANSCRIPT_MAX_ROWS);
    const tooMany = parse([HEADER, ...Array(TRANSCRIPT_MAX_ROWS + 1).fill(line)].join("\n"));
    expect(tooMany.refused).toBe(true);
    expect(tooMany.problems[0]?.message).toMatch(/2001 rows; at most 2000/);
  });

  it("refuses text over 1 MB, counting UTF-8 bytes", () => {
    const padding = "x".repeat(TRANSCRIPT_MAX_BYTES - HEADER.length - 1);
    expect(parse(`${HEADER}\n${padding}`).problems[0]?.message ?? "").not.toMatch(/1 MB/);
    expect(parse(`${HEADER}\n${padding}x`).problems[0]?.message).toMatch(/larger than 1 MB/);
    // "é" is one UTF-16 unit but two UTF-8 bytes.
    const accented = "é".repeat(TRANSCRIPT_MAX_BYTES / 2 + 1);
    expect(parse(accented).problems[0]?.message).toMatch(/larger than 1 MB/);
  });
});

describe("parseTranscript: duplicates", () => {
  it("flags a later row with the same date, title and credits as an earlier one", () => {
    const result = parse(
      `${HEADER}\n2026-02-01,Echo update,ASE,1.5,general\n2026-02-01,ECHO  update ,Other,1.50,cardiovascular\n2026-02-01,Echo update,ASE,2,general\n`,
    );
    expect(result.rows.map((r) => r.duplicateOf)).toEqual([null, { row: 2 }, null]);
  });

  it("flags a row matching an activity already logged", () => {
    const result = parse(`${HEADER}\n2026-02-01,Echo update,ASE,1.5,general\n`, [
      { id: "act-7", completedOn: "2026-02-01", title: "Echo Update", credits: "1.5" },
      { id: "act-8", completedOn: "2026-02-02", title: "Echo Update", credits: "1.5" },
    ]);
    expect(result.rows[0]?.duplicateOf).toEqual({ activityId: "act-7" });
  });
});
