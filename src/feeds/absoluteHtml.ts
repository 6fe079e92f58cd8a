import urls from "@11ty/posthtml-urls";
import posthtml from "posthtml";

/**
 * Feed readers show a post away from the site, where "/posts/images/x.svg" or "#section" lead nowhere:
 * every link and image in the HTML is made absolute against the post's own address. Uses the same
 * posthtml plugin Eleventy's own base-URL handling uses.
 */
export async function absoluteHtml(html: string, pageUrl: string): Promise<string> {
  const result = await posthtml()
    .use(urls({ eachURL: (url: string) => absoluteUrl(url.trim(), pageUrl) }))
    .process(html);
  return result.html;
}

function absoluteUrl(url: string, base: string): string {
  if (url === "" || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url; // already absolute, or mailto:, tel:, data:
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
