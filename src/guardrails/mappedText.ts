/**
 * Text made from pieces of a file, each remembering the stretch of the file it stands for, so a match found in
 * the made text is reported at the line and column where the editor wrote it. A piece as long as its stretch
 * maps character by character (a copy, a full-width digit made ASCII); any other piece (a decoded character
 * reference, a removed emphasis mark) maps as a whole to its stretch. A piece with an empty stretch stands for
 * text the file does not hold as written (a folded YAML value, an alias): it points at one place, its field.
 */
export interface SourceRange {
  start: number;
  end: number;
  /** The piece's text is not in the file as written: show the made text, not the file's. */
  detached: boolean;
}

export class MappedText {
  readonly #parts: string[] = [];
  // For each piece: where it starts in the made text, and the stretch of the file it stands for.
  readonly #starts: number[] = [];
  readonly #from: number[] = [];
  readonly #lengths: number[] = [];
  #length = 0;
  #text: string | undefined;

  /** Appends `text`, standing for the file's characters from `from`, `sourceLength` of them. */
  add(text: string, from: number, sourceLength = text.length): void {
    if (text === "") return;
    this.#text = undefined;
    const last = this.#parts.length - 1;
    // A copy that continues the previous copy extends it: most of a post is one piece.
    const continues = last >= 0 && this.#isLinear(last) && this.#from[last]! + this.#lengths[last]! === from;
    if (continues && text.length === sourceLength) {
      this.#parts[last] += text;
      this.#lengths[last] = this.#lengths[last]! + sourceLength;
    } else {
      this.#parts.push(text);
      this.#starts.push(this.#length);
      this.#from.push(from);
      this.#lengths.push(sourceLength);
    }
    this.#length += text.length;
  }

  get text(): string {
    return (this.#text ??= this.#parts.join(""));
  }

  /** The stretch of the file that the made text's characters [index, index + length) stand for. */
  source(index: number, length: number): SourceRange {
    if (this.#parts.length === 0) return { start: 0, end: 0, detached: true };
    const first = this.#pieceAt(index);
    const start = this.#isLinear(first) ? this.#from[first]! + index - this.#starts[first]! : this.#from[first]!;
    if (length <= 0) return { start, end: start, detached: this.#lengths[first] === 0 };
    const lastIndex = index + length - 1;
    const last = this.#pieceAt(lastIndex);
    const end = this.#isLinear(last)
      ? this.#from[last]! + lastIndex - this.#starts[last]! + 1
      : this.#from[last]! + this.#lengths[last]!;
    const detached = this.#lengths[first] === 0 || this.#lengths[last] === 0;
    return { start, end: Math.max(start, end), detached };
  }

  #isLinear(piece: number): boolean {
    return this.#partLength(piece) === this.#lengths[piece];
  }

  #partLength(piece: number): number {
    return (this.#starts[piece + 1] ?? this.#length) - this.#starts[piece]!;
  }

  #pieceAt(index: number): number {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}
