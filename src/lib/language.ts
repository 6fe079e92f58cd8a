import { POSTS_DIR } from "./folders.ts";

/**
 * A language other than the main one has a folder under posts/ and an address prefix, both its ISO 639 code:
 * posts/es/ is published under /es/. Two or three lowercase letters, so no such folder can be mistaken for
 * another (posts/tips/, posts/images/).
 */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** Codes that are folders the kit writes at the top of the site (/img/: resized pictures), so no language's. */
export const TAKEN_CODES: ReadonlySet<string> = new Set(["img"]);

/** The language folder a post's file is in ("posts/es/tips/x.md" → "es"), or undefined for the main language. */
export function languageFolderOf(file: string): string | undefined {
  const [top, folder, ...rest] = file.split("/");
  return top === POSTS_DIR && rest.length > 0 && LANGUAGE_CODE.test(folder!) ? folder : undefined;
}

/** The file's path as if it were in the main language's folders ("posts/es/tips/x.md" → "posts/tips/x.md"). */
export function withoutLanguageFolder(file: string): string {
  const code = languageFolderOf(file);
  return code ? file.replace(`${POSTS_DIR}/${code}/`, `${POSTS_DIR}/`) : file;
}

/** The language a site address is in: its first part when that is one of `others`' codes, else `main`. */
export function languageOfAddress(url: string, others: ReadonlySet<string>, main: string): string {
  const first = /^\/([a-z]{2,3})(\/|$)/.exec(url)?.[1];
  return first && others.has(first) ? first : main;
}
