/** A string from a language file with its blanks filled: "Read this in {language}" and { language: "Español" }. */
export function fill(text: string, values: Record<string, string | number>): string {
  // Own names only: "{constructor}" is a blank no caller fills, not the object's inherited function.
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
