// Thin entry, as .eleventy.js is: a worker thread starts without its parent's TypeScript loader, so it
// loads the module it runs (workerData.module, a file: URL) through tsx.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.module, import.meta.url);
