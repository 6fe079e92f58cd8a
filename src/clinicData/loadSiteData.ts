import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { Problem } from "../lib/problems.ts";
import { problemsFromZod } from "../lib/zodProblems.ts";
import { coverArtProblem } from "./coverArt.ts";
import { languageFileSchema, resolveLanguages, type Languages } from "./languages.ts";
import { showSchema, type Show } from "./showSchema.ts";
import { brandContrastProblems } from "./contrast.ts";
import { RESOURCES_FILE, resourcesSchema, type ResourceCategory } from "./resources.ts";
import { publicFile } from "../lib/publicFiles.ts";
import { PICTURE_TYPES } from "../lib/mediaTypes.ts";
import {
  authorSchema,
  clinicSchema,
  settingsSchema,
  policySchema,
  socialSettingsSchema,
  tipCategoriesSchema,
  topicNamesSchema,
  type Author,
  type Clinic,
  type Policy,
  type Settings,
  type SocialSettings,
  type TipCategory,
} from "./schema.ts";

export interface SiteData {
  clinic: Clinic;
  settings: Settings;
  authors: Map<string, Author>;
  show: Show;
  tipCategories: TipCategory[];
  social: SocialSettings;
  policy: Policy;
  /** Topic names by address part, from the optional `_data/topics.json`. */
  topics: Record<string, string>;
  /** The recommended links of /resources/, from the optional `_data/resources.json` (none without it). */
  resources: ResourceCategory[];
  /** The languages the site is written in (`_data/languages/`), the main one first. */
  languages: Languages;
}

/** Reads and checks `_data/`: the clinic's identity, its settings and the staff directory. */
export function loadSiteData(root: string): { data?: SiteData; problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const clinicFile = readJson(root, "_data/clinic.json", clinicSchema, problems);
  const clinic = clinicFile.data;
  const settings = readJson(root, "_data/settings.json", settingsSchema, problems).data;
  const social = readJson(root, "_data/social.json", socialSettingsSchema, problems).data;
  const policy = readJson(root, "_data/policy.json", policySchema, problems).data;
  const tipCategories = readJson(root, "_data/tipCategories.json", tipCategoriesSchema, problems).data;
  const topics = existsSync(path.join(root, "_data/topics.json"))
    ? readJson(root, "_data/topics.json", topicNamesSchema, problems).data
    : {};
  const resources = existsSync(path.join(root, RESOURCES_FILE))
    ? readJson(root, RESOURCES_FILE, resourcesSchema, problems).data
    : [];
  const showFile = readJson(root, "_data/podcast.json", showSchema, problems);
  checkFileField(root, "_data/podcast.json", showFile.raw, "image", problems);
  const show = showFile.data;
  if (show && !problems.some((p) => p.file === "_data/podcast.json")) {
    const coverProblem = coverArtProblem(root, show.image);
    if (coverProblem) problems.push({ file: "_data/podcast.json", field: "image", message: coverProblem });
  }

  const authors = new Map<string, Author>();
  const authorDir = path.join(root, "_data/authors");
  let authorFiles: string[] = [];
  try {
    authorFiles = readdirSync(authorDir)
      .filter((name) => name.toLowerCase().endsWith(".json"))
      .sort();
  } catch {
    problems.push({
      file: "_data/authors/",
      message: "is missing: add one <id>.json file per member of staff who writes",
    });
  }
  for (const name of authorFiles) {
    const file = `_data/authors/${name}`;
    // The file's name is the person's id, and the address of their page (/authors/<id>/).
    if (!/^[a-z0-9]+(-[a-z0-9]+)*\.json$/.test(name)) {
      problems.push({
        file,
        message:
          'has a name that cannot be a page\'s address: use lowercase letters, digits and dashes, like "ana-reyes.json"',
      });
      continue;
    }
    const { raw, data: author } = readJson(root, file, authorSchema, problems);
    checkFileField(root, file, raw, "photo", problems);
    if (!author) continue;
    authors.set(name.slice(0, -".json".length), { ...author, id: name.slice(0, -".json".length) });
  }
  for (const field of ["logo", "icon"]) {
    checkFileField(root, "_data/clinic.json", clinicFile.raw, field, problems, Object.keys(PICTURE_TYPES));
  }
  if (clinic) warnings.push(...brandContrastProblems(clinic.colors).map((p) => ({ file: "_data/clinic.json", ...p })));

  const languages =
    clinic && settings && social && topics && tipCategories && resources
      ? resolveLanguages(
          root,
          { clinic, settings, social, topics, tipCategories, resources, show },
          (file) => readJson(root, file, languageFileSchema, problems).data,
          problems,
          warnings,
        )
      : undefined;

  if (!clinic || !settings || !show || !tipCategories || !social || !policy || !topics || !resources || !languages)
    return { problems, warnings };
  if (problems.length > 0) return { problems, warnings };
  return {
    data: { clinic, settings, authors, show, tipCategories, social, policy, topics, resources, languages },
    problems,
    warnings,
  };
}

function readJson<T extends z.ZodType>(
  root: string,
  file: string,
  schema: T,
  problems: Problem[],
): { raw?: unknown; data?: z.infer<T> } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(root, file), "utf8"));
  } catch (error) {
    const message =
      error instanceof SyntaxError
        ? `is not valid JSON (${error.message}): check commas, quotes and brackets`
        : (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "is missing: copy the starter kit's own file into _data/ and make it yours"
          : `could not be read (${(error as Error).message})`;
    problems.push({ file, message });
    return {};
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return { raw };
  }
  return { raw, data: result.data };
}

/** Checks a path field against the repository even when other fields failed, so all problems come at once. */
function checkFileField(
  root: string,
  file: string,
  raw: unknown,
  field: string,
  problems: Problem[],
  types?: string[],
): void {
  const value = raw && typeof raw === "object" ? (raw as Record<string, unknown>)[field] : undefined;
  if (typeof value !== "string" || !value) return;
  const found = publicFile(root, value);
  if (!("file" in found)) problems.push({ file, field, message: found.problem });
  else if (types && !types.includes(path.extname(value).toLowerCase()))
    problems.push({ file, field, message: `is "${value}": use a file ending in ${types.join(", ")}` });
  else if (types) {
    const problem = notThePicture(found.file);
    if (problem) problems.push({ file, field, message: `is "${value}", ${problem}` });
  }
}

// How each picture file starts; what its name says it is must be what it holds, since it is drawn into the
// icons and share cards (a PNG named .jpg, or a text file named .png, failed there with no file named).
const SIGNATURES: Record<string, { name: string; starts: (head: Buffer) => boolean }> = {
  ".png": { name: "PNG", starts: (head) => head.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex")) },
  ".jpg": { name: "JPEG", starts: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  ".jpeg": { name: "JPEG", starts: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  ".svg": { name: "SVG", starts: (head) => /<svg[\s>]/.test(head.toString("utf8")) },
};

/** Why the file is not the kind of picture its name says, or undefined. */
function notThePicture(file: string): string | undefined {
  const kind = SIGNATURES[path.extname(file).toLowerCase()];
  if (!kind) return undefined;
  const head = Buffer.alloc(4096);
  const fd = openSync(file, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return kind.starts(head) ? undefined : `but the file is not a ${kind.name} picture: save it again as ${kind.name}`;
}
