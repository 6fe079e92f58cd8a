/**
 * Prints the share texts of one post, episode or tip, for every network, with each count against its limit.
 *
 *   npm run social -- posts/flu-shots-are-here.md
 *   npm run social -- flu-shots-are-here
 */
import path from "node:path";
import { formatProblem } from "../src/lib/problems.ts";
import { channelsFor, composeSnippets, shareSource } from "../src/social/index.ts";
import { loadContentOrExit } from "./siteData.ts";

const wanted = process.argv[2];
if (!wanted) {
  console.error(
    "Say which post: npm run social -- posts/flu-shots-are-here.md (or just its file name, flu-shots-are-here)",
  );
  process.exit(2);
}
const root = process.cwd();
const { content, problems } = await loadContentOrExit(root);
const { site, posts } = content;
const slug = path.basename(wanted).replace(/\.md$/, "");
const post = posts.find((p) => p.file === wanted || p.slug === slug);
if (!post) {
  const mine = problems.filter((p) => p.file === wanted || path.basename(p.file, ".md") === slug);
  console.error(
    mine.length ? mine.map(formatProblem).join("\n") : `No post, episode or tip called "${wanted}" in posts/.`,
  );
  process.exit(1);
}
const snippets = composeSnippets(shareSource(post, site), site.social);
for (const channel of channelsFor(site.social)) {
  const snippet = snippets.channels[channel.id]!;
  const button = snippet.button ? `\n[${snippet.button.label} button: ${snippet.button.url}]` : "";
  const event = snippet.event
    ? `\n[Event post: "${snippet.event.title}", ${snippet.event.start} to ${snippet.event.end}]`
    : "";
  console.log(
    `── ${channel.name} (${snippet.count}/${snippet.limit}) ${"─".repeat(Math.max(0, 50 - channel.name.length))}\n${snippet.text}${button}${event}\n`,
  );
}
if (snippets.pin)
  console.log(
    `── Pinterest pin ──\n${snippets.pin.title}\n\n${snippets.pin.description}\n\nImage: ${snippets.pin.image}\nAlt text: ${snippets.pin.alt}\nLink: ${snippets.pin.link}\n`,
  );
if (snippets.youtubeVideo)
  console.log(`── YouTube video ──\n${snippets.youtubeVideo.title}\n\n${snippets.youtubeVideo.description}\n`);
if (post.state !== "published") console.log(`(This ${post.kind} is ${post.state}: it is not on the public site yet.)`);
