import type { Language } from "../clinicData/languages.ts";
import { languageOfAddress } from "../lib/language.ts";
import { publishedPath } from "../lib/publishedPath.ts";
import { siteAddress } from "../lib/siteAddress.ts";
import type { Content } from "./loadContent.ts";
import type { Post } from "./post.ts";
import { isVisible, type BuildMode } from "./publishing.ts";

/** A post together with where it is published. */
export interface PostPage extends Post {
  url: string;
}

export interface Neighbours {
  older?: PostPage;
  newer?: PostPage;
}

// Eleventy gives each plain object with an `inputPath` in a custom collection its template's rendered
// content, looking the template up for each one (unpatched, Eleventy 3.1 searched through all of them: with
// five collections of posts, at 4,000 posts, seconds of every build). A page made from this class is not a
// plain object, so Eleventy leaves it alone.
class PublishedPage {}

export function newestFirst<T extends Post>(posts: readonly T[]): T[] {
  // The file name breaks ties so two posts on the same day keep a stable order between builds.
  return [...posts].sort((a, b) => b.date.toMillis() - a.date.toMillis() || a.file.localeCompare(b.file));
}

/** The items by key, each list in the items' order (Node 20 has no Map.groupBy). */
function groupsOf<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** For each post URL, the post in its language published just before (older) and just after (newer) it. */
export function neighbourIndex(posts: readonly PostPage[]): Map<string, Neighbours> {
  const sorted = newestFirst(posts);
  const byLanguage = groupsOf(sorted, (post) => post.lang);
  return new Map(
    [...byLanguage.values()].flatMap((list) =>
      list.map((post, i): [string, Neighbours] => [post.url, { newer: list[i - 1], older: list[i + 1] }]),
    ),
  );
}

/** The key that ties a page to its translations: the main-language original's slug and kind. */
const translationKey = (page: PostPage, main: string) =>
  page.translationOf
    ? `${page.kind}:${page.translationOf}`
    : page.lang === main
      ? `${page.kind}:${page.slug}`
      : undefined;

/** What a plugin asks for the build under way (it throws before the content is loaded). */
export type CurrentBuild = () => PublishedView;

/** What the build shows in one language. */
type Shown = { all: readonly PostPage[]; posts: readonly PostPage[]; tips: readonly PostPage[] };

/**
 * What one build publishes, made once from the checked content before Eleventy reads a template: every list,
 * address and neighbour pages, feeds and the share kit use. Each post's address is its file's
 * (publishedPath), the same one Eleventy writes it to.
 */
export class PublishedView {
  /** Every visible post and tip, newest first. */
  readonly all: readonly PostPage[];
  /** The blog: posts and episodes, newest first (tips have their own library). */
  readonly posts: readonly PostPage[];
  /** The tips library, newest first. */
  readonly tips: readonly PostPage[];
  readonly #byUrl: ReadonlyMap<string, PostPage>;
  readonly #bySlug: ReadonlyMap<string, PostPage>;
  readonly #neighbours: ReadonlyMap<string, Neighbours>;
  readonly #byInputPath: ReadonlyMap<string, Post>;
  readonly #versions: ReadonlyMap<string, readonly PostPage[]>;
  readonly #byLanguage = new Map<string, Shown>();
  /** The codes of the languages other than the main one: the address prefixes. */
  readonly #otherCodes: ReadonlySet<string>;

  constructor(
    readonly content: Content,
    readonly mode: BuildMode,
  ) {
    const pages = content.posts
      .filter((post) => isVisible(post.state, mode))
      .map((post) => Object.freeze(Object.assign(new PublishedPage(), post, { url: publishedPath(post.file) })));
    this.all = newestFirst(pages);
    this.posts = this.all.filter((page) => page.kind === "post");
    this.tips = this.all.filter((page) => page.kind === "tip");
    this.#byUrl = new Map(this.all.map((page) => [page.url, page]));
    this.#bySlug = new Map(this.all.map((page) => [`${page.lang}:${page.slug}`, page]));
    const main = content.site.languages.main.code;
    this.#otherCodes = new Set(content.site.languages.all.slice(1).map((language) => language.code));
    const order = content.site.languages.all.map((language) => language.code);
    const groups = groupsOf(
      this.all.filter((page) => translationKey(page, main)),
      (page) => translationKey(page, main)!,
    );
    this.#versions = new Map(
      [...groups.values()].flatMap((group) => {
        const sorted = group.toSorted((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang));
        return sorted.map((page): [string, PostPage[]] => [page.url, sorted]);
      }),
    );
    this.#neighbours = neighbourIndex(this.posts);
    this.#byInputPath = new Map(content.posts.map((post) => [post.inputPath, post]));
  }

  /** The post read from this input path ("./posts/x.md"), drafts included. */
  post(inputPath: string): Post | undefined {
    return this.#byInputPath.get(inputPath);
  }

  /** Whether the template at this input path belongs in this build (false: drop it before Eleventy renders it). */
  isVisible(inputPath: string): boolean {
    const post = this.#byInputPath.get(inputPath);
    return !post || isVisible(post.state, this.mode);
  }

  /** The language a page of the site is in, from its address (/es/… is Spanish); the main one for no address. */
  languageAt(url: string | false | undefined): Language {
    const { languages } = this.content.site;
    return languages.byCode.get(languageOfAddress(url || "/", this.#otherCodes, languages.main.code))!;
  }

  get site() {
    return this.content.site;
  }

  get now() {
    return this.content.now;
  }

  /** A site path as the full address readers, feeds and social networks need. */
  absolute(url: string): string {
    return siteAddress(this.content.site.clinic.url, url);
  }

  pageAt(url: string): PostPage | undefined {
    return this.#byUrl.get(url);
  }

  /** The post published just before (older) and just after (newer) the one at `url`. */
  neighbours(url: string): Neighbours {
    return this.#neighbours.get(url) ?? {};
  }

  /** The page made from the file of this name ("flu-shots" for posts/flu-shots.md) in a language, if shown. */
  pageNamed(slug: string, lang: string): PostPage | undefined {
    return this.#bySlug.get(`${lang}:${slug}`);
  }

  /** The page at `url` and its translations this build shows, the main language first; [] for no such page. */
  versionsOf(url: string): readonly PostPage[] {
    return this.#versions.get(url) ?? (this.#byUrl.has(url) ? [this.#byUrl.get(url)!] : []);
  }

  /**
   * A list made for each language from what the build shows in it (a topic's page per language…), the main
   * language's first, each item marked with its language.
   */
  byLanguage<T extends object>(make: (shown: Shown, language: Language) => readonly T[]) {
    return this.site.languages.all.flatMap((language) =>
      // A page has its language already, and stays the page it is (see PublishedPage).
      make(this.inLanguage(language.code), language).map((item) =>
        "lang" in item ? (item as T & { lang: string }) : { ...item, lang: language.code },
      ),
    );
  }

  /**
   * What the build shows in one language: its posts and tips, newest first. Sorted out once per build: every
   * list of every language (topics, years, shelves…) starts from it.
   */
  inLanguage(lang: string): Shown {
    let shown = this.#byLanguage.get(lang);
    if (!shown) {
      const all = this.all.filter((page) => page.lang === lang);
      shown = {
        all,
        posts: all.filter((page) => page.kind === "post"),
        tips: all.filter((page) => page.kind === "tip"),
      };
      this.#byLanguage.set(lang, shown);
    }
    return shown;
  }
}
