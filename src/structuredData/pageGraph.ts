import type { DateTime } from "luxon";
import type { Language } from "../clinicData/languages.ts";
import { topicNamer } from "../blog/index.ts";
import type { BreadcrumbList, Graph, ListItem, Thing, WebPage } from "schema-dts";
import type { PostPage, PublishedView } from "../content/publishedView.ts";
import { authorUrl, clinicNode, ids, personNode, podcastNode, websiteNode, type Absolute } from "./clinicNodes.ts";

/** The schema.org types of the site's own pages (src/site/pages.ts names each page's). */
export type SitePageType =
  "WebPage" | "CollectionPage" | "AboutPage" | "ContactPage" | "SearchResultsPage" | "ProfilePage";

/** What the layout knows of the page being written. */
export interface PageFacts {
  url: string;
  title: string;
  description?: string;
  /** For the site's own pages; a post's, tip's or episode's type follows from what it is. */
  type?: SitePageType;
}

// The sections a page sits in, by the key of their name in a language's `breadcrumbs` strings.
const SECTIONS: Record<string, string> = {
  "/archive/": "blog",
  "/podcast/": "podcast",
  "/tips/": "tips",
  "/tags/": "topics",
  "/authors/": "writers",
};

/**
 * The page's schema.org graph: the clinic, the website, the page with its breadcrumb trail, and what the page
 * is about (a post, an episode and its show, a tip, the staff), made from the same checked data the page
 * shows. Nodes point to each other by id, so each thing is described once.
 */
export function pageGraph(view: PublishedView, page: PageFacts): Graph {
  const { clinic } = view.site;
  const absolute: Absolute = (url) => (/^https?:/.test(url) ? url : view.absolute(url));
  const post = view.pageAt(page.url);
  const language = view.languageAt(page.url);
  const nodes: Thing[] = [
    clinicNode(clinic, absolute),
    websiteNode(
      clinic,
      absolute,
      view.site.languages.all.map((l) => l.locale),
    ),
  ];
  const webPage = {
    "@id": absolute(`${page.url}#webpage`),
    url: absolute(page.url),
    name: post?.title ?? page.title,
    ...(page.description && { description: page.description }),
    isPartOf: { "@id": ids(absolute).website },
    inLanguage: language.locale,
    breadcrumb: { "@id": absolute(`${page.url}#breadcrumb`) },
  };
  nodes.push(breadcrumbs(page, post, language, absolute));
  if (post) nodes.push(...postNodes(view, post, webPage, absolute));
  else nodes.push(...sitePageNodes(view, page, webPage, absolute));
  return { "@context": "https://schema.org", "@graph": nodes };
}

type PageBase = Omit<WebPage & object, "@type">;

function postNodes(view: PublishedView, post: PostPage, webPage: PageBase, absolute: Absolute): Thing[] {
  const { clinic } = view.site;
  const people = new Map([[post.author.id, post.author]]);
  if (post.review) people.set(post.review.reviewer.id, post.review.reviewer);
  const iso = (date: DateTime) => date.setZone(clinic.timeZone).toISO()!;
  const written = {
    author: { "@id": ids(absolute).person(post.author) },
    publisher: { "@id": ids(absolute).clinic },
    datePublished: iso(post.date),
    dateModified: iso(post.updated ?? post.date),
    inLanguage: view.languageAt(post.url).locale,
    image: absolute(post.image ?? `${post.url}share.png`),
    ...(post.sources.length > 0 && {
      citation: post.sources.map((source) => ({
        "@type": "CreativeWork" as const,
        name: source.title,
        url: source.url,
      })),
    }),
  };
  const reviewed = post.review && {
    reviewedBy: { "@id": ids(absolute).person(post.review.reviewer) },
    lastReviewed: post.review.date.setZone(clinic.timeZone).toISODate()!,
  };
  const nodes: Thing[] = [...people.values()].map((person) =>
    personNode(person, absolute, view.languageAt(post.url).code),
  );
  if (post.tip) {
    // A tip is the page itself: short, practical, for one audience.
    nodes.push({
      "@type": "MedicalWebPage",
      ...webPage,
      description: post.tip.summary,
      ...written,
      ...reviewed,
      audience: { "@type": "PeopleAudience", audienceType: post.tip.audience },
      about: { "@type": "Thing", name: topicNamer(view.languageAt(post.url))(post.tip.category.id) },
    });
    return nodes;
  }
  const mainId = absolute(`${post.url}#${post.podcast ? "episode" : "article"}`);
  nodes.push({
    "@type": "MedicalWebPage",
    ...webPage,
    ...(post.description && { description: post.description }),
    ...reviewed,
    mainEntity: { "@id": mainId },
  });
  const shared = {
    "@id": mainId,
    url: absolute(post.url),
    ...(post.description && { description: post.description }),
    mainEntityOfPage: { "@id": webPage["@id"] as string },
    ...written,
  };
  if (!post.podcast) {
    // The clinic's news and its views on health policy (kind: news) are news to search engines.
    nodes.push({ "@type": post.news ? "NewsArticle" : "BlogPosting", ...shared, headline: post.title });
    return nodes;
  }
  const episode = post.podcast;
  // An episode is in its language's show (the build refuses one in a language with none).
  const language = view.languageAt(post.url);
  const show = language.show!;
  nodes.push(podcastNode(show, absolute, language.prefix), {
    "@type": "PodcastEpisode",
    ...shared,
    name: post.title,
    ...(episode.episode !== undefined && { episodeNumber: episode.episode }),
    ...(episode.season !== undefined && {
      partOfSeason: {
        "@type": "PodcastSeason",
        seasonNumber: episode.season,
        partOfSeries: { "@id": ids(absolute).podcast(language.prefix) },
      },
    }),
    partOfSeries: { "@id": ids(absolute).podcast(language.prefix) },
    image: absolute(episode.image ?? show.image),
    associatedMedia: {
      "@type": "AudioObject",
      contentUrl: absolute(episode.audio.url),
      encodingFormat: episode.audio.type,
      duration: isoDuration(episode.audio.duration),
      contentSize: String(episode.audio.length),
      transcript: episode.transcript.turns
        .map((turn) => (turn.speaker ? `${turn.speaker}: ${turn.text}` : turn.text))
        .join("\n"),
    },
  });
  return nodes;
}

function sitePageNodes(view: PublishedView, page: PageFacts, webPage: PageBase, absolute: Absolute): Thing[] {
  const type = page.type ?? "WebPage";
  if (type === "ProfilePage") {
    const author = [...view.site.authors.values()].find((person) => page.url === authorUrl(person));
    if (author)
      return [
        personNode(author, absolute),
        { "@type": "ProfilePage", ...webPage, mainEntity: { "@id": ids(absolute).person(author) } },
      ];
  }
  if (page.url === "/authors/") {
    const authors = [...view.site.authors.values()];
    return [
      ...authors.map((author) => personNode(author, absolute)),
      {
        "@type": "CollectionPage",
        ...webPage,
        mainEntity: {
          "@type": "ItemList",
          itemListElement: authors.map((author, i) => ({
            "@type": "ListItem",
            position: i + 1,
            item: { "@id": ids(absolute).person(author) },
          })),
        },
      },
    ];
  }
  const language = view.languageAt(page.url);
  if (page.url === `${language.prefix}/podcast/` && language.show) {
    return [
      podcastNode(language.show, absolute, language.prefix),
      { "@type": type, ...webPage, mainEntity: { "@id": ids(absolute).podcast(language.prefix) } },
    ];
  }
  if (page.url === "/about/") return [{ "@type": type, ...webPage, mainEntity: { "@id": ids(absolute).clinic } }];
  return [{ "@type": type, ...webPage }];
}

/** Home › section (› tip category) › the page, as links a search result can show. */
/** The trail to the page, in its language: its home page, its section, a tip's category, the page. */
function breadcrumbs(
  page: PageFacts,
  post: PostPage | undefined,
  language: Language,
  absolute: Absolute,
): BreadcrumbList {
  const { prefix } = language;
  const names = language.strings.breadcrumbs as Record<string, string>;
  const path = page.url.slice(prefix.length) || "/";
  const trail: [string, string][] = [[names.home!, `${prefix}/`]];
  const section = post
    ? post.tip
      ? "/tips/"
      : post.podcast
        ? "/podcast/"
        : "/archive/"
    : Object.keys(SECTIONS).find((url) => path.startsWith(url) && path !== url);
  if (section) trail.push([names[SECTIONS[section]!]!, `${prefix}${section}`]);
  if (post?.tip) {
    const category = language.tipCategories.find((c) => c.id === post.tip!.category.id) ?? post.tip.category;
    trail.push([category.name, `${prefix}/tips/${category.id}/`]);
  }
  if (path !== "/") trail.push([post?.title ?? page.title, page.url]);
  return {
    "@type": "BreadcrumbList",
    "@id": absolute(`${page.url}#breadcrumb`),
    itemListElement: trail.map(([name, url], i): ListItem => ({
      "@type": "ListItem",
      position: i + 1,
      name,
      item: absolute(url),
    })),
  };
}

/** Seconds as an ISO 8601 duration: 75 → "PT1M15S". */
export function isoDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s || whole === 0 ? `${s}S` : ""}`;
}

/**
 * The graph as the text of a <script type="application/ld+json">: JSON in which no text can end the element
 * or start a comment ("</script>", "<!--"), since "<", ">" and "&" are written as \u escapes, as are the
 * two line separators older JSON readers choke on.
 */
export function jsonForScript(graph: Graph): string {
  return JSON.stringify(graph).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
