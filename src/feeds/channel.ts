import type { ContentStore } from "../content/store.ts";
import type { FeedChannel } from "./entry.ts";

/** A feed of the site: the clinic publishes it from `home`, and `links` are the feed's own addresses. */
export function siteChannel(
  store: ContentStore,
  home: string,
  title: string,
  description: string,
  links: FeedChannel["links"],
): FeedChannel {
  const { clinic } = store.site;
  return {
    id: store.absolute(home),
    title,
    description,
    homeUrl: store.absolute(home),
    language: clinic.language,
    copyright: `© ${store.now.setZone(clinic.timeZone).year} ${clinic.name}`,
    links,
  };
}
