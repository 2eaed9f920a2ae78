/**
 * CSV per RFC 4180, safe to open in a spreadsheet. Pure: no I/O, importable anywhere.
 *
 * - Fields holding a comma, a double quote, CR or LF are quoted; quotes inside are doubled.
 * - Formula injection (CWE-1236): a cell that starts with `=`, `+`, `-`, `@`, tab or CR would be
 *   run as a formula by Excel, LibreOffice or Google Sheets, so it gets a leading `'`, which the
 *   spreadsheet shows as text. User-typed notes and titles are the risk; this applies to every
 *   cell alike (a negative number exported as text reads `'-3`, which is acceptable here).
 * - Lines end with CRLF, as the RFC says; a UTF-8 byte order mark is left to the caller.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
