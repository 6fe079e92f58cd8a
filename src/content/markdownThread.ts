import { serveTasks } from "../lib/threadPool.ts";
import { createMarkdown } from "./markdown.ts";

// Run in a ThreadPool by renderAhead (markdown.ts).
const md = createMarkdown();
serveTasks((body: string) => md.render(body));
