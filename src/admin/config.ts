import type { DateTime } from "luxon";
import type { ZodType } from "zod";
import type { Language } from "../clinicData/languages.ts";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import { authorSchema, clinicSchema, settingsSchema } from "../clinicData/schema.ts";
import type { Post } from "../content/post.ts";
import { postFields, type PostSchemaContext } from "../content/postSchema.ts";
import type { ContentStep } from "../content/steps.ts";
import { POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";
import { fieldsFor, type EditorField, type SpecialWidgets } from "./fields.ts";
import { authorWidgets, clinicWidgets, postWidgets } from "./widgets.ts";

/** Where the editor reads and commits: GitHub (production), or Decap's in-browser `test-repo` for tests. */
export type EditorBackend =
  { name: "test-repo" } | { name: "github"; repo: string; branch: string; authProxy?: string; reviewFirst: boolean };

export interface EditorSetup {
  site: SiteData;
  /** The features' steps (src/contentSteps.ts): the fields they add to posts and tips are in the forms. */
  steps: readonly ContentStep[];
  now: DateTime;
  /** Every tag a post has now, offered beside the named topics. */
  tagsInUse: readonly string[];
  backend: EditorBackend;
}

/** The field that makes a blog post an episode (src/podcast/step.ts). */
export const EPISODE_FIELD = "podcast";
/** A translation names its original (src/translations/step.ts); an original must not. */
const TRANSLATION_FIELD = "translationOf";

// The languages Decap CMS 3 ships its words in (decap-cms-locales), by the codes the site's languages use.
const DECAP_LOCALES = new Set(
  "bg ca cs da de en es fa fr gr he hr hu it ja ko lt nl pl pt ro ru sv th tr uk vi".split(" "),
);

const BODY: EditorField = { name: "body", label: "Text", widget: "markdown", required: true };

/**
 * The configuration of the web editor at /admin/ (Decap CMS), made from the schemas the build checks with, so
 * the forms have the build's fields, required marks and choices: a field a feature adds appears by itself.
 */
export function editorConfig(setup: EditorSetup) {
  const { site, backend } = setup;
  const languages = site.languages.all;
  return {
    backend:
      backend.name === "test-repo"
        ? { name: "test-repo" }
        : {
            name: "github",
            repo: backend.repo,
            branch: backend.branch,
            ...(backend.authProxy && { base_url: backend.authProxy }),
          },
    ...(backend.name === "github" && backend.reviewFirst && { publish_mode: "editorial_workflow" }),
    site_url: site.clinic.url,
    display_url: site.clinic.url,
    // The editor's own words in the site's main language, when Decap has them (the page's title is in it too).
    locale: DECAP_LOCALES.has(site.languages.main.code) ? site.languages.main.code : "en",
    media_folder: `${POSTS_DIR}/images`,
    public_folder: "/posts/images",
    // File names the build accepts as addresses: lowercase letters, digits and dashes.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      ...languages.flatMap((language) => postCollections(setup, language)),
      staffCollection(site),
      settingsCollection(),
    ],
  };
}

/** A language's blog posts, episodes and tips (posts/, posts/tips/; posts/es/, posts/es/tips/). */
function postCollections(setup: EditorSetup, language: Language) {
  const { site } = setup;
  const isMain = language === site.languages.main;
  const folder = isMain ? POSTS_DIR : `${POSTS_DIR}/${language.code}`;
  const tipsFolder = isMain ? TIPS_DIR : `${POSTS_DIR}/${language.code}/tips`;
  const suffix = isMain ? "" : `-${language.code}`;
  const inLanguage = (label: string) => (isMain ? label : `${label} (${language.name})`);
  const special = postWidgets(site, setup.tagsInUse);
  const translation = (originals: string): SpecialWidgets => ({
    [TRANSLATION_FIELD]: (base) => ({
      ...base,
      widget: "relation",
      collection: originals,
      value_field: "{{slug}}",
      search_fields: ["title"],
      display_fields: ["title"],
      required: true,
      hint: `The ${site.languages.main.name} original this translates.`,
    }),
  });
  const fields = (kind: Post["kind"], extra: SpecialWidgets, episode = false) => {
    const shape = postShape(setup, kind);
    if (isMain) delete shape[TRANSLATION_FIELD];
    const episodeBlock = shape[EPISODE_FIELD];
    delete shape[EPISODE_FIELD];
    const own = fieldsFor(shape, { ...special, ...extra });
    // An episode's block is required in the episodes' form (it is what makes one), and absent from posts'.
    const block = episode && episodeBlock ? fieldsFor({ [EPISODE_FIELD]: requiredOf(episodeBlock) }, special) : [];
    return [...own, ...block, BODY];
  };
  const common = { create: true, extension: "md", format: "frontmatter", slug: "{{slug}}", summary: "{{title}}" };
  return [
    {
      ...common,
      name: `posts${suffix}`,
      label: inLanguage("Blog posts"),
      label_singular: inLanguage("Blog post"),
      folder,
      fields: fields("post", isMain ? {} : translation("posts")),
    },
    {
      ...common,
      name: `episodes${suffix}`,
      label: inLanguage("Podcast episodes"),
      label_singular: inLanguage("Podcast episode"),
      folder,
      filter: { field: `${EPISODE_FIELD}.guid`, pattern: "." },
      slug: "podcast-{{slug}}",
      fields: fields("post", isMain ? {} : translation("posts"), true),
    },
    {
      ...common,
      name: `tips${suffix}`,
      label: inLanguage("Health tips"),
      label_singular: inLanguage("Health tip"),
      folder: tipsFolder,
      fields: fields("tip", isMain ? {} : translation("tips")),
    },
  ];
}

/** Every field a kind of post has: every post's, then the features' (as src/content/loadPosts.ts makes them). */
function postShape(setup: EditorSetup, kind: Post["kind"]): Record<string, ZodType> {
  const { site, steps, now } = setup;
  const context: PostSchemaContext = {
    timeZone: site.clinic.timeZone,
    now,
    authorIds: new Set(site.authors.keys()),
    clinicianIds: new Set([...site.authors.values()].filter((author) => author.clinician).map((author) => author.id)),
    // The editor checks no file: the build does, once the files are in the repository.
    checkFile: () => undefined,
  };
  const extra = steps.map((step) => (step.fields?.kinds.includes(kind) ? step.fields.shape(context, site) : {}));
  return Object.assign({}, postFields(context), ...extra);
}

/** The schema under its `.optional()`: an episode's block, required in the episodes' form. */
function requiredOf(schema: ZodType): ZodType {
  const def = schema._zod.def as unknown as { type: string; innerType?: ZodType };
  return def.type === "optional" && def.innerType ? def.innerType : schema;
}

/** The staff directory: one JSON file per person in _data/authors/, named for their id. */
function staffCollection(site: SiteData) {
  return {
    name: "staff",
    label: "Staff",
    label_singular: "Staff member",
    folder: "_data/authors",
    extension: "json",
    format: "json",
    create: true,
    identifier_field: "name",
    slug: "{{slug}}",
    fields: fieldsFor(authorSchema.shape, authorWidgets(site)),
  };
}

/** The clinic's identity and the blog's settings, one form each. */
function settingsCollection() {
  return {
    name: "settings",
    label: "Clinic settings",
    editor: { preview: false },
    files: [
      {
        name: "clinic",
        label: "Clinic",
        file: "_data/clinic.json",
        fields: fieldsFor(clinicSchema.shape, clinicWidgets()),
      },
      {
        name: "settings",
        label: "Blog settings",
        file: "_data/settings.json",
        fields: fieldsFor(settingsSchema.shape, {}),
      },
    ],
  };
}
