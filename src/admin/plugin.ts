import path from "node:path";
import type { CurrentBuild } from "../content/publishedView.ts";
import type { ContentStep } from "../content/steps.ts";
import { addBrowserScript } from "../lib/browserScripts.ts";
import type { EleventyConfig } from "../lib/eleventyTypes.ts";
import { editorBackend } from "./backend.ts";
import { copyEditorBundle } from "./bundle.ts";
import { editorConfig } from "./config.ts";
import { editorContentSecurityPolicy } from "./policy.ts";

const NOT_LISTED = { eleventyExcludeFromCollections: true, sitemap: false };

/**
 * The web editor at /admin/: its page (_includes/pages/admin.njk), its configuration made from the
 * schemas, its preview script, and Decap CMS's bundle copied from node_modules. Written only when the
 * editor knows where to commit (src/admin/backend.ts).
 */
export default function adminPlugin(
  eleventyConfig: EleventyConfig,
  { build, steps }: { build: CurrentBuild; steps: readonly ContentStep[] },
): void {
  const backend = () => editorBackend(build().site.settings, process.env);
  const skip = (data: Record<string, unknown>) => ({ ...data, permalink: () => (backend() ? data.permalink : false) });
  eleventyConfig.addFilter("editorContentSecurityPolicy", () => {
    const chosen = backend();
    return chosen ? editorContentSecurityPolicy(chosen, true) : "";
  });
  eleventyConfig.addTemplate(
    "admin/index.njk",
    "",
    skip({ layout: "pages/admin.njk", permalink: "/admin/", ...NOT_LISTED }),
  );
  eleventyConfig.addTemplate("admin/config.11ty.js", {
    data: skip({ permalink: "/admin/config.yml", ...NOT_LISTED }),
    render: () => {
      const chosen = backend();
      // Eleventy renders a template it does not write too.
      if (!chosen) return "";
      const { content } = build();
      const tagsInUse = [...new Set(content.posts.flatMap((post) => post.tags))];
      // JSON is YAML, and the editor reads its configuration as YAML.
      return JSON.stringify(
        editorConfig({ site: content.site, steps, now: content.now, tagsInUse, backend: chosen }),
        null,
        1,
      );
    },
  });
  addBrowserScript(eleventyConfig, "adminPreview", "/admin/preview.js");
  eleventyConfig.on("eleventy.after", ({ directories }) => {
    if (backend()) copyEditorBundle(path.join(directories.output, "admin"));
  });
}
