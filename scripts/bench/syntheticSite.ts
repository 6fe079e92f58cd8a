import { copyFileSync, mkdirSync, symlinkSync, cpSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A synthetic clinic of N posts for the benchmark: realistic Markdown (headings, lists, links, 300–1,200
 * words), about 10% podcast episodes and 20% tips, 30 tags, dates over five years. Deterministic: the same N
 * always gives the same site, so runs compare.
 */
const WORDS = (
  "health clinic family care vaccine walk water sleep vegetables fruit heart blood pressure sugar kids school " +
  "safety helmet sunscreen stretch breathe stress friends community neighbors checkup appointment nurse doctor " +
  "dietitian question answer season winter summer spring fall cook meal plan budget store label fiber protein"
).split(" ");
const TAGS = Array.from({ length: 30 }, (_, i) => `topic-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? i : ""}`);
const CATEGORIES = ["safety", "nutrition", "kids", "seniors", "mental-health", "chronic-conditions", "seasonal"];
const AUTHORS = ["ana-reyes", "james-okafor", "priya-shah", "tom-becker"];
// The sample staff who may review a tip.
const CLINICIANS = ["ana-reyes", "james-okafor"];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function body(rand: () => number, words: number): string {
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const sentence = () => {
    const s = Array.from({ length: 8 + Math.floor(rand() * 10) }, pick).join(" ");
    return s[0]!.toUpperCase() + s.slice(1) + ".";
  };
  const parts: string[] = [];
  let count = 0;
  let section = 1;
  while (count < words) {
    if (count > 0 && rand() < 0.25) parts.push(`## Section ${section++} about ${pick()}`);
    if (rand() < 0.2) {
      parts.push(Array.from({ length: 4 }, () => `- ${sentence()}`).join("\n"));
      count += 48;
    } else {
      const paragraph = Array.from({ length: 3 + Math.floor(rand() * 3) }, sentence).join(" ");
      parts.push(rand() < 0.3 ? `${paragraph} Read more at [MedlinePlus](https://medlineplus.gov/).` : paragraph);
      count += paragraph.split(" ").length;
    }
  }
  return parts.join("\n\n");
}

const isoDate = (daysAgo: number) => new Date(Date.UTC(2026, 9, 1) - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Writes the site into `dir` (the project's data and layouts, synthetic posts); returns the post files. */
export function writeSyntheticSite(project: string, dir: string, count: number): string[] {
  mkdirSync(path.join(dir, "posts/tips"), { recursive: true });
  // The data files are ES modules, as in the project itself.
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  symlinkSync(path.join(project, "_includes"), path.join(dir, "_includes"));
  cpSync(path.join(project, "_data"), path.join(dir, "_data"), { recursive: true });
  cpSync(path.join(project, "posts/media"), path.join(dir, "posts/media"), { recursive: true });
  copyFileSync(path.join(project, "posts/posts.11tydata.json"), path.join(dir, "posts/posts.11tydata.json"));
  copyFileSync(path.join(project, "posts/tips/tips.11tydata.json"), path.join(dir, "posts/tips/tips.11tydata.json"));
  const rand = random(count);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 10 === 0 ? "episode" : i % 5 === 1 ? "tip" : "post";
    const slug = `${kind}-${String(i).padStart(5, "0")}`;
    const tags = [TAGS[i % 30]!, TAGS[(i * 7) % 30]!];
    const front = [
      `title: "${kind === "tip" ? "Tip" : "Notes"} number ${i}: ${WORDS[i % WORDS.length]} and ${WORDS[(i * 3) % WORDS.length]}"`,
      `date: ${isoDate(Math.floor(rand() * 5 * 365))}`,
      `description: "A short summary of item ${i} for lists and feeds."`,
      `tags: [${tags.join(", ")}]`,
      `author: ${AUTHORS[i % AUTHORS.length]}`,
    ];
    if (kind === "tip") {
      front.push(
        `category: ${CATEGORIES[i % CATEGORIES.length]}`,
        'audience: "Everyone"',
        'summary: "One line about this tip."',
        'sources:\n  - title: "CDC"\n    url: "https://www.cdc.gov/"',
        "reviewed: 2026-06-01",
        `reviewer: ${CLINICIANS[i % CLINICIANS.length]}`,
      );
    }
    if (kind === "episode") {
      front.push(
        `podcast:\n  guid: "bench-episode-${i}"\n  audio: /media/podcast/episode-001.mp3\n  season: 1\n  episode: ${i + 1}\n  transcript: /media/podcast/episode-001.vtt\n  chapters:\n    - time: "0:00"\n      title: "Start"`,
      );
    }
    const file = kind === "tip" ? `posts/tips/${slug}.md` : `posts/${slug}.md`;
    writeFileSync(
      path.join(dir, file),
      `---\n${front.join("\n")}\n---\n\n${body(rand, 300 + Math.floor(rand() * 900))}\n`,
    );
    files.push(file);
  }
  return files;
}
