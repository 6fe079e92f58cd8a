import type { ReservedAddress } from "../content/postAddress.ts";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import { ICON_ADDRESSES } from "./icons.ts";
import { SITE_PAGES } from "./pages.ts";

/**
 * Every address the kit's own outputs use, in one place: a post or tip whose address is one of them (or
 * inside one of the folders) would replace a site file or vanish behind one, so the build refuses it.
 * Each entry names the code that writes it; a test checks that the sample site's output holds nothing else.
 */
export function reservedAddresses(site: {
  tipCategories: readonly { id: string }[];
  languages: { all: readonly { code: string; prefix: string }[] };
}): ReservedAddress[] {
  return [
    // Each other language's pages, feeds and posts (src/translations/): a translation's own address is
    // checked against the rest of this list as if it were in the main language (src/content/postAddress.ts).
    ...site.languages.all
      .filter((language) => language.prefix)
      .map((language) => ({
        address: `${language.prefix}/`,
        folder: true as const,
        what: `the folder of the site in ${language.code}`,
      })),
    // Copied as they are (src/site/plugin.ts): the logo and styles, post images, podcast media.
    ...Object.entries(PUBLIC_FOLDERS).map(([address, folder]) => ({
      address,
      folder: true as const,
      what: `the folder of ${FOLDER_NAMES[address] ?? "site files"} (${folder})`,
    })),
    // The kit's own pages (src/site/pages.ts); the tag and tip category pages are listed below.
    ...SITE_PAGES.filter((page) => !page.permalink.includes("{{")).map((page) => ({
      address: page.permalink,
      what: `the site's "${page.title}" page`,
    })),
    { address: "/tags/", folder: true, what: "the folder of topic pages (src/site/pages.ts)" },
    { address: "/authors/", folder: true, what: "the folder of writers' pages (src/site/pages.ts)" },
    ...site.tipCategories.map((category) => ({
      address: `/tips/${category.id}/`,
      what: `the page of the tip category "${category.id}"`,
    })),
    // Feeds (src/feeds/plugin.ts, src/podcast/plugin.ts, src/tips/plugin.ts).
    ...["/feed.xml", "/feed.atom", "/feed.json", "/podcast.xml", "/tips/feed.xml"].map((address) => ({
      address,
      what: "a feed",
    })),
    // Share texts and schedule (src/social/plugin.ts), resized images (src/images/plugin.ts, urlPath), the
    // search index (src/search/plugin.ts), the editors' plan under npm start (src/editorial/plugin.ts).
    { address: "/social/", folder: true, what: "the folder of share texts" },
    { address: "/img/", folder: true, what: "the folder of resized images" },
    { address: "/pagefind/", folder: true, what: "the folder of the search index" },
    { address: "/plan/", what: "the editors' plan" },
    // The web editor: its page, configuration and scripts (src/admin/plugin.ts).
    { address: "/admin/", folder: true, what: "the folder of the web editor" },
    // The security headers file for Netlify and Cloudflare Pages (src/site/plugin.ts).
    { address: "/_headers", what: "the security headers file" },
    // The browser-tab and home-screen icons (src/site/icons.ts).
    ...Object.values(ICON_ADDRESSES).map((address) => ({ address, what: "one of the site's icons" })),
  ];
}

const FOLDER_NAMES: Record<string, string> = {
  "/assets/": "the site's own files",
  "/posts/images/": "post images",
  "/media/": "podcast audio and transcripts",
};
