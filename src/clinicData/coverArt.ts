import { readFileSync } from "node:fs";
import { imageSize } from "image-size";
import { publicFile } from "../lib/publicFiles.ts";

/**
 * Apple Podcasts and Spotify want cover art as a square JPEG or PNG, 1400 to 3000 pixels a side
 * (https://podcasters.apple.com/support/896-artwork-requirements). Checks the real file, not its name.
 */
export function coverArtProblem(root: string, publicPath: string): string | undefined {
  const found = publicFile(root, publicPath);
  if ("problem" in found) return found.problem;
  const { file } = found;
  let size: { width?: number; height?: number; type?: string };
  try {
    size = imageSize(readFileSync(file));
  } catch {
    return `is "${publicPath}", which cannot be read as an image: use a JPEG or PNG`;
  }
  const { width = 0, height = 0, type } = size;
  if (type !== "jpg" && type !== "png")
    return `is "${publicPath}", which is a ${type ?? "unknown"} image: podcast apps need a JPEG or PNG`;
  if (width !== height) return `is ${width}×${height} pixels: podcast cover art must be square`;
  if (width < 1400 || width > 3000)
    return `is ${width}×${height} pixels: podcast cover art must be between 1400×1400 and 3000×3000`;
  return undefined;
}
