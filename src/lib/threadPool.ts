import os from "node:os";
import { parentPort, Worker } from "node:worker_threads";

type Waiting = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type Reply = { id: number; value?: unknown; error?: string };

/**
 * Threads that run one module's task (see serveTasks) beside the build's own thread, which Eleventy keeps
 * busy: a first build's thousands of share cards and Markdown renderings are worked out there. Tasks are
 * all handed over at once and queued by the threads, so they never wait on the busy main thread.
 */
export class ThreadPool<Task, Result> {
  readonly #workers: Worker[];
  readonly #waiting = new Map<number, Waiting>();
  #next = 0;

  /** `module`: the file: URL of a module that calls serveTasks. */
  constructor(module: URL, size = Math.max(1, os.availableParallelism() - 1)) {
    const entry = new URL("./threadEntry.mjs", import.meta.url);
    this.#workers = Array.from({ length: size }, () => {
      // Not the parent's flags: its --import preloads (a loader, a probe) are for the main thread.
      const worker = new Worker(entry, { workerData: { module: module.href }, execArgv: [] });
      worker.on("message", ({ id, value, error }: Reply) => {
        const waiting = this.#waiting.get(id)!;
        this.#waiting.delete(id);
        if (error === undefined) waiting.resolve(value);
        else waiting.reject(new Error(error));
        this.#keepAlive();
      });
      worker.on("error", (error) => this.#failAll(error));
      worker.on("exit", (code) => this.#failAll(new Error(`A build thread stopped (exit code ${code})`)));
      return worker;
    });
  }

  run(task: Task): Promise<Result> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#workers[id % this.#workers.length]!.postMessage({ id, task });
      this.#keepAlive();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  // The process waits for the threads while they have work, and never for an idle pool.
  #keepAlive(): void {
    for (const worker of this.#workers) {
      if (this.#waiting.size > 0) worker.ref();
      else worker.unref();
    }
  }

  #failAll(error: Error): void {
    for (const { reject } of this.#waiting.values()) reject(error);
    this.#waiting.clear();
  }
}

/**
 * The thread's side: runs `work` on each task sent, `atOnce` at a time (work that waits on libuv's threads,
 * as sharp's does, overlaps; the bound keeps the memory held small), and replies with its result or error.
 */
export function serveTasks<Task, Result>(work: (task: Task) => Result | Promise<Result>, atOnce = 4): void {
  const port = parentPort!;
  const queue: { id: number; task: Task }[] = [];
  let running = 0;
  const next = async (): Promise<void> => {
    const job = queue.shift();
    if (!job) return;
    running++;
    try {
      port.postMessage({ id: job.id, value: await work(job.task) });
    } catch (error) {
      port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
    }
    running--;
    void next();
  };
  port.on("message", (job: { id: number; task: Task }) => {
    queue.push(job);
    if (running < atOnce) void next();
  });
}
