import type { Languages } from "../clinicData/languages.ts";
import { createHash } from "node:crypto";
import type { DateTime } from "luxon";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Clinic } from "../clinicData/schema.ts";
import { publicFile } from "../lib/publicFiles.ts";
import { escapeHtml } from "../lib/xmlSafe.ts";
import { slugFor } from "./scaffold.ts";

interface SampleList {
  /** The names of the sample plan's themes in `_data/plan.json`. */
  themes: string[];
  /** The home page's topics line in `_data/settings.json`, which names the sample's topics, and its stand-in. */
  homeTopics: { sample: string; plain: string };
  /** The sample show's made-up app links in `_data/podcast.json`. */
  podcastSubscribe: Record<string, string>;
  /** Each sample file, by its path in the project, with the digest of the text the kit ships. */
  files: Record<string, string>;
  /** The sample clinic's logo and icon, by path and digest: never removed (the clinic replaces them). */
  identity: Record<string, string>;
  /** The sample clinic's welcome in each language the kit ships, to tell when a translation is still the sample's. */
  welcome: Record<string, string>;
}

export const SAMPLES: SampleList = JSON.parse(readFileSync(new URL("./sampleFiles.json", import.meta.url), "utf8"));

/** A file's digest as sampleFiles.json keeps it. Text is read with Unix line ends (a Windows checkout has CRLF). */
export function sampleDigest(file: string): string {
  let bytes = readFileSync(file);
  if (/\.(md|json|svg|vtt)$/.test(file)) bytes = Buffer.from(bytes.toString("utf8").replace(/\r\n/g, "\n"));
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

export interface NewAuthor {
  name: string;
  role: string;
}

export interface SamplesRemoved {
  removed: string[];
  /** Sample files someone has changed: theirs now, so they stay. */
  kept: string[];
  written: string[];
  authorId: string;
}

/**
 * Takes the sample clinic out: its posts, tips, episodes and their files, its staff and photos, and its
 * plan's themes, leaving one welcome post by the author the clinic names (the build needs one in the staff
 * directory). A sample file someone has edited is theirs and stays. Reads `_data/` as plain JSON, so it works
 * when the content has problems (the reason a clinic runs it first).
 */
export function removeSamples(root: string, author: NewAuthor, now: DateTime): SamplesRemoved {
  const at = (file: string) => path.join(root, file);
  const removed: string[] = [];
  const kept: string[] = [];
  for (const [file, digest] of Object.entries(SAMPLES.files)) {
    if (!existsSync(at(file))) continue;
    if (sampleDigest(at(file)) === digest) {
      rmSync(at(file));
      removed.push(file);
    } else kept.push(file);
  }

  const clinic = readJson(at("_data/clinic.json")) as {
    name?: string;
    shortName?: string;
    timeZone?: string;
    colors?: Record<string, string>;
  };
  // Today at the clinic; a bad time zone is the build's to report.
  const atClinic = now.setZone(clinic.timeZone ?? "UTC");
  const today = (atClinic.isValid ? atClinic : now).toISODate()!;
  const authorId = slugFor(author.name) || "editor";
  const written: string[] = [];
  const write = (file: string, text: string) => {
    if (existsSync(at(file))) return;
    mkdirSync(path.dirname(at(file)), { recursive: true });
    writeFileSync(at(file), text);
    written.push(file);
  };
  const photo = `/assets/staff/${authorId}.svg`;
  write(`_includes/assets/staff/${authorId}.svg`, initialsPicture(author.name, clinic.colors?.brandDark ?? "#084c37"));
  write(
    `_data/authors/${authorId}.json`,
    `${JSON.stringify(
      {
        name: author.name,
        role: author.role,
        credentials: "",
        clinician: false,
        photo,
        bio: `${author.name} writes for the ${clinic.shortName ?? clinic.name ?? "clinic"} blog.`,
      },
      null,
      2,
    )}\n`,
  );
  write("posts/welcome-to-our-blog.md", welcomePost(clinic.name ?? "our clinic", authorId, today));

  const settings = readJson(at("_data/settings.json"));
  const home = settings.home as Record<string, unknown> | undefined;
  const sampleTopics = home?.topics === SAMPLES.homeTopics.sample;
  if (settings.defaultAuthor !== authorId || sampleTopics) {
    const mended = {
      ...settings,
      defaultAuthor: authorId,
      ...(sampleTopics && { home: { ...home, topics: SAMPLES.homeTopics.plain } }),
    };
    writeFileSync(at("_data/settings.json"), `${JSON.stringify(mended, null, 2)}\n`);
    written.push("_data/settings.json");
  }
  const plan = readJson(at("_data/plan.json")) as { themes?: { name?: string }[] };
  const themes = (plan.themes ?? []).filter((theme) => !SAMPLES.themes.includes(theme.name ?? ""));
  if (themes.length !== (plan.themes ?? []).length) {
    writeFileSync(at("_data/plan.json"), `${JSON.stringify({ ...plan, themes }, null, 2)}\n`);
    written.push("_data/plan.json");
  }
  // The sample show's app links lead nowhere: without them the site shows no app buttons until the clinic
  // adds its own show's links.
  const show = readJson(at("_data/podcast.json"));
  const links = (show.subscribe ?? {}) as Record<string, unknown>;
  const ownLinks = Object.fromEntries(
    Object.entries(links).filter(([app, url]) => SAMPLES.podcastSubscribe[app] !== url),
  );
  if (Object.keys(ownLinks).length !== Object.keys(links).length) {
    writeFileSync(at("_data/podcast.json"), `${JSON.stringify({ ...show, subscribe: ownLinks }, null, 2)}\n`);
    written.push("_data/podcast.json");
  }
  return { removed, kept, written, authorId };
}

function readJson(file: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A round picture with the person's initials, until the clinic adds a photo. */
function initialsPicture(name: string, colour: string): string {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]!.toLocaleUpperCase())
    .slice(0, 2)
    .join("");
  const fill = /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : "#084c37";
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96"><circle cx="48" cy="48" r="48" fill="${fill}"/><text x="48" y="60" font-family="sans-serif" font-size="36" font-weight="700" fill="#fff" text-anchor="middle">${escapeHtml(initials)}</text></svg>\n`;
}

function welcomePost(clinicName: string, author: string, today: string): string {
  return `---
title: "Welcome to our blog"
date: ${today}
description: ${JSON.stringify(`Health tips, clinic news and stories from ${clinicName}.`)}
author: ${author}
---

Welcome to the ${clinicName} blog. Our staff will share practical health tips, clinic news and stories from
our community here.

Follow along by RSS or in your podcast app from the subscribe page, or search for a topic at any time.
`;
}

/**
 * Says so when the clinic has its own logo but still the sample's icon: every browser tab, home-screen
 * icon and share card would show the sample's leaf beside the clinic's name.
 */
export function sampleIconLeft(root: string, clinic: Clinic): string | undefined {
  const isSample = (publicPath: string | undefined) => {
    const found = publicPath === undefined ? undefined : publicFile(root, publicPath);
    return found !== undefined && "file" in found && Object.values(SAMPLES.identity).includes(sampleDigest(found.file));
  };
  if (!isSample(clinic.icon) || isSample(clinic.logo)) return undefined;
  return `_data/clinic.json: icon is still the sample clinic's leaf ("${clinic.icon}") while logo is your own: set icon to a square version of your logo (SVG or PNG), or take the "icon" line out to use the logo itself in browser tabs and share cards`;
}

/**
 * Says so for each other language whose words about the clinic are still the sample clinic's while
 * clinic.json is the clinic's own: the Spanish home page would welcome readers to Riverbend.
 */
export function sampleWordsLeft(clinic: Clinic, languages: Languages): string[] {
  if (clinic.welcome === SAMPLES.welcome[languages.main.code]) return [];
  return languages.all
    .filter((language) => language !== languages.main && language.clinic.welcome === SAMPLES.welcome[language.code])
    .map(
      (language) =>
        `_data/languages/${language.code}.json: "clinic" still holds the sample clinic's words in ${language.name} (its welcome, tagline, disclaimer and hours) while clinic.json has your own: translate yours there, or take the "clinic" block out to show ${languages.main.name} words until you do`,
    );
}
