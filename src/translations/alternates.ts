import type { PublishedView } from "../content/publishedView.ts";

export interface Alternate {
  code: string;
  name: string;
  locale: string;
  url: string;
  current: boolean;
}

/**
 * The page at `url` in each language it is in, the main language first: a post or tip and its translations,
 * or one of the site's own pages in each language that has it. `sitePages`: lists of the site's pages in every
 * language (each item with its `url`), the lists Eleventy makes them from; a page not on them is in one language.
 */
export function alternatesOf(
  view: PublishedView,
  url: string,
  sitePages: readonly (readonly { url: string }[])[],
): Alternate[] {
  const here = view.languageAt(url);
  const entry = (code: string, address: string): Alternate => {
    const language = view.site.languages.byCode.get(code)!;
    return { code, name: language.name, locale: language.locale, url: address, current: code === here.code };
  };
  if (view.pageAt(url)) return view.versionsOf(url).map((page) => entry(page.lang, page.url));
  const addresses = new Set(sitePages.flat().map((page) => page.url));
  const path = url.slice(here.prefix.length) || "/";
  return view.site.languages.all
    .map((language) => entry(language.code, `${language.prefix}${path}`))
    .filter((alternate) => alternate.current || addresses.has(alternate.url));
}
