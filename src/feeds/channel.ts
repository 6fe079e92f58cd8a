import type { Language } from "../clinicData/languages.ts";
import type { PublishedView } from "../content/publishedView.ts";
import type { FeedChannel } from "./entry.ts";

/**
 * A feed of the site: the clinic publishes it from `home` (its address says the feed's language: /es/ is
 * Spanish), and `links` are the feed's own addresses.
 */
export function siteChannel(
  build: PublishedView,
  home: string,
  title: string,
  description: string,
  links: FeedChannel["links"],
): FeedChannel {
  const { clinic } = build.site;
  return {
    id: build.absolute(home),
    title,
    description,
    homeUrl: build.absolute(home),
    language: build.languageAt(home).locale,
    copyright: `© ${build.now.setZone(clinic.timeZone).year} ${clinic.name}`,
    links,
  };
}

/** The words of a feed in a language, from its file's `feeds` strings. */
export const feedWords = (language: Language) => language.strings.feeds as Record<string, string>;
