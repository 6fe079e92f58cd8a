/**
 * CSV as spreadsheet programs and bulk schedulers read it (RFC 4180): every field quoted, quotes doubled,
 * CRLF line ends, and a UTF-8 byte order mark so Excel shows emoji and accents instead of mojibake.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map((field) => `"${field.replace(/"/g, '""')}"`).join(",")).join("\r\n") + "\r\n";
}
