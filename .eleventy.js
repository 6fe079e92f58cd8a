// Thin entry: Eleventy reads this file; everything it configures lives in src/ as TypeScript.
import { tsImport } from "tsx/esm/api";

const { default: clinicBlog, config } = await tsImport("./src/eleventy.config.ts", import.meta.url);

export default clinicBlog;
export { config };
