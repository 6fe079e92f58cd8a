import type { SiteData } from "../clinicData/loadSiteData.ts";
import { CONTENT_LIMITS } from "../content/limits.ts";
import { PUBLIC_FOLDERS } from "../lib/publicFiles.ts";
import type { EditorField, SpecialWidgets } from "./fields.ts";

// Where uploads go: the repository folder and the public address the build copies it to (src/lib/publicFiles.ts).
const PODCAST_MEDIA = { folder: `${PUBLIC_FOLDERS["/media/"]}podcast`, address: "/media/podcast" };
const STAFF_PHOTOS = { folder: `${PUBLIC_FOLDERS["/assets/"]}staff`, address: "/assets/staff" };
const SITE_FILES = { folder: PUBLIC_FOLDERS["/assets/"]!.replace(/\/$/, ""), address: "/assets" };

/** An upload kept in its own folder (Decap: a path starting with "/" is from the repository's top). */
const upload =
  (widget: "file" | "image", where: { folder: string; address: string }) =>
  (base: EditorField): EditorField => ({
    ...base,
    widget,
    media_folder: `/${where.folder.replace(/\/$/, "")}`,
    public_folder: where.address,
    choose_url: false,
  });

const hint = (text: string) => (base: EditorField) => ({ ...base, hint: base.hint ?? text });
const withHint = (text: string, make: (base: EditorField) => EditorField) => (base: EditorField) =>
  make(hint(text)(base));

/** A choice of staff, by id (the file name in _data/authors/), shown by name. */
function staffChoice(site: SiteData, clinicianOnly: boolean) {
  const options = [...site.authors.values()]
    .filter((author) => !clinicianOnly || author.clinician)
    .map((author) => ({ label: `${author.name} (${author.role})`, value: author.id }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (base: EditorField): EditorField => ({ ...base, widget: "select", options });
}

/**
 * The fields of posts, episodes and tips that need more than their schema says: whom they may name, what they
 * upload, and a line of help. `tagsInUse`: every tag a post has now, offered with the named topics.
 */
export function postWidgets(site: SiteData, tagsInUse: readonly string[]): SpecialWidgets {
  const topics = [...new Set([...Object.keys(site.topics), ...tagsInUse])].sort();
  return {
    title: hint(`The headline, at most ${CONTENT_LIMITS.titleChars} characters.`),
    date: hint("The day it is published. A day in the future schedules it: it appears on that day's build."),
    updated: hint("The day you last changed it in a way readers should know about (leave empty otherwise)."),
    description: hint("One or two sentences for lists, search results and shared links."),
    tags: withHint(
      "The topics it is about. A topic not listed here is added to _data/topics.json by whoever keeps the site.",
      (base) => ({
        ...base,
        widget: "select",
        multiple: true,
        options: topics.map((id) => ({ label: site.topics[id] ?? id, value: id })),
      }),
    ),
    author: withHint("Who wrote it (from the staff directory).", staffChoice(site, false)),
    draft: hint("On: the site does not publish it yet."),
    image: withHint("A picture at the top of the post and on shared links.", (base) => ({
      ...base,
      widget: "image",
      choose_url: false,
    })),
    imageAlt: hint("What the picture shows, for people who cannot see it. Needed when there is a picture."),
    "video.youtube": hint('The 11 characters after "v=" in the video\'s YouTube address.'),
    "video.thumbnail": upload("image", { folder: PUBLIC_FOLDERS["/posts/images/"]!, address: "/posts/images" }),
    "medicalReview.reviewer": withHint("The clinician who checked it.", staffChoice(site, true)),
    reviewer: withHint("The clinician who checked this tip.", staffChoice(site, true)),
    reviewed: hint("The day a clinician last checked this tip."),
    category: (base) => ({
      ...base,
      options: site.tipCategories.map((category) => ({ label: category.name, value: category.id })),
    }),
    related: hint("File names of related posts or tips, without .md (e.g. preventing-falls-at-home)."),
    sources: hint("The trusted pages it is based on (CDC, NIH, WHO and the like): a name and a full https:// address."),
    patientConsent: hint("Only for a post that tells a patient's story: the signed authorization form."),
    "podcast.guid": withHint("A permanent id made for you: leave it as it is.", (base) => ({
      ...base,
      widget: "uuid",
    })),
    "podcast.audio": withHint("The episode's MP3 file.", upload("file", PODCAST_MEDIA)),
    "podcast.transcript": withHint(
      "The transcript as a WebVTT (.vtt) or SRT file: every episode needs one.",
      upload("file", PODCAST_MEDIA),
    ),
    "podcast.image": upload("image", PODCAST_MEDIA),
    "podcast.duration": hint('Only for audio hosted elsewhere: its length, like "24:05".'),
    "podcast.length": hint("Only for audio hosted elsewhere: its size in bytes."),
    "podcast.chapters.time": hint('When the chapter starts, like "1:05".'),
    "podcast.block": hint("On: podcast apps do not list this episode."),
  };
}

/** The staff directory's fields: a photo upload, and the role and bio in each other language. */
export function authorWidgets(site: SiteData): SpecialWidgets {
  const others = site.languages.all.filter((language) => language !== site.languages.main);
  return {
    photo: upload("image", STAFF_PHOTOS),
    clinician: hint("On for licensed clinical staff: only they can sign off a medical review."),
    mastodon: hint('Their Mastodon handle, like "@ana@mastodon.social" (optional).'),
    languages: (base) => ({
      ...base,
      widget: "object",
      required: false,
      hint: "Their role and bio in the site's other languages.",
      fields: others.map((language) => ({
        name: language.code,
        label: language.name,
        widget: "object",
        required: false,
        fields: [
          { name: "role", label: "Role", widget: "string", required: false },
          { name: "bio", label: "Bio", widget: "text", required: false },
        ],
      })),
    }),
  };
}

/** The clinic's settings: its logo files are uploads among the site's own files. */
export function clinicWidgets(): SpecialWidgets {
  return {
    logo: upload("image", SITE_FILES),
    icon: upload("image", SITE_FILES),
    welcome: (base) => ({ ...base, widget: "text" }),
    disclaimer: (base) => ({ ...base, widget: "text" }),
  };
}
