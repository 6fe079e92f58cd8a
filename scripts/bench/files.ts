import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";

/** Every file under `dir`, as paths joined to it: what a build wrote, for counting and comparing. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
