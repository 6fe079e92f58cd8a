import type { CurrentBuild, PostPage } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { answeredQuestions } from "./answered.ts";
import { ASK_FIELD_LIMITS, ASK_FORM_NAME, askFormMode, HONEYPOT_FIELD, mailtoHref } from "./askForm.ts";

/** "Ask us": how /ask/ takes questions, and the posts that answered one ("You asked, we answered"). */
export default function questionsPlugin(eleventyConfig: EleventyConfig, { build }: { build: CurrentBuild }): void {
  // What the page's form needs; `mode` is decided per build, from the settings and the host running it.
  eleventyConfig.addFilter("askForm", () => ({
    mode: askFormMode(build().site.settings.askForm),
    name: ASK_FORM_NAME,
    honeypot: HONEYPOT_FIELD,
    limits: ASK_FIELD_LIMITS,
  }));
  eleventyConfig.addFilter("askMailto", (words: { subject: string; body: string }) =>
    mailtoHref(build().site.clinic.email, words),
  );
  // Takes the posts collection, so a preview that rebuilds what a changed post affects redraws /ask/.
  eleventyConfig.addFilter("answeredQuestions", (posts: readonly PostPage[], lang: string) =>
    answeredQuestions(posts, lang),
  );
}
