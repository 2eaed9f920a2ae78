/**
 * CE transcript import: a CSV the user exports from a CE provider (or writes by hand), checked
 * row by row before anything is saved. Pure: the caller reads the upload and passes its text.
 *
 * The file needs a header naming `date`, `title`, `provider`, `credits` and `category` (any
 * case, any order; other columns are ignored). Dates are ISO (YYYY-MM-DD) only, because
 * 03/04/2025 means different days in different countries. A UTF-8 byte order mark is accepted.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, and a quoted field that
 * spans lines is still one row.
 */
import type { CeCategory } from "@/lib/catalog/types";
import { CE_CATEGORIES } from "@/lib/catalog/upkeep";
import { isIsoDate } from "@/lib/dates";
import { parseCredits } from "./credits";
import { CE_LIMITS } from "./limits";
import { foldText } from "./text";
import type { Hundredths } from "./types";

export const TRANSCRIPT_MAX_BYTES = 1_048_576;
export const TRANSCRIPT_MAX_ROWS = 2_000;
export const TRANSCRIPT_MAX_TITLE = CE_LIMITS.title;
export const TRANSCRIPT_MAX_PROVIDER = CE_LIMITS.provider;
/** Credits per activity must be below this (an academic course can be 48). */
export const TRANSCRIPT_MAX_CREDITS = CE_LIMITS.creditsBelow;
export const TRANSCRIPT_COLUMNS = ["date", "title", "provider", "credits", "category"] as const;

export type TranscriptField = (typeof TRANSCRIPT_COLUMNS)[number];

export interface TranscriptRow {
  row: number;
  completedOn: string;
  title: string;
  provider: string;
  credits: Hundredths;
  category: CeCategory;
  /** Same date, title and credits as an earlier row or an activity already logged. */
  duplicateOf: { row: number } | { activityId: string } | null;
}

export interface TranscriptProblem {
  /** Null for problems with the whole file. */
  row: number | null;
  field: TranscriptField | null;
  message: string;
}

export interface TranscriptResult {
  /** True when the file as a whole was refused (size, row count, header, broken quoting). */
  refused: boolean;
  /** Rows without problems, in file order. */
  rows: TranscriptRow[];
  problems: TranscriptProblem[];
}

/** An activity already logged, for duplicate checks. */
export interface LoggedActivity {
  id: string;
  completedOn: string;
  title: string;
  credits: string;
}

export interface TranscriptOptions {
  /** The user's date: activities cannot be completed after it. */
  today: string;
  existing?: readonly LoggedActivity[];
}

const ACCEPTED_CATEGORIES = CE_CATEGORIES.map((c) => c.value).join(", ");

const categoryByName = new Map<string, CeCategory>(
  CE_CATEGORIES.flatMap((c) => [
    [c.value, c.value],
    [c.label.toLowerCase(), c.value],
  ]),
);

/** Cells our own CSV export guarded against formula injection start with `'`; undo that. */
const GUARDED_CELL = /^'(?=[=+\-@\t\r])/;

interface CsvRecord {
  /** 1-based, header included. */
  row: number;
  fields: string[];
}

/**
 * RFC 4180 records: fields separated by commas, records by CRLF, LF or CR; a field in double
 * quotes may hold commas, line breaks and doubled quotes. A quote inside an unquoted field, or
 * text after a closing quote, is kept as written. A quoted field that never closes is reported
 * with the row it opened on.
 */
export function readCsvRecords(text: string): { records: CsvRecord[] } | { unclosedAtRow: number } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let quoteOpenedAt = 0;
  let row = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ row, fields });
    fields = [];
    field = "";
    row += 1;
  };
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === "") {
      // Spaces before an opening quote (", "a, b"") are a common hand-written slip; drop them.
      field = "";
      quoted = true;
      quoteOpenedAt = row;
      i += 1;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) return { unclosedAtRow: quoteOpenedAt };
  // A final line break ends the last record; it does not start an empty one.
  if (field !== "" || fields.length > 0) endRecord();
  return { records };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === "");
}

function refuse(message: string, row: number | null = null): TranscriptResult {
  return { refused: true, rows: [], problems: [{ row, field: null, message }] };
}

function duplicateKey(completedOn: string, title: string, credits: Hundredths): string {
  return `${completedOn}|${foldText(title)}|${credits}`;
}

/** Checks a CE transcript and returns its good rows and every problem found. */
export function parseTranscript(text: string, options: TranscriptOptions): TranscriptResult {
  // Every UTF-16 unit is at least one UTF-8 byte, so a long string is refused without encoding.
  if (text.length > TRANSCRIPT_MAX_BYTES || utf8Length(text) > TRANSCRIPT_MAX_BYTES) {
    return refuse("The file is larger than 1 MB. Split it into smaller files.");
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const parsed = readCsvRecords(body);
  if ("unclosedAtRow" in parsed) {
    return refuse(
      `Row ${parsed.unclosedAtRow} opens a quoted field that never closes. Check for a missing closing quote (").`,
      parsed.unclosedAtRow,
    );
  }
  const [header, ...records] = parsed.records;
  if (!header || isBlank(header)) {
    return refuse(
      `The file is empty. The first row must name the columns: ${TRANSCRIPT_COLUMNS.join(", ")}.`,
    );
  }
  const dataRecords = records.filter((r) => !isBlank(r));
  if (dataRecords.length > TRANSCRIPT_MAX_ROWS) {
    return refuse(
      `The file has ${dataRecords.length} rows; at most ${TRANSCRIPT_MAX_ROWS} can be imported at once. Split it into smaller files.`,
    );
  }

  const names = header.fields.map((name) => name.trim().toLowerCase());
  const columns = new Map<TranscriptField, number>();
  const problems: TranscriptProblem[] = [];
  for (const column of TRANSCRIPT_COLUMNS) {
    const first = names.indexOf(column);
    if (first === -1) continue;
    if (names.indexOf(column, first + 1) !== -1) {
      problems.push({ row: 1, field: column, message: `The header names "${column}" twice.` });
    }
    columns.set(column, first);
  }
  const missing = TRANSCRIPT_COLUMNS.filter((c) => !columns.has(c));
  if (missing.length > 0) {
    problems.push({
      row: 1,
      field: null,
      message: `The header is missing ${missing.join(", ")}. It must name ${TRANSCRIPT_COLUMNS.join(", ")} (any order).`,
    });
  }
  if (problems.length > 0) return { refused: true, rows: [], problems };

  const cell = (record: CsvRecord, column: TranscriptField) =>
    (record.fields[columns.get(column) ?? -1] ?? "").trim();

  const seenInFile = new Map<string, number>();
  const existing = new Map<string, string>();
  for (const activity of options.existing ?? []) {
    const credits = parseCredits(activity.credits);
    if (credits !== null) {
      existing.set(duplicateKey(activity.completedOn, activity.title, credits), activity.id);
    }
  }

  const rows: TranscriptRow[] = [];
  for (const record of dataRecords) {
    const { row } = record;
    const rowProblems: TranscriptProblem[] = [];
    const problem = (field: TranscriptField, message: string) =>
      rowProblems.push({ row, field, message });

    const completedOn = cell(record, "date");
    if (completedOn === "") problem("date", "The date is empty.");
    else if (!isIsoDate(completedOn)) {
      problem("date", `"${completedOn}" is not a date written as YYYY-MM-DD (e.g. 2026-03-14).`);
    } else if (completedOn > options.today) {
      problem("date", `${completedOn} is in the future.`);
    }

    const title = cell(record, "title").replace(GUARDED_CELL, "");
    if (title === "") problem("title", "The title is empty.");
    else if (title.length > TRANSCRIPT_MAX_TITLE) {
      problem("title", `The title is longer than ${TRANSCRIPT_MAX_TITLE} characters.`);
    }

    const provider = cell(record, "provider").replace(GUARDED_CELL, "");
    if (provider.length > TRANSCRIPT_MAX_PROVIDER) {
      problem("provider", `The provider is longer than ${TRANSCRIPT_MAX_PROVIDER} characters.`);
    }

    const creditsText = cell(record, "credits");
    const credits = parseCredits(creditsText);
    if (credits === null || credits === 0) {
      problem(
        "credits",
        `"${creditsText}" is not a positive number of credits with at most 2 decimal places (e.g. 1.5).`,
      );
    } else if (credits >= TRANSCRIPT_MAX_CREDITS * 100) {
      problem("credits", `${creditsText} credits is too many for one activity.`);
    }

    const categoryText = cell(record, "category");
    const category = categoryByName.get(categoryText.toLowerCase());
    if (category === undefined) {
      problem(
        "category",
        `${categoryText === "" ? "The category is empty" : `"${categoryText}" is not a category`}. Use one of: ${ACCEPTED_CATEGORIES}.`,
      );
    }

    if (rowProblems.length > 0 || credits === null || category === undefined) {
      problems.push(...rowProblems);
      continue;
    }
    const key = duplicateKey(completedOn, title, credits);
    const earlierRow = seenInFile.get(key);
    const loggedId = existing.get(key);
    if (earlierRow === undefined) seenInFile.set(key, row);
    rows.push({
      row,
      completedOn,
      title,
      provider,
      credits,
      category,
      duplicateOf:
        loggedId !== undefined
          ? { activityId: loggedId }
          : earlierRow !== undefined
            ? { row: earlierRow }
            : null,
    });
  }
  return { refused: false, rows, problems };
}
