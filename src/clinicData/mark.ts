import { publicFile } from "../lib/publicFiles.ts";
import type { Clinic } from "./schema.ts";

/**
 * The file of the picture drawn small (browser tabs, phone home screens, share cards): the square icon where
 * the clinic has one, since a wide logo's words would not read there; else the logo itself, fitted in.
 */
export function markFile(root: string, clinic: Clinic): string {
  const found = publicFile(root, clinic.icon ?? clinic.logo);
  // Checked when _data/ was read (loadSiteData.ts): only a file removed during the build gets here.
  if (!("file" in found)) throw new Error(`_data/clinic.json: the icon ${found.problem}`);
  return found.file;
}
