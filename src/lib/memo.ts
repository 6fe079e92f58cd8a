/**
 * Values worked out once per key for the life of the process: the dates, slugs and addresses that thousands
 * of posts share, where working one out (a time zone's offset, a URL) is the cost. Only for values that
 * depend on nothing but the key.
 */
export class Memo<V> {
  readonly #values = new Map<string, V>();

  get(key: string, make: () => V): V {
    if (this.#values.has(key)) return this.#values.get(key) as V;
    const value = make();
    this.#values.set(key, value);
    return value;
  }
}
