/**
 * The part of Eleventy's configuration API this project uses. Eleventy ships JavaScript without type
 * declarations, so this names just what we call, to keep `strict` checking useful at the boundary.
 */
export interface EleventyConfig {
  addPlugin<T>(plugin: (config: EleventyConfig, options: T) => void, options?: T): void;
  addCollection(name: string, build: (api: CollectionApi) => unknown): void;
  addFilter(name: string, filter: (...args: any[]) => unknown): void;
  addGlobalData(name: string, data: unknown): void;
  addShortcode(name: string, shortcode: (...args: any[]) => string): void;
  /** Where Eleventy reads and writes, as the command line or configuration set them. */
  directories: { input: string; output: string };
  addTemplate(
    inputPath: string,
    content: string | { data: Record<string, unknown>; render: (data: any) => unknown },
    data?: Record<string, unknown>,
  ): void;
  addPreprocessor(
    name: string,
    extensions: string,
    callback: (this: { inputPath: string }, data: Record<string, unknown>, content: string) => unknown,
  ): void;
  addDateParsing(callback: (this: { page: { inputPath: string } }, value: unknown) => unknown): void;
  addPassthroughCopy(mapping: Record<string, string> | string): void;
  addWatchTarget(path: string): void;
  addTransform(name: string, transform: (this: TransformContext, content: string) => unknown): void;
  htmlTransformer: {
    transformContent(outputPath: string, content: string, context: TransformContext): Promise<string>;
  };
  setLibrary(name: string, library: unknown): void;
  setFrontMatterParsingOptions(options: Record<string, unknown>): void;
  on(
    event: "eleventy.before" | "eleventy.after",
    callback: (event: {
      runMode: string;
      incremental: boolean;
      directories: { input: string; output: string };
    }) => unknown,
  ): void;
  /** Eleventy's own benchmark groups; what they time is printed with DEBUG=Eleventy:Benchmark*. */
  benchmarks: { aggregate: { get(name: string): { before(): void; after(): void } } };
  ignores: { add(glob: string): void };
  watchIgnores: { add(glob: string): void };
}

export interface TransformContext {
  page: { inputPath: string; outputPath: string | false; url: string | false };
}

export interface CollectionItem {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
  content: string;
}

export interface CollectionApi {
  getAll(): CollectionItem[];
}
