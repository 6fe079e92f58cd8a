import { readFileSync } from "node:fs";
import path from "node:path";
import type { Post } from "../content/post.ts";
import { markFile } from "../clinicData/mark.ts";
import type { CurrentBuild, PublishedView } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { drawIcons } from "./icons.ts";
import { writeIfChanged } from "../lib/outputFiles.ts";
import { directionsUrl, telHref, type PostalAddress } from "./contact.ts";
import { contentSecurityPolicy, headersFile, topLevelAddresses, type OwnPolicy } from "./securityHeaders.ts";
import { reservedAddresses } from "./reservedAddresses.ts";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import { languageNames } from "./languageNames.ts";
import { SITE_PAGES, type SitePage } from "./pages.ts";
import type { Language } from "../clinicData/languages.ts";

/** The pages every clinic site has, and the static files (logo, photos, post images) they use. */
export default function sitePlugin(
  eleventyConfig: EleventyConfig,
  {
    build,
    loaded,
    root,
    ownPolicies,
  }: {
    build: CurrentBuild;
    loaded: () => Promise<PublishedView>;
    root: string;
    /** Folders with a policy of their own (the web editor's), which the site-wide one must not bind. */
    ownPolicies: () => OwnPolicy[];
  },
): void {
  // Audio hosted elsewhere is the one thing pages may fetch from another origin; the policy names each host.
  // Worked out once per build: every page asks for it.
  let origins: string[] | undefined;
  eleventyConfig.on("eleventy.before", () => void (origins = undefined));
  const remoteMedia = () => (origins ??= remoteAudioOrigins(build().content.posts));
  // Only a page that shows a video allows the video player's origin in its policy.
  eleventyConfig.addFilter("contentSecurityPolicy", (hasVideo: unknown) =>
    contentSecurityPolicy(remoteMedia(), true, Boolean(hasVideo)),
  );
  // Every dated correction on the site, newest first, for the editorial policy page.
  eleventyConfig.addFilter("siteCorrections", () =>
    build()
      .all.flatMap((page) =>
        page.corrections.map((correction) => ({ ...correction, url: page.url, title: page.title })),
      )
      .sort((a, b) => b.date.toMillis() - a.date.toMillis()),
  );
  eleventyConfig.addFilter("telHref", (number: string) => telHref(number));
  eleventyConfig.addFilter("languageNames", (codes: string[], locale: string) => languageNames(codes, locale));
  eleventyConfig.addFilter("directionsUrl", (address: PostalAddress) => directionsUrl(address));
  // The home page's words, from the checked settings: a settings file written before them gets the defaults.
  eleventyConfig.addFilter("homeWords", () => build().site.settings.home);
  eleventyConfig.addTemplate("site/headers.11ty.js", {
    data: { permalink: "/_headers", eleventyExcludeFromCollections: true, sitemap: false },
    render: () => {
      const view = build();
      // Everything the site writes: the kit's own addresses, and the posts'.
      const addresses = [
        ...reservedAddresses(view.site).map((entry) => entry.address),
        ...view.all.map((page) => page.url),
      ];
      return headersFile({
        remoteMediaOrigins: remoteMedia(),
        videos: view.content.posts.some((post) => post.video),
        topLevel: topLevelAddresses(addresses),
        ownPolicies: ownPolicies(),
      });
    },
  });
  // The pages made once per language, in each language (for the links between a page's languages).
  eleventyConfig.addCollection("everyLanguagePages", () =>
    build().site.languages.all.flatMap((language) =>
      SITE_PAGES.filter((page) => !page.data?.pagination && isIn(page, language)).map((page) => ({
        url: `${language.prefix}${page.permalink}`,
        // Still here for the links between its languages; sitemap.xml leaves it out.
        sitemap: !page.noSitemap,
      })),
    ),
  );
  for (const page of SITE_PAGES) {
    const collections = collectionsNamedIn(path.join(root, "_includes", page.layout));
    // A page of every language that is not one page per item already is one page per language.
    const perLanguage = page.everyLanguage && !page.data?.pagination;
    // Readers see the page's title and description in its language (`pages.<inputPath>` in its file).
    const words = (data: { page: { url: string | false } }) =>
      build().languageAt(data.page.url).strings.pages as Record<string, Record<string, string> | undefined>;
    eleventyConfig.addTemplate(`site-pages/${page.inputPath}.njk`, "", {
      // Declared so that a preview rebuilding only what a changed post affects (--incremental) redraws
      // the lists that show it; Eleventy cannot see collections used inside a layout by itself.
      ...(collections.length > 0 && { eleventyImport: { collections } }),
      layout: page.layout,
      permalink: perLanguage
        ? (data: { edition: { prefix: string } }) => `${data.edition.prefix}${page.permalink}`
        : page.permalink,
      ...(perLanguage && {
        pagination: {
          data: "collections.siteLanguages",
          size: 1,
          alias: "edition",
          before: (languages: Language[]) => languages.filter((language) => isIn(page, language)),
        },
      }),
      eleventyComputed: {
        title: (data: { page: { url: string | false } }) => words(data)[page.inputPath]?.title ?? page.title,
        description: (data: { page: { url: string | false } }) => words(data)[page.inputPath]?.description,
      },
      schemaType: page.schemaType,
      sitemap: !page.noSitemap,
      eleventyExcludeFromCollections: page.noSitemap ? true : undefined,
      ...page.data,
    });
  }
  // Drawn beside Eleventy's rendering, written once it has finished (a failed build writes none).
  let icons: Promise<{ address: string; data: Buffer }[]> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    icons = loaded().then(({ site: { clinic } }) =>
      drawIcons(markFile(root, clinic), clinic.colors.background).catch((error: Error) => {
        const [field, file] = clinic.icon ? ["icon", clinic.icon] : ["logo", clinic.logo];
        throw new Error(
          `_data/clinic.json: "${field}" is "${file}", which could not be drawn as the site's icons (${error.message}): save it again as a plain SVG, PNG or JPEG of a sensible size`,
        );
      }),
    );
    icons.catch(() => undefined); // seen in eleventy.after
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    for (const icon of await icons!) writeIfChanged(path.join(directories.output, icon.address), icon.data);
  });
  for (const [url, folder] of Object.entries(PUBLIC_FOLDERS)) {
    eleventyConfig.addPassthroughCopy({ [folder]: url.replace(/^\/|\/$/g, "") });
  }
}

/** Whether the site has `page` in `language`. */
const isIn = (page: SitePage, language: Language) =>
  typeof page.everyLanguage === "function" ? page.everyLanguage(language) : page.everyLanguage === true;

/** The origins of episode audio hosted on other sites (for the Content-Security-Policy). */
function remoteAudioOrigins(posts: readonly Post[]): string[] {
  const urls = posts.flatMap((post) =>
    post.podcast && /^https?:/.test(post.podcast.audio.url) ? [post.podcast.audio.url] : [],
  );
  return [...new Set(urls.map((url) => new URL(url).origin))].sort();
}

/** The collections a layout reads ("collections.tagGroups"), so its page can declare them. */
export function collectionsNamedIn(layoutFile: string): string[] {
  const names = [...readFileSync(layoutFile, "utf8").matchAll(/\bcollections\.(\w+)/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}
