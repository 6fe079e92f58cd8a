/** What other features and the scripts use of the share kit: the networks, and each post's texts for them. */
export { channelsFor, channelName, type ChannelId } from "./channels.ts";
export { composeSnippets, type Snippets } from "./compose.ts";
export { publishedUrl, shareSource } from "./source.ts";
