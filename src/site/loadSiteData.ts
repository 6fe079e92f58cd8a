import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { Problem } from "../content/problems.ts";
import { problemsFromZod } from "../content/zodProblems.ts";
import { checkPublicFile } from "./publicFiles.ts";
import { authorSchema, clinicSchema, settingsSchema, type Author, type Clinic, type Settings } from "./schema.ts";

export interface SiteData {
  clinic: Clinic;
  settings: Settings;
  authors: Map<string, Author>;
}

/** Reads and checks `_data/`: the clinic's identity, its settings and the staff directory. */
export function loadSiteData(root: string): { data?: SiteData; problems: Problem[] } {
  const problems: Problem[] = [];
  const clinic = readJson(root, "_data/clinic.json", clinicSchema, problems);
  const settings = readJson(root, "_data/settings.json", settingsSchema, problems);

  const authors = new Map<string, Author>();
  const authorDir = path.join(root, "_data/authors");
  let authorFiles: string[] = [];
  try {
    authorFiles = readdirSync(authorDir).filter((name) => name.endsWith(".json")).sort();
  } catch {
    problems.push({ file: "_data/authors/", message: "is missing: add one <id>.json file per member of staff who writes" });
  }
  for (const name of authorFiles) {
    const file = `_data/authors/${name}`;
    const author = readJson(root, file, authorSchema, problems);
    if (!author) continue;
    const photoProblem = checkPublicFile(root, author.photo);
    if (photoProblem) problems.push({ file, field: "photo", message: photoProblem });
    authors.set(name.slice(0, -".json".length), { ...author, id: name.slice(0, -".json".length) });
  }
  if (clinic) {
    const logoProblem = checkPublicFile(root, clinic.logo);
    if (logoProblem) problems.push({ file: "_data/clinic.json", field: "logo", message: logoProblem });
  }

  if (!clinic || !settings || problems.length > 0) return { problems };
  return { data: { clinic, settings, authors }, problems };
}

function readJson<T extends z.ZodType>(root: string, file: string, schema: T, problems: Problem[]): z.infer<T> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(root, file), "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `is not valid JSON (${error.message})` : "could not be read";
    problems.push({ file, message: `${reason}: check commas, quotes and brackets` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }
  return result.data;
}
