import Image from "@11ty/eleventy-img";
import path from "node:path";
import { publicFile } from "../lib/publicFiles.ts";

export interface PictureOptions {
  /** The width the picture is shown at, in CSS pixels: files are made at this width and twice it. */
  width: number;
  className: string;
  loading: "lazy" | "eager";
}

// The file's own format is the fallback; eleventy-img's "auto" cannot be sized without opening the image.
const FORMATS: Record<string, string[]> = {
  ".jpg": ["avif", "webp", "jpeg"],
  ".jpeg": ["avif", "webp", "jpeg"],
  ".png": ["avif", "webp", "png"],
  ".webp": ["avif", "webp"],
  ".avif": ["avif", "webp"],
  ".gif": ["webp", "gif"],
  ".svg": ["svg"],
};

/**
 * Small responsive <picture>s of files the site publishes (a post's image, an episode's or the show's cover
 * art), for the places that show one at a known size beside the title it goes with: lists and the podcast
 * pages. The image transform (plugin.ts) cannot do these: it finds files from the page's address, and cover
 * art is published from posts/media/, not from a folder of that name.
 *
 * The markup is made at once, from the image's size, and the files in the background (awaited by
 * `written`): an asynchronous shortcode stops a Nunjucks page silently, halfway, inside a plain `for` loop.
 */
export class Pictures {
  #pending: Promise<unknown>[] = [];
  #made = new Map<string, string>();

  constructor(
    private readonly root: string,
    private readonly output: () => string,
  ) {}

  html(publicPath: string, options: PictureOptions): string {
    const key = JSON.stringify([publicPath, options]);
    let html = this.#made.get(key);
    if (html === undefined) this.#made.set(key, (html = this.#make(publicPath, options)));
    return html;
  }

  /** Waits for every file the pages asked for, and starts the next build afresh. Throws what went wrong. */
  async written(): Promise<void> {
    const pending = this.#pending;
    this.#pending = [];
    this.#made.clear();
    await Promise.all(pending);
  }

  #make(publicPath: string, options: PictureOptions): string {
    // Checked when the content was loaded; resolved the same way here, so it never leads outside its folder.
    const found = publicFile(this.root, publicPath);
    // A draft may name a picture not added yet: the content checks say so; the preview shows no thumbnail.
    if (!("file" in found) && found.missing) return "";
    if (!("file" in found)) throw new Error(`The picture ${found.problem}`);
    const formats = FORMATS[path.extname(found.file).toLowerCase()];
    if (!formats) throw new Error(`The picture "${publicPath}" is not a JPEG, PNG, WebP, AVIF, GIF or SVG file`);
    const imageOptions = {
      widths: [options.width, options.width * 2],
      formats,
      outputDir: path.join(this.output(), "img"),
      urlPath: "/img/",
    };
    const making = Image(found.file, imageOptions);
    // Seen by `written`; until then a failure must not count as unhandled.
    making.catch(() => undefined);
    this.#pending.push(making);
    const html = Image.generateHTML(Image.statsSync(found.file, imageOptions), {
      // Always beside the title it illustrates: a description would repeat it to screen readers.
      alt: "",
      class: options.className,
      sizes: `${options.width}px`,
      loading: options.loading,
      decoding: "async",
      // Already made: the page's image transform leaves it alone (written bare, as the layouts write it).
      "eleventy:ignore": "",
    });
    return html.replaceAll('eleventy:ignore=""', "eleventy:ignore");
  }
}
