import { serveTasks } from "../lib/threadPool.ts";
import { renderShareImage } from "./image.ts";

// Run in a ThreadPool by drawCards (cards.ts).
serveTasks(renderShareImage);
