import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { memo } from "../lib/cache.ts";
import { charactersOf } from "./cmap.ts";
import { woffTable, woffToSfnt } from "./woff.ts";

const require = createRequire(import.meta.url);

/**
 * The fonts a card draws its text with, first choice first: Inter for Latin (with Spanish and Vietnamese
 * accents), Greek and Cyrillic, then Noto for Arabic, emoji (one colour, like the title) and Chinese. All are
 * open fonts (SIL OFL) from @fontsource packages, so every build machine draws the same letters. Each package
 * splits a font into files by Unicode range; a card loads only the files its text needs.
 */
const FONT_PACKAGES = ["inter", "noto-sans-arabic", "noto-emoji", "noto-sans-sc"];
type Weight = 400 | 700;

interface FontFace {
  family: string;
  weight: Weight;
  /** The WOFF 1.0 file (satori reads WOFF, not WOFF2). */
  file: string;
  ranges: [number, number][];
}

const RANGE = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/gi;

/** The upright faces of one weight, read from each package's stylesheet: its @font-face rules name the files. */
const facesOfWeight = memo((weight: Weight): FontFace[] =>
  FONT_PACKAGES.flatMap((name) => {
    const css = readFileSync(require.resolve(`@fontsource/${name}/${weight}.css`), "utf8");
    const folder = path.dirname(require.resolve(`@fontsource/${name}/package.json`));
    return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, rule]) => ({
      family: /font-family:\s*'([^']+)'/.exec(rule!)![1]!,
      weight,
      file: path.join(folder, /url\(\.\/([^)]+\.woff)\)/.exec(rule!)![1]!),
      ranges: [...rule!.matchAll(RANGE)].map(([, from, to]): [number, number] => [
        parseInt(from!, 16),
        parseInt(to ?? from!, 16),
      ]),
    }));
  }),
);

/**
 * The families in order of choice, as Pango's font description lists them. Read when the first card is drawn,
 * not when the build starts: most builds find every card kept.
 */
export const families = memo(() => [...new Set(facesOfWeight(700).map((face) => face.family))].join(","));

const charactersIn = memo((file: string) => charactersOf(woffTable(readFileSync(file), "cmap") ?? Buffer.alloc(4)));
// The range narrows the files to open; the file's own character map says whether it has the glyph.
const holds = (face: FontFace, code: number) =>
  face.ranges.some(([from, to]) => code >= from && code <= to) && charactersIn(face.file).has(code);

/** The faces that draw `text`: for each character, the first face (in FONT_PACKAGES order) that has it. */
function facesFor(text: string, weight: Weight): FontFace[] {
  const faces = facesOfWeight(weight);
  const needed = new Set<FontFace>();
  for (const character of new Set(text)) {
    const code = character.codePointAt(0)!;
    const face = faces.find((candidate) => holds(candidate, code));
    if (face) needed.add(face);
  }
  return [...needed];
}

// Named by file, less its weight: satori keeps one font per name and weight, and a family here is many files.
const satoriName = (face: FontFace) => path.basename(face.file).replace(/-\d+-normal\.woff$/, "");
const satoriFont = (face: FontFace) => ({
  name: satoriName(face),
  weight: face.weight,
  style: "normal" as const,
  data: readFileSync(face.file),
});

/**
 * What satori needs to lay a card's fixed parts out: Latin at both weights up front, and any other script's
 * files when satori finds characters those lack (it asks by language, "emoji" included, with the text).
 */
export const cardFontOptions = () => ({
  /** For the layout's fontFamily: satori draws other characters with whichever font it has that holds them. */
  family: satoriName(facesFor("A", 700)[0]!),
  fonts: ([400, 700] as const).flatMap((weight) => facesFor("Aa", weight).map(satoriFont)),
  loadAdditionalAsset: async (_language: string, text: string) =>
    ([400, 700] as const).flatMap((weight) => facesFor(text, weight).map(satoriFont)),
});

/**
 * The bold faces `text` needs as TrueType files, for Pango (which reads no WOFF) to draw titles with; each
 * written once per process, and gone when it ends.
 */
export function titleFontFiles(): (text: string) => string[] {
  const folder = mkdtempSync(path.join(os.tmpdir(), "clinic-card-fonts-"));
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  const written = memo((woff: string) => {
    const file = path.join(folder, `${path.basename(woff, ".woff")}.ttf`);
    writeFileSync(file, woffToSfnt(readFileSync(woff)));
    return file;
  });
  return (text) => facesFor(text, 700).map((face) => written(face.file));
}
