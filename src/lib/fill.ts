/** A string from a language file with its blanks filled: "Read this in {language}" and { language: "Español" }. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
