import { readdirSync } from "node:fs";
import path from "node:path";
import type { SiteData } from "../clinicData/loadSiteData.ts";
import { cachePart } from "../lib/cache.ts";
import { POSTS_DIR, TIPS_DIR } from "../lib/folders.ts";
import { languageFolderOf, withoutLanguageFolder } from "../lib/language.ts";
import type { Problem } from "../lib/problems.ts";
import { checkPublicFile, publicFile } from "../lib/publicFiles.ts";
import { problemsFromZod } from "../lib/zodProblems.ts";
import { bodyImageProblems } from "./bodyImages.ts";
import { globalDataNames, refusedKeys } from "./eleventyKeys.ts";
import { firstParagraph } from "./excerpt.ts";
import { lineOfPath } from "./frontMatter.ts";
import { linkProblems } from "./links.ts";
import type { Post } from "./post.ts";
import { addressProblems, type ReservedAddress } from "./postAddress.ts";
import { crossFieldProblems, postSchema, unknownKeys, type PostSchemaContext } from "./postSchema.ts";
import { publishState } from "./publishing.ts";
import { readingMinutes } from "./readingTime.ts";
import type { ContentStep, LoadedPost, StepContext } from "./steps.ts";

export interface LoadedPosts {
  posts: LoadedPost[];
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

// What a post's body says about itself, kept while the file is unchanged.
const BODY = cachePart<{ readingMinutes: number; firstParagraph?: string }>("body", { code: [] });

/** What one file gave, apart from the day: its post (whose state the build's clock decides) or its problems. */
interface FileResult {
  post?: Omit<Post, "state">;
  /** The front matter as the schema gave it, for the features' steps. */
  data?: Record<string, unknown>;
  draft: boolean;
  problems: Problem[];
  warnings: Problem[];
  /** The public files its fields named, with what checking each said then. */
  checked: Map<string, string | undefined>;
}

// Each file's result, kept in memory for npm start's next rebuild, which would otherwise check thousands of
// unchanged posts again: used while the file and the site's data are the same and every file it named is
// still there (or still missing). Its dates are Luxon objects, which JSON does not keep. Never saved, so the
// code that made it (the features' steps too) is the code running.
const CHECKED = cachePart<FileResult>("checked post", { code: [], disk: false });

/** Reads and checks every post, collecting all problems rather than stopping at the first. */
export function loadPosts(
  context: StepContext,
  steps: readonly ContentStep[],
  reserved: readonly ReservedAddress[],
  siteDigest: string,
  onBody?: (file: string, body: string) => void,
): LoadedPosts {
  const { root, site, now, sources } = context;
  const schemas = schemasFor(root, site, now, steps);
  const result: LoadedPosts = { posts: [], problems: [], warnings: [] };

  const files = listPostFiles(root);
  for (const file of files) {
    const tooLarge = sources.sizeProblem(file);
    if (tooLarge) {
      result.problems.push({ file, message: tooLarge });
      continue;
    }
    const read = sources.record(file).keep(CHECKED, {
      context: siteDigest,
      make: () => readPost(file, context, schemas, steps),
      stillTrue: (kept) => [...kept.checked].every(([publicPath, said]) => checkPublicFile(root, publicPath) === said),
    });
    result.problems.push(...read.problems);
    result.warnings.push(...read.warnings);
    if (!read.post || !read.data) continue;
    if (onBody) {
      const frontMatter = sources.frontMatter(file);
      if (frontMatter.ok) onBody(file, frontMatter.body);
    }
    const post = { ...read.post, state: publishState({ draft: read.draft, date: read.post.date }, now) };
    result.posts.push({ post, data: read.data });
  }
  const languages = new Set(site.languages.all.filter((l) => l !== site.languages.main).map((l) => l.code));
  result.problems.push(
    ...linkProblems(root),
    ...addressProblems(root, files, reserved, languages, site.languages.main.code),
  );
  return result;
}

type Schemas = ReturnType<typeof schemasFor>;

/** The schemas a post is checked against; each notes the public files it checks. */
function schemasFor(root: string, site: SiteData, now: StepContext["now"], steps: readonly ContentStep[]) {
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
  const schemaOf = (kind: Post["kind"], context: PostSchemaContext) => {
    const extra = steps.map((step) => (step.fields?.kinds.includes(kind) ? step.fields.shape(context, site) : {}));
    return postSchema(context, Object.assign({}, ...extra));
  };
  // A draft may name files that do not exist yet (an episode not recorded, a photo not taken): its other
  // fields are still checked, and the files are checked when the draft is published. A path that leads
  // outside its folder is refused at once: npm start shows drafts.
  const laterFiles = {
    ...context,
    draft: true,
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
    post: schemaOf("post", context),
    tip: schemaOf("tip", context),
    draftPost: schemaOf("post", laterFiles),
    draftTip: schemaOf("tip", laterFiles),
  };
}

function readPost(file: string, context: StepContext, schemas: Schemas, steps: readonly ContentStep[]): FileResult {
  const { site, sources } = context;
  const text = sources.text(file);
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
  const isTip = withoutLanguageFolder(file).startsWith(`${TIPS_DIR}/`);
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
  const body = sources.record(file).keep(BODY, {
    context: String(site.settings.wordsPerMinute),
    make: () => ({
      readingMinutes: readingMinutes(frontMatter.body, site.settings.wordsPerMinute),
      firstParagraph: firstParagraph(frontMatter.body),
    }),
  });
  let post: Omit<Post, "state"> = {
    file,
    slug,
    kind: isTip ? "tip" : "post",
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
    video: data.video,
    review: data.medicalReview
      ? { reviewer: site.authors.get(data.medicalReview.reviewer)!, date: data.medicalReview.date }
      : undefined,
    sources: data.sources,
    // A folder of a language the site does not have is refused (postAddress.ts); until then, the main one.
    lang: site.languages.byCode.has(languageFolderOf(file) ?? "") ? languageFolderOf(file)! : site.languages.main.code,
    translationOf: data.translationOf,
    event: data.event,
    corrections: [...data.corrections].sort((a, b) => a.date.toMillis() - b.date.toMillis()),
  };
  // A step with fields completes only the kinds of post that have them.
  for (const step of steps.filter((step) => !step.fields || step.fields.kinds.includes(post.kind))) {
    const completed = step.complete?.(post, data, site);
    if (!completed) continue;
    post = { ...post, ...completed.post };
    for (const problem of completed.problems ?? [])
      problems.push({ file, line: lineOf(problem.field.split(".")), ...problem });
  }
  return result({ post, data, draft: data.draft, warnings, problems });
}
