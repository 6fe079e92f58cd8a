import type { CurrentBuild } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { fill } from "../lib/fill.ts";
import { alternatesOf, type Alternate } from "./alternates.ts";

type PageData = { page: { url: string | false } };

/**
 * The site in each of its languages: every page knows its language from its address (`lang`, and `i18n`
 * with that language's words and the clinic's, `strings` for short), lists filter to it, and `alternates`
 * gives the same page in the other languages, for hreflang links and the language switcher.
 */
export default function translationsPlugin(eleventyConfig: EleventyConfig, { build }: { build: CurrentBuild }): void {
  eleventyConfig.addGlobalData("eleventyComputed", {
    lang: (data: PageData) => build().languageAt(data.page.url).code,
    i18n: (data: PageData) => build().languageAt(data.page.url),
    strings: (data: PageData) => build().languageAt(data.page.url).strings,
    // The podcast readers of this language are offered: their own show, or the main one.
    showHere: (data: PageData) => {
      const language = build().languageAt(data.page.url);
      return language.show
        ? { show: language.show, prefix: language.prefix }
        : { show: build().site.languages.main.show, prefix: "" };
    },
  });
  // The languages, for the pages every language has (paginated over it, one page each).
  eleventyConfig.addCollection("siteLanguages", () => build().site.languages.all);
  eleventyConfig.addFilter("inLanguage", <T extends { lang: string }>(items: readonly T[], lang: string) =>
    items.filter((item) => item.lang === lang),
  );
  // "Read this in {language}" with { language: "Español" }: the words of a string with its blanks filled.
  eleventyConfig.addFilter("fill", fill);
  eleventyConfig.addFilter("alternates", (url: string, sitePages: readonly (readonly { url: string }[])[]) =>
    alternatesOf(build(), url, sitePages),
  );
  eleventyConfig.addFilter("alternateIn", (alternates: readonly Alternate[], code: string) =>
    alternates.find((alternate) => alternate.code === code),
  );
}
