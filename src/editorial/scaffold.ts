import { randomUUID } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";

export type Kind = "post" | "episode" | "tip";

export interface ScaffoldInput {
  kind: Kind;
  title: string;
  /** Today at the clinic, as YYYY-MM-DD. */
  date: string;
  author: string;
  tipCategories: readonly string[];
  /** For a translation: the language's code (its folder under posts/) and what it translates. */
  translation?: { lang: string; of: { slug: string; tags: readonly string[]; category?: string } };
}

/** A file name from a title: "Café & Kids 🎒: back to school!" → "cafe-and-kids-back-to-school". */
export function slugFor(title: string): string {
  return slugify(title, { decamelize: false }).slice(0, 80).replace(/-+$/, "");
}

const quoted = (text: string) => JSON.stringify(text);

/**
 * A new post, episode or tip with valid front matter, every optional field shown as a comment, and a body
 * that says what to write. It starts as a draft, so it never goes live by accident.
 */
export function scaffold(input: ScaffoldInput): {
  file: string;
  /** Files that go with it; one marked `ifMissing` is left as it is when it exists. */
  extraFiles: { file: string; text: string; ifMissing?: boolean }[];
  text: string;
} {
  const made = scaffoldInMainLanguage(input);
  const { translation } = input;
  if (!translation) return made;
  // A translation is the same file in the language's folder, tied to its original, with the original's topics.
  const { lang, of } = translation;
  const inFolder = (file: string) => file.replace(`${POSTS_DIR}/`, `${POSTS_DIR}/${lang}/`);
  const tied = [
    `translationOf: ${of.slug}                # the ${input.kind} this translates`,
    ...(of.tags.length ? [`tags: ${JSON.stringify(of.tags)}`] : []),
  ];
  let text = made.text.replace(/^(author: .*)$/m, `$1\n${tied.join("\n")}`).replace(/^# tags: .*\n/m, "");
  if (of.category) text = text.replace(/^category: \S+/m, `category: ${of.category}`);
  if (input.kind === "episode") text = text.replace(/^tags: \[podcast\]\n/m, "");
  const tipsData = `${TIPS_DIR}/tips.11tydata.json`;
  return {
    file: inFolder(made.file),
    text,
    extraFiles: [
      // Media stay in posts/media/: one folder of audio for every language.
      ...made.extraFiles,
      // The language's tips folder takes the tip layout from this file, made with its first tip.
      ...(input.kind === "tip"
        ? [{ file: inFolder(tipsData), text: '{ "layout": "layouts/tip.njk" }\n', ifMissing: true }]
        : []),
    ],
  };
}

function scaffoldInMainLanguage({ kind, title, date, author, tipCategories }: ScaffoldInput) {
  const slug = slugFor(title);
  const common = [
    `title: ${quoted(title)}`,
    `date: ${date}`,
    `author: ${author}`,
    "draft: true                        # remove this line when the post is ready to publish",
  ];
  const optional = [
    '# description: "One or two sentences for lists, feeds and search results."',
    "# tags: [nutrition, kids]",
    "# kind: news                         # for clinic news or the clinic's view on health policy",
    "# updated: YYYY-MM-DD                # when you last changed it in a meaningful way",
    "# image: /posts/images/photo.jpg",
    '# imageAlt: "What the picture shows"',
    '# video: { youtube: "VIDEO_ID", title: "What the video is about" }',
    "# medicalReview: { reviewer: ana-reyes, date: YYYY-MM-DD }   # needed for doses or medicine changes",
    '# sources: [{ title: "MedlinePlus", url: "https://medlineplus.gov/" }]   # the trusted pages it is based on',
    '# corrections: [{ date: YYYY-MM-DD, note: "What was wrong, and what is right" }]',
    '# event: { start: "YYYY-MM-DD HH:MM", end: "YYYY-MM-DD HH:MM" }   # an event it announces, for Google',
    '# patientConsent: { form: "HIPAA authorization …", date: YYYY-MM-DD }   # only for a true story told with consent',
    '# social: { x: "Your own words for X" }',
  ];
  if (kind === "tip") {
    const front = [
      ...common,
      `category: ${tipCategories[0] ?? "safety"}              # one of: ${tipCategories.join(", ")}`,
      'audience: "Everyone"',
      'summary: "One line, at most 200 characters."',
      "sources:",
      '  - title: "MedlinePlus"',
      '    url: "https://medlineplus.gov/"',
      // Left for a clinician to fill in: a date here would claim a review nobody has done.
      "# reviewed: YYYY-MM-DD               # the day a clinician checked it: needed before it is published",
      "# reviewer: staff-id                 # that clinician's id in _data/authors/: needed before it is published",
      "# related: [another-post-file-name]",
      ...optional.filter((line) => !/^# (medicalReview|patientConsent|sources|kind)\b/.test(line)),
    ];
    return {
      file: `${TIPS_DIR}/${slug}.md`,
      extraFiles: [],
      text: `---\n${front.join("\n")}\n---\n\nOne or two sentences on why this matters.\n\n- [ ] The first step\n- [ ] The next step\n\n## When to get help\n\nCall the clinic. In an emergency, call 911.\n`,
    };
  }
  if (kind === "episode") {
    const front = [
      ...common,
      "tags: [podcast]",
      "podcast:",
      `  guid: "${randomUUID()}"   # never change this, even if you rename the episode`,
      `  audio: /media/podcast/${slug}.mp3          # put the MP3 in posts/media/podcast/`,
      `  transcript: /media/podcast/${slug}.vtt     # required: every episode needs a transcript`,
      "  # season: 1",
      "  # episode: 1",
      "  # episodeType: full                       # full, trailer or bonus",
      "  # explicit: false",
      "  # chapters:",
      '  #   - time: "0:00"',
      '  #     title: "Welcome"',
      "  # guests:",
      '  #   - name: "Ana Reyes, MD"',
      '  #     role: "Family physician"',
      // An episode is always an episode.
      ...optional.filter((line) => !/^# kind\b/.test(line)),
    ];
    const transcript = {
      file: `${POSTS_DIR}/media/podcast/${slug}.vtt`,
      text: "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\n<v Host>Replace this with the transcript of the episode.\n",
    };
    return {
      file: `${POSTS_DIR}/${slug}.md`,
      extraFiles: [transcript],
      text: `---\n${front.join("\n")}\n---\n\nThe show notes: what the episode covers, and links to the sources it mentions.\n`,
    };
  }
  return {
    file: `${POSTS_DIR}/${slug}.md`,
    extraFiles: [],
    text: `---\n${[...common, ...optional].join("\n")}\n---\n\nStart with why this matters to your readers. Educate; do not diagnose or prescribe.\n`,
  };
}
