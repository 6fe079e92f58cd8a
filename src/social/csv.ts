/**
 * CSV as spreadsheet programs and bulk schedulers read it (RFC 4180): every field quoted, quotes doubled,
 * CRLF line ends, and a UTF-8 byte order mark so Excel shows emoji and accents instead of mojibake.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return csvStart + rows.map(csvLine).join("");
}

/** The byte order mark a CSV file starts with; then its lines, each from csvLine. */
export const csvStart = "\uFEFF";

/** One row, with its line end. */
export function csvLine(row: readonly string[]): string {
  return row.map((field) => `"${field.replace(/"/g, '""')}"`).join(",") + "\r\n";
}
