import { readdirSync } from "node:fs";
import path from "node:path";
import type { DateTime } from "luxon";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import { checkPublicFile, publicFile } from "../lib/publicFiles.ts";
import { reservedAddresses } from "../site/reservedAddresses.ts";
import { overrideProblems } from "../social/compose.ts";
import { shareSource } from "../social/source.ts";
import { cacheFile, DiskCache } from "../lib/diskCache.ts";
import { globalDataNames, refusedKeys } from "./eleventyKeys.ts";
import { firstParagraph } from "./excerpt.ts";
import { POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";
import { lineOfPath } from "./frontMatter.ts";
import { linkProblems } from "./links.ts";
import { bodyImageProblems } from "./bodyImages.ts";
import { addressProblems } from "./postAddress.ts";
import type { EpisodeFrontMatter } from "../podcast/episodeSchema.ts";
import type { Post, Tip } from "./post.ts";
import { crossFieldProblems, postSchema, tipSchema, unknownKeys, type TipFrontMatter } from "./postSchema.ts";
import type { Problem } from "../lib/problems.ts";
import { publishState } from "./publishing.ts";
import { readingMinutes } from "./readingTime.ts";
import { SourceFiles } from "./sourceFiles.ts";
import { problemsFromZod } from "../lib/zodProblems.ts";

export interface LoadedPosts {
  posts: Post[];
  /** Front matter of the posts that are podcast episodes, by input path, for the media step to complete. */
  episodes: Map<string, EpisodeFrontMatter>;
  problems: Problem[];
  warnings: Problem[];
}

/** Every Markdown file under posts/, relative to the root, in a stable order. */
export function listPostFiles(root: string): string[] {
  const entries = readdirSync(path.join(root, POSTS_DIR), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

// What a post's body says about itself, kept while the body is unchanged.
const bodies = new DiskCache<{ readingMinutes: number; firstParagraph?: string }>(cacheFile("post-bodies.json"));

/** What one file gave, apart from the day: its post (whose state the build's clock decides) or its problems. */
interface FileResult {
  post?: Omit<Post, "state">;
  draft: boolean;
  episode?: EpisodeFrontMatter;
  problems: Problem[];
  warnings: Problem[];
  /** The public files its fields named, with what checking each said then. */
  checked: Map<string, string | undefined>;
}

// Each file's result, kept in memory for npm start's next rebuild, which would otherwise check thousands of
// unchanged posts again: used while the text and the site's data are the same and every file it named is
// still there (or still missing).
const lastResults = new Map<string, { text: string; site: string; result: FileResult }>();

/** Reads and checks every post, collecting all problems rather than stopping at the first. */
export function loadPosts(root: string, site: SiteData, now: DateTime, sources = new SourceFiles(root)): LoadedPosts {
  const schemas = schemasFor(root, site, now);
  // The accepted dates move with the build's year, so a kept result is only good within the same year.
  const siteText = JSON.stringify({ ...site, authors: [...site.authors], year: now.year });
  const result: LoadedPosts = { posts: [], episodes: new Map(), problems: [], warnings: [] };

  const files = listPostFiles(root);
  for (const file of files) {
    const tooLarge = sources.sizeProblem(file);
    if (tooLarge) {
      result.problems.push({ file, message: tooLarge });
      continue;
    }
    const text = sources.text(file);
    const last = lastResults.get(path.join(root, file));
    const stillTrue =
      last &&
      last.text === text &&
      last.site === siteText &&
      [...last.result.checked].every(([publicPath, said]) => checkPublicFile(root, publicPath) === said);
    const read = stillTrue ? last.result : readPost(file, text, sources, site, schemas);
    lastResults.set(path.join(root, file), { text, site: siteText, result: read });
    result.problems.push(...read.problems);
    result.warnings.push(...read.warnings);
    if (!read.post) continue;
    result.posts.push({ ...read.post, state: publishState({ draft: read.draft, date: read.post.date }, now) });
    if (read.episode) result.episodes.set(read.post.inputPath, read.episode);
  }
  result.problems.push(
    ...relatedProblems(result.posts),
    ...linkProblems(root),
    ...addressProblems(files, reservedAddresses(site)),
  );
  return result;
}

type Schemas = ReturnType<typeof schemasFor>;

/** The schemas a post is checked against; each notes the public files it checks. */
function schemasFor(root: string, site: SiteData, now: DateTime) {
  const checked = new Map<string, string | undefined>();
  const context = {
    timeZone: site.clinic.timeZone,
    now,
    authorIds: new Set(site.authors.keys()),
    clinicianIds: new Set([...site.authors.values()].filter((a) => a.clinician).map((a) => a.id)),
    checkFile: (publicPath: string) => {
      const said = checkPublicFile(root, publicPath);
      checked.set(publicPath, said);
      return said;
    },
  };
  const categoryIds = site.tipCategories.map((category) => category.id);
  // A draft may name files that do not exist yet (an episode not recorded, a photo not taken): its other
  // fields are still checked, and the files are checked when the draft is published. A path that leads
  // outside its folder is refused at once: npm start shows drafts.
  const laterFiles = {
    ...context,
    checkFile: (publicPath: string) => {
      const found = publicFile(root, publicPath);
      return "problem" in found && !found.missing ? found.problem : undefined;
    },
  };
  return {
    checked,
    globalData: globalDataNames(root),
    // Noted like the fields' files, so a rebuild under npm start notices an image added or removed.
    checkBodyImage: (publicPath: string) => {
      const found = publicFile(root, publicPath);
      checked.set(publicPath, "problem" in found ? found.problem : undefined);
      return found;
    },
    post: postSchema(context),
    tip: tipSchema({ ...context, categoryIds }),
    draftPost: postSchema(laterFiles),
    draftTip: tipSchema({ ...laterFiles, categoryIds }),
  };
}

function readPost(file: string, text: string, sources: SourceFiles, site: SiteData, schemas: Schemas): FileResult {
  schemas.checked.clear();
  const result = (more: Partial<FileResult>): FileResult => ({
    draft: false,
    problems: [],
    warnings: [],
    checked: new Map(schemas.checked),
    ...more,
  });
  const frontMatter = sources.frontMatter(file);
  if (!frontMatter.ok) return result({ problems: [{ file, line: frontMatter.line, message: frontMatter.message }] });
  const lineOf = (path: readonly (string | number)[]) => lineOfPath(text, path);
  const isTip = file.startsWith(`${TIPS_DIR}/`);
  const draft = frontMatter.data.draft === true;
  const schema = isTip ? (draft ? schemas.draftTip : schemas.tip) : draft ? schemas.draftPost : schemas.post;
  const refused = refusedKeys(frontMatter.data, { fields: Object.keys(schema.shape), globalData: schemas.globalData });
  const warnings = unknownKeys(schema, frontMatter.data)
    .filter((key) => !refused.some((r) => r.key === key))
    .map((key) => ({
      file,
      line: lineOf([key]),
      field: key,
      message: `is not a field ${isTip ? "tips" : "posts"} use, so it is ignored: check the spelling (fields: ${Object.keys(schema.shape).join(", ")})`,
    }));
  const parsed = schema.safeParse(frontMatter.data);
  const problems: Problem[] = [
    ...refused.map(({ key, message }) => ({ file, line: lineOf([key]), field: key, message })),
    ...crossFieldProblems(frontMatter.data).map((p) => ({ file, line: lineOf([p.field]) ?? lineOf(["image"]), ...p })),
    ...bodyImageProblems(file, frontMatter.body, frontMatter.bodyLine, schemas.checkBodyImage, draft),
  ];
  if (!parsed.success)
    return result({ warnings, problems: [...problems, ...problemsFromZod(file, parsed.error, lineOf)] });
  if (problems.length > 0) return result({ warnings, problems });
  const data = parsed.data;
  const slug = path.basename(file, ".md");
  const body = bodies.get("", frontMatter.body, String(site.settings.wordsPerMinute), () => ({
    readingMinutes: readingMinutes(frontMatter.body, site.settings.wordsPerMinute),
    firstParagraph: firstParagraph(frontMatter.body),
  }));
  const post: Omit<Post, "state"> = {
    file,
    slug,
    kind: isTip ? "tip" : "post",
    tip: "category" in data ? tipOf(data, site) : undefined,
    inputPath: `./${file}`,
    title: data.title,
    description: data.description,
    tags: data.tags,
    author: site.authors.get(data.author)!,
    date: data.date,
    updated: data.updated,
    image: data.image,
    imageAlt: data.imageAlt,
    readingMinutes: body.readingMinutes,
    firstParagraph: body.firstParagraph,
    social: data.social as Post["social"],
    video: data.video,
    medicalReview: data.medicalReview
      ? { reviewer: site.authors.get(data.medicalReview.reviewer)!, date: data.medicalReview.date }
      : undefined,
  };
  for (const problem of overrideProblems(shareSource({ ...post, state: "published" }, site.clinic.url), site.social)) {
    problems.push({
      file,
      line: lineOf(["social", problem.channel]),
      field: `social.${problem.channel}`,
      message: problem.message,
    });
  }
  return result({ post, draft: data.draft, episode: "podcast" in data ? data.podcast : undefined, warnings, problems });
}

function tipOf(data: TipFrontMatter, site: SiteData): Tip {
  const { category, audience, summary, sources, related, reviewed } = data;
  return {
    category: site.tipCategories.find((c) => c.id === category)!,
    audience,
    summary,
    sources,
    related,
    reviewed,
  };
}

/** A tip's `related:` must name posts or tips that exist (their file names), once each. */
function relatedProblems(posts: readonly Post[]): Problem[] {
  const slugs = new Map<string, number>();
  for (const post of posts) slugs.set(post.slug, (slugs.get(post.slug) ?? 0) + 1);
  const problems: Problem[] = [];
  for (const post of posts) {
    for (const slug of post.tip?.related ?? []) {
      const count = slugs.get(slug) ?? 0;
      if (count === 0)
        problems.push({
          file: post.file,
          field: "related",
          message: `names "${slug}", but no post or tip has that file name: use the name of a file in posts/ without ".md"`,
        });
      if (count > 1)
        problems.push({
          file: post.file,
          field: "related",
          message: `names "${slug}", which is the file name of more than one post or tip: rename one of them`,
        });
    }
  }
  return problems;
}
