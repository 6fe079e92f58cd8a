/**
 * Makes the sample podcast media for the starter kit: a trailer and two short spoken episodes (MP3 + WebVTT
 * transcript), the first episode again in Spanish (episode-001.es.mp3 and .vtt, for the Spanish episode post),
 * a smaller copy of the first in each language for listeners with little data, and the show's cover art, all
 * written to posts/media/podcast/.
 *
 *   npx tsx scripts/make-sample-podcast.ts
 *
 * Needs espeak-ng and ffmpeg/ffprobe on the PATH, and Chromium at /usr/bin/chromium (through Playwright).
 * It is not part of the build: run it by hand when the script below changes, and commit what it writes.
 * It prints each episode's chapter start times, duration and size for the posts' front matter.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

type Speaker = "Tom" | "Ana" | "James";
type Language = "en" | "es";
interface Segment {
  speaker: Speaker;
  chapter?: string;
  text: string;
}
interface Episode {
  file: string;
  title: string;
  /** Picks the voices, the spoken spellings and the words of the MP3's artist tag. */
  language: Language;
  segments: Segment[];
}

const OUT_DIR = path.resolve("posts/media/podcast");
const SHOW = "Riverbend Health Talk";
const CLINIC = "Riverbend Community Health Center";
const WORDS_PER_MINUTE = 160;
const PAUSE_SECONDS = 0.4;
const SAMPLE_RATE = 22050; // espeak-ng's native rate, so the WAVs and the silence concatenate without resampling

const NAMES: Record<Speaker, string> = { Tom: "Tom Becker", Ana: "Ana Reyes", James: "James Okafor" };

// The same three voices in each language; es-419 is espeak-ng's Latin American Spanish, the Spanish most of the
// clinic's Spanish-speaking patients (from Mexico and Central America) hear at home.
const VOICES: Record<Language, Record<Speaker, string>> = {
  en: { Tom: "en-us+m3", Ana: "en-us+f3", James: "en-us+m1" },
  es: { Tom: "es-419+m3", Ana: "es-419+f3", James: "es-419+m1" },
};

/** "Tom Becker with Ana Reyes" in the MP3's artist tag. */
const WITH: Record<Language, string> = { en: "with", es: "con" };

// The transcript shows the text as written; espeak-ng hears these spellings instead, because it reads
// "911" as "nine hundred eleven", phone numbers as big numbers, and guesses the names wrong.
const SAY_INSTEAD: Record<Language, [RegExp, string][]> = {
  en: [
    [/\b911\b/g, "nine one one"],
    [/\(555\) 010-0123/g, "five five five, zero one zero, zero one two three"],
    [/\bReyes\b/g, "Rayess"],
    [/\bOkafor\b/g, "O'kahfor"],
  ],
  // In Spanish it reads "911" as "novecientos once", and English names and web addresses with Spanish letter
  // sounds; these spellings make it say them as a Spanish speaker in the US would ("diagonal" for "/").
  es: [
    [/\b911\b/g, "nueve uno uno"],
    [/\(555\) 010-0123/g, "cinco cinco cinco, cero uno cero, cero uno dos tres"],
    [/\b6:30\b/g, "seis y media"],
    [/\b12:30\b/g, "doce y media"],
    [/\bHealth Talk\b/g, "Jelz Tok"],
    [/\bBecker\b/g, "Béquer"],
    [/\bcdc\.gov\/flu\/es\b/g, "se de se punto gob, diagonal flu, diagonal es"],
    [/\bmedlineplus\.gov\/spanish\b/g, "Médlain Plus punto gob, diagonal espánish"],
  ],
};

const DISCLAIMER = "This show is general education, not medical advice, and in an emergency, call 911.";
const DISCLAIMER_ES =
  "Este programa es solo para educación general. No es consejo médico. En una emergencia, llame al 911.";

const EPISODES: Episode[] = [
  {
    file: "trailer",
    title: `Welcome to ${SHOW}`,
    language: "en",
    segments: [
      { speaker: "Tom", text: DISCLAIMER },
      {
        speaker: "Tom",
        text: `Welcome to ${SHOW}, from ${CLINIC}. Once a month, our doctors, nurses and dietitians talk about staying well, in plain words. Subscribe in your podcast app.`,
      },
    ],
  },
  {
    file: "episode-001",
    title: "Flu season, in plain words",
    language: "en",
    segments: [
      { speaker: "Tom", chapter: "Welcome", text: DISCLAIMER },
      { speaker: "Tom", text: `Welcome to ${SHOW}. I'm Tom Becker, here with our medical director, Doctor Ana Reyes.` },
      { speaker: "Ana", text: "Thanks, Tom. Happy to be here." },
      { speaker: "Tom", chapter: "Why a flu shot every year", text: "Ana, why a flu shot every year?" },
      {
        speaker: "Ana",
        text: "Flu viruses change from year to year, and protection from the shot fades over time. So the vaccine is updated each season.",
      },
      { speaker: "Tom", chapter: "Who should get one", text: "Who should get one?" },
      { speaker: "Ana", text: "The CDC recommends a yearly flu vaccine for almost everyone six months and older." },
      {
        speaker: "Ana",
        text: "It matters most for older adults, young children, pregnant people, and people with conditions like asthma or diabetes. Not sure what is right for you? Ask your clinician.",
      },
      { speaker: "Tom", chapter: "Walk-in flu shot hours", text: "Is it easy to get one here?" },
      {
        speaker: "Ana",
        text: "Yes. Just walk in, no appointment needed: Monday to Friday, 8 a.m. to 6:30 p.m., and Saturday, 9 a.m. to 12:30 p.m.",
      },
      { speaker: "Ana", chapter: "Where to learn more", text: "To learn more, visit cdc.gov/flu, or medlineplus.gov." },
      { speaker: "Tom", text: `Questions? Call us at (555) 010-0123. Thanks for listening to ${SHOW}.` },
    ],
  },
  {
    file: "episode-002",
    title: "Eating well on a budget",
    language: "en",
    segments: [
      { speaker: "Tom", chapter: "Welcome", text: DISCLAIMER },
      { speaker: "Tom", text: `Welcome to ${SHOW}. I'm Tom Becker, here with our registered dietitian, James Okafor.` },
      { speaker: "James", text: "Thanks, Tom. Let's talk about eating well without spending a lot." },
      { speaker: "Tom", chapter: "Plan before you shop", text: "Where should people start?" },
      {
        speaker: "James",
        text: "With a plan. Pick a few meals for the week, check what you have, and write a short list. Then less food goes to waste.",
      },
      { speaker: "Tom", chapter: "Frozen and canned count too", text: "Is fresh always best?" },
      {
        speaker: "James",
        text: "Not at all. Frozen vegetables are frozen at their peak and keep for months. Canned beans and tomatoes are cheap, too. Look for no salt added, or rinse them.",
      },
      { speaker: "Tom", chapter: "One easy recipe idea", text: "Give us one easy idea." },
      {
        speaker: "James",
        text: "Try a bean and vegetable skillet. Warm frozen mixed vegetables, add rinsed canned black beans and some salsa, and serve over rice.",
      },
      { speaker: "James", text: "On a special diet? Ask your clinician what fits you." },
      {
        speaker: "James",
        chapter: "Where to learn more",
        text: "For more ideas, visit myplate.gov. If money for food is tight, learn about SNAP at fns.usda.gov/snap.",
      },
      { speaker: "Tom", text: `Questions? Call us at (555) 010-0123. Thanks for listening to ${SHOW}.` },
    ],
  },
  {
    // The first episode in Spanish, for posts/es/podcast-la-temporada-de-gripe-en-palabras-sencillas.md: the
    // same talk, said as the clinic's Spanish-speaking staff would say it, not word for word. Its chapter times
    // (printed below when it runs) go in that post's front matter.
    file: "episode-001.es",
    title: "La temporada de gripe, en palabras sencillas",
    language: "es",
    segments: [
      { speaker: "Tom", chapter: "Bienvenida", text: DISCLAIMER_ES },
      {
        speaker: "Tom",
        text: `Bienvenidos a ${SHOW}. Soy Tom Becker, y hoy me acompaña nuestra directora médica, la doctora Ana Reyes.`,
      },
      { speaker: "Ana", text: "Gracias, Tom. Con mucho gusto." },
      {
        speaker: "Tom",
        chapter: "Por qué vacunarse cada año",
        text: "Ana, ¿por qué hay que vacunarse contra la gripe cada año?",
      },
      {
        speaker: "Ana",
        text: "Los virus de la gripe cambian de un año a otro, y la protección de la vacuna va bajando con el tiempo. Por eso, la vacuna se actualiza cada temporada.",
      },
      { speaker: "Tom", chapter: "Quién debe vacunarse", text: "¿Quién debe vacunarse?" },
      {
        speaker: "Ana",
        text: "Los CDC recomiendan que casi todas las personas de seis meses en adelante se vacunen contra la gripe cada año.",
      },
      {
        speaker: "Ana",
        text: "Es aún más importante para los adultos mayores, los niños pequeños, las personas embarazadas y quienes tienen enfermedades como asma o diabetes. ¿No sabe qué es lo mejor para usted? Pregúntele a su médico.",
      },
      { speaker: "Tom", chapter: "Vacunas sin cita", text: "¿Es fácil vacunarse aquí?" },
      {
        speaker: "Ana",
        text: "Sí. Solo venga, no necesita cita: de lunes a viernes, de 8 de la mañana a 6:30 de la tarde, y los sábados, de 9 de la mañana a 12:30 de la tarde.",
      },
      {
        speaker: "Ana",
        chapter: "Dónde aprender más",
        text: "Para saber más, visite cdc.gov/flu/es o medlineplus.gov/spanish.",
      },
      { speaker: "Tom", text: `¿Tiene preguntas? Llámenos al (555) 010-0123. Gracias por escuchar ${SHOW}.` },
    ],
  },
];

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Exact length in seconds, read from the file rather than estimated, so the transcript stays in sync. */
function durationOf(file: string): number {
  return Number(run("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file]).trim());
}

/** WebVTT time, HH:MM:SS.mmm. Rounded to whole milliseconds first so 59.9996 s never prints as "59.1000". */
function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

/** Chapter time as podcast apps and the front matter show it, M:SS (whole seconds, rounded down). */
function chapterTime(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function makeEpisode(episode: Episode, work: string, silence: string): void {
  const parts: string[] = [];
  const cues: string[] = [];
  const chapters: string[] = [];
  let clock = 0;

  episode.segments.forEach((segment, i) => {
    if (i > 0) {
      parts.push(silence);
      clock += PAUSE_SECONDS;
    }
    const wav = path.join(work, `${episode.file}-${String(i).padStart(2, "0")}.wav`);
    const spoken = SAY_INSTEAD[episode.language].reduce(
      (text, [pattern, say]) => text.replace(pattern, say),
      segment.text,
    );
    const name = NAMES[segment.speaker];
    const voice = VOICES[episode.language][segment.speaker];
    run("espeak-ng", ["-v", voice, "-s", String(WORDS_PER_MINUTE), "-w", wav, spoken]);
    const length = durationOf(wav);

    if (segment.chapter) chapters.push(`${chapterTime(clock)}  ${segment.chapter}`);
    cues.push(`${vttTime(clock)} --> ${vttTime(clock + length)}\n<v ${name}>${segment.text}`);
    parts.push(wav);
    clock += length;
  });

  // The concat demuxer joins the WAVs sample for sample (they share one format), so the cue times hold.
  const list = path.join(work, `${episode.file}.txt`);
  writeFileSync(list, parts.map((file) => `file '${file}'\n`).join(""));
  const mp3 = path.join(OUT_DIR, `${episode.file}.mp3`);
  const guest = episode.segments.find((s) => s.speaker !== "Tom")?.speaker ?? "Tom";
  run("ffmpeg", [
    "-y",
    "-v",
    "error",
    "-f",
    "concat",
    "-safe",
    "0",
    "-i",
    list,
    "-ac",
    "1",
    "-ar",
    String(SAMPLE_RATE),
    "-c:a",
    "libmp3lame",
    "-b:a",
    "32k",
    // bitexact leaves out ffmpeg's version string, so rerunning with the same tools gives the same bytes
    "-fflags",
    "+bitexact",
    "-flags:a",
    "+bitexact",
    "-id3v2_version",
    "3",
    "-metadata",
    `title=${episode.title}`,
    "-metadata",
    `artist=Tom Becker ${WITH[episode.language]} ${NAMES[guest]}`,
    "-metadata",
    `album=${SHOW}`,
    mp3,
  ]);
  writeFileSync(path.join(OUT_DIR, `${episode.file}.vtt`), `WEBVTT\n\n${cues.join("\n\n")}\n`);

  const bytes = statSync(mp3).size;
  console.log(`\n${episode.file}: "${episode.title}"`);
  console.log(
    `  mp3: ${durationOf(mp3).toFixed(3)} s, ${bytes} bytes${bytes >= 500_000 ? "  (too big: keep under 500 KB)" : ""}`,
  );
  console.log(`  chapters:\n    ${chapters.join("\n    ")}`);
}

/**
 * The smaller copy of an episode for listeners with little data (16 kbps mono, about half the size), which
 * the feed offers as an alternate enclosure and the episode page as a smaller download.
 */
function makeLowData(file: string): void {
  const low = path.join(OUT_DIR, `${file}.low.mp3`);
  run("ffmpeg", [
    ...["-y", "-v", "error", "-i", path.join(OUT_DIR, `${file}.mp3`)],
    ...["-ac", "1", "-ar", "16000", "-c:a", "libmp3lame", "-b:a", "16k"],
    ...["-fflags", "+bitexact", "-flags:a", "+bitexact", low],
  ]);
  console.log(`\n${file}.low.mp3: ${durationOf(low).toFixed(3)} s, ${statSync(low).size} bytes`);
}

/** Three curved lines on each side of the microphone, like sound spreading out. */
function soundWaves(cx: number, cy: number): string {
  const arcs: string[] = [];
  const angle = (40 * Math.PI) / 180; // each arc spans 40° above and below the mic's centre line
  // Fainter as they spread, so the mark reads as sound, not as stripes.
  for (const [r, opacity] of [
    [330, 1],
    [450, 0.7],
    [570, 0.4],
  ] as const) {
    const dx = r * Math.cos(angle);
    const dy = r * Math.sin(angle);
    for (const side of [1, -1]) {
      const sweep = side === 1 ? 1 : 0;
      arcs.push(
        `<path d="M ${cx + side * dx} ${cy - dy} A ${r} ${r} 0 0 ${sweep} ${cx + side * dx} ${cy + dy}" stroke="#9fe0c4" stroke-opacity="${opacity}" />`,
      );
    }
  }
  return `<g fill="none" stroke-width="46" stroke-linecap="round">${arcs.join("")}</g>`;
}

const COVER_HTML = `<!doctype html><html><head><style>
  html, body { margin: 0; background: #0b6e4f; }
  text { font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; }
</style></head><body>
<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="3000" viewBox="0 0 3000 3000">
  <rect width="3000" height="3000" fill="#0b6e4f" />
  <circle cx="1500" cy="900" r="640" fill="#084c37" />
  ${soundWaves(1500, 840)}
  <rect x="1370" y="520" width="260" height="470" rx="130" fill="#ffffff" />
  <g stroke="#0b6e4f" stroke-width="18" stroke-linecap="round">
    <line x1="1440" y1="660" x2="1560" y2="660" /><line x1="1440" y1="730" x2="1560" y2="730" /><line x1="1440" y1="800" x2="1560" y2="800" />
  </g>
  <g fill="none" stroke="#ffffff" stroke-width="46" stroke-linecap="round">
    <path d="M 1290 850 A 210 210 0 0 0 1710 850" />
    <line x1="1500" y1="1062" x2="1500" y2="1200" /><line x1="1380" y1="1210" x2="1620" y2="1210" />
  </g>
  <text x="1500" y="1930" text-anchor="middle" font-size="400" font-weight="700" fill="#ffffff">Riverbend</text>
  <text x="1500" y="2340" text-anchor="middle" font-size="400" font-weight="700" fill="#ffffff">Health Talk</text>
  <rect x="1300" y="2480" width="400" height="26" rx="13" fill="#9fe0c4" />
  <text x="1500" y="2720" text-anchor="middle" font-size="138" font-weight="700" fill="#d9f2e7">${CLINIC}</text>
</svg></body></html>`;

async function makeCover(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 3000, height: 3000 }, deviceScaleFactor: 1 });
    await page.setContent(COVER_HTML);
    await page.evaluate(() => document.fonts.ready); // draw with the real font, not a fallback mid-load
    const cover = path.join(OUT_DIR, "cover.jpg");
    await page.screenshot({ path: cover, type: "jpeg", quality: 82 });
    const bytes = statSync(cover).size;
    console.log(`\ncover.jpg: 3000x3000, ${bytes} bytes${bytes >= 400_000 ? "  (over the 400 KB target)" : ""}`);
  } finally {
    await browser.close();
  }
}

mkdirSync(OUT_DIR, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), "sample-podcast-"));
try {
  // One shared pause, in exactly the segments' format (mono, 16-bit, 22050 Hz) so concatenation is lossless.
  const silence = path.join(work, "pause.wav");
  run("ffmpeg", [
    "-y",
    "-v",
    "error",
    "-f",
    "lavfi",
    "-i",
    `anullsrc=r=${SAMPLE_RATE}:cl=mono`,
    "-t",
    String(PAUSE_SECONDS),
    "-c:a",
    "pcm_s16le",
    silence,
  ]);
  for (const episode of EPISODES) makeEpisode(episode, work, silence);
  makeLowData("episode-001");
  makeLowData("episode-001.es");
  await makeCover();
} finally {
  rmSync(work, { recursive: true, force: true });
}
