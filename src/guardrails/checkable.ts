/**
 * The text the rules read, with everything they must not read blanked out to spaces, so every match keeps
 * its line and column in the file: code, link addresses, comments, and front matter fields that are not
 * prose (dates, paths, ids). Transcripts keep their words and lose their timings.
 */
const blank = (s: string) => s.replace(/[^\n]/g, " ");

// Front matter fields whose values are prose a reader sees (nested lines of `social:` included). Tags are
// shown on every post and topic page. Inside other fields, a nested `title:` (a podcast chapter's, a video's)
// is shown too, so that one line is read.
const PROSE_FIELDS = new Set(["title", "description", "summary", "audience", "social", "imageAlt", "tags"]);
const NESTED_TITLE = /^(\s+(?:-\s+)?title:)/;

export function checkableText(file: string, text: string): string {
  if (/\.(vtt|srt)$/i.test(file)) {
    return text
      .split("\n")
      .map((line) => (/-->|^\s*\d+\s*$|^WEBVTT/.test(line) ? blank(line) : line))
      .join("\n");
  }
  let result = text;
  const fence = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*$/m.exec(text);
  if (fence && fence.index === 0) {
    let keep = false;
    const lines = fence[0].split("\n").map((line) => {
      const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
      if (key) keep = PROSE_FIELDS.has(key);
      else if (!/^\s/.test(line)) keep = false;
      if (!keep && NESTED_TITLE.test(line)) return line.replace(NESTED_TITLE, (m) => blank(m));
      return keep ? line.replace(/^([A-Za-z][\w-]*):/, (m) => blank(m)) : blank(line);
    });
    result = lines.join("\n") + result.slice(fence[0].length);
  }
  return result
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, blank) // fenced code
    .replace(/`[^`\n]+`/g, blank) // inline code
    .replace(/<!--[\s\S]*?-->/g, blank) // comments, allow comments included
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (m) => "]" + blank(m.slice(1))) // link addresses
    .replace(/<(?:https?|mailto|tel):[^>\s]+>/g, blank) // autolinks
    .replace(/\b(?:https?:\/\/|www\.)[^\s)<>"]+/g, blank); // bare addresses
}
