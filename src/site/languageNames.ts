/**
 * The languages a linked site is in, named in the reader's language and joined as it joins a list: "English
 * and Spanish", "inglés y español". The names come with Node's own language data, so no file lists them.
 */
export function languageNames(codes: readonly string[], locale: string): string {
  const names = new Intl.DisplayNames([locale], { type: "language" });
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(codes.map((code) => names.of(code) ?? code));
}
