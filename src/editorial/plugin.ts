import type { CurrentBuild } from "../content/publishedView.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { escapeHtml } from "../lib/xmlSafe.ts";
import { makePlan, readPlan } from "./plan.ts";
import { planText } from "./planOutputs.ts";
import { sampleIconLeft, sampleWordsLeft } from "./samples.ts";

/**
 * The messaging plan as an internal page at /plan/ while editors preview with `npm start`. A production
 * build never writes it: the plan is the team's, not the readers'.
 */
export default function editorialPlugin(
  eleventyConfig: EleventyConfig,
  { build, root }: { build: CurrentBuild; root: string },
): void {
  eleventyConfig.on("eleventy.after", () => {
    const { clinic, languages } = build().site;
    const warnings = [sampleIconLeft(root, clinic), ...sampleWordsLeft(clinic, languages)];
    for (const warning of warnings.filter(Boolean)) console.warn(`[clinic] warning: ${warning}`);
  });
  eleventyConfig.addTemplate("editorial/plan.11ty.js", {
    data: {
      layout: "layouts/base.njk",
      title: "Messaging plan (preview only)",
      noindex: true,
      sitemap: false,
      eleventyExcludeFromCollections: true,
      permalink: () => (build().mode === "preview" ? "/plan/" : false),
    },
    render: () => {
      const plan = readPlan(root);
      if (!plan.data) throw new Error(plan.problems.join("\n"));
      const { posts, now, site } = build().content;
      const text = planText(
        makePlan(posts, plan.data, now.setZone(site.clinic.timeZone), 90),
        site.clinic.timeZone,
        [],
      );
      return `<div class="wrap wrap--narrow"><h1>Messaging plan, next 90 days</h1><p>Only in the editors' preview. <code>npm run plan</code> also writes a calendar file and a dated social schedule.</p><pre class="share-kit__text">${escapeHtml(text)}</pre></div>`;
    },
  });
}
