import type { PublishedView } from "../content/publishedView.ts";
import type { FeedChannel } from "./entry.ts";

/** A feed of the site: the clinic publishes it from `home`, and `links` are the feed's own addresses. */
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
    language: clinic.language,
    copyright: `© ${build.now.setZone(clinic.timeZone).year} ${clinic.name}`,
    links,
  };
}
