/**
 * What was worked out from each file's text, kept for the next build in the same process: `npm start`
 * rebuilds after every save, and working it all out again for thousands of unchanged posts was most of
 * that wait. An entry is used only while its file's text (and the `context` it was made in, e.g. the
 * clinic's details) is the same.
 */
export class TextCache<V> {
  readonly #entries = new Map<string, { text: string; context: string; value: V }>();

  /** `file` names the entry (a path, or a page's address); `text` is what the value was made from. */
  get(file: string, text: string, context: string, make: () => V): V {
    const entry = this.#entries.get(file);
    if (entry && entry.text === text && entry.context === context) return entry.value;
    const value = make();
    this.#entries.set(file, { text, context, value });
    return value;
  }
}
