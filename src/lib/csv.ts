/**
 * CSV as spreadsheet programs and bulk schedulers read it (RFC 4180): every field quoted, quotes doubled,
 * CRLF line ends, and a UTF-8 byte order mark so Excel shows emoji and accents instead of mojibake.
 * Every CSV file the kit writes goes through csvLine, so every cell is made safe to open in one place.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return csvStart + rows.map(csvLine).join("");
}

/** The byte order mark a CSV file starts with; then its lines, each from csvLine. */
export const csvStart = "\uFEFF";

/** One row, with its line end. */
export function csvLine(row: readonly string[]): string {
  return row.map((field) => `"${spreadsheetText(field).replace(/"/g, '""')}"`).join(",") + "\r\n";
}

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Google Sheets, quotes or
// not: a post titled =HYPERLINK("https://…") would become a link in the staff's spreadsheet (CSV injection).
// OWASP's advice (owasp.org/www-community/attacks/CSV_Injection): start such a cell with a single quote,
// which spreadsheets show as text.
const FORMULA_START = /^[=+\-@\t\r]/;

function spreadsheetText(field: string): string {
  return FORMULA_START.test(field) ? `'${field}` : field;
}
