import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Finding } from "./finding.ts";

/**
 * The guardrails' findings for each file, kept on disk between builds (in `.cache/`, like the share cards):
 * checking thousands of unchanged posts was a tenth of every build. An entry is used only for the same file
 * with the same text, checked by the same rules (their source, hashed) against the same clinic details.
 * Stale reviews depend on the day, so they are never kept.
 */
export class FindingsCache {
  #entries = new Map<string, Finding[]>();
  #used = new Map<string, Finding[]>();
  #version = "";
  #changed = false;

  constructor(readonly file: string) {}

  /** Starts a check run for these clinic details; what was kept under other details or rules is dropped. */
  begin(context: string): void {
    const version = createHash("sha256").update(rulesSource()).update(context).digest("hex");
    if (version !== this.#version) {
      this.#version = version;
      this.#entries = this.#read(version);
    }
    this.#used = new Map();
    this.#changed = false;
  }

  get(file: string, text: string, check: () => Finding[]): Finding[] {
    const key = createHash("sha256").update(file).update("\0").update(text).digest("hex");
    let findings = this.#entries.get(key);
    if (!findings) {
      findings = check();
      this.#changed = true;
    }
    this.#used.set(key, findings);
    return findings;
  }

  /** Keeps what this run used (files deleted since are forgotten), if anything changed. */
  save(): void {
    const forgot = [...this.#entries.keys()].some((key) => !this.#used.has(key));
    this.#entries = this.#used;
    if (!this.#changed && !forgot) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ version: this.#version, entries: Object.fromEntries(this.#used) }));
  }

  #read(version: string): Map<string, Finding[]> {
    try {
      const saved = JSON.parse(readFileSync(this.file, "utf8")) as { version?: string; entries?: Record<string, Finding[]> };
      return saved.version === version && saved.entries ? new Map(Object.entries(saved.entries)) : new Map();
    } catch {
      return new Map(); // none yet, or unreadable: check everything
    }
  }
}

// The rules' own source: a clinic that changes a rule gets every file checked again.
let source: string | undefined;
function rulesSource(): string {
  if (source === undefined) {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).sort();
    source = files.map((f) => `${f}\n${readFileSync(path.join(dir, f), "utf8")}`).join("\n");
  }
  return source;
}
