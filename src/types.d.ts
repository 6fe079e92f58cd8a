declare module "@hackmd/markdown-it-task-lists" {
  import type { MarkdownIt } from "markdown-it";
  const taskLists: (md: MarkdownIt, options?: { enabled?: boolean; label?: boolean; labelAfter?: boolean }) => void;
  export default taskLists;
}

declare module "@11ty/eleventy" {
  /** The programmatic API, as far as scripts/ use it. */
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: { configPath?: string; quietMode?: boolean; runMode?: string },
    );
    write(): Promise<unknown>;
    init(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    /** Builds, then watches; resolves to what it runs when a file changes (Eleventy returns it for tests). */
    watch(): Promise<unknown>;
    stopWatch(): Promise<void>;
  }
}

declare module "@11ty/posthtml-urls" {
  import type { Plugin } from "posthtml";
  const urls: (options: {
    eachURL: (url: string, attribute: string, tagName: string) => string | Promise<string>;
  }) => Plugin<unknown>;
  export default urls;
}

declare module "@11ty/eleventy-img" {
  export const eleventyImageTransformPlugin: (config: unknown, options?: Record<string, unknown>) => void;
  type Options = { widths: number[]; formats: string[]; outputDir: string; urlPath: string };
  type Metadata = Record<string, { url: string; width: number; height: number }[]>;
  /** Makes the files; `statsSync` says what they will be, without making them. */
  function Image(src: string, options: Options): Promise<Metadata>;
  namespace Image {
    function statsSync(src: string, options: Options): Metadata;
    function generateHTML(metadata: Metadata, attributes: Record<string, string>): string;
  }
  export default Image;
}
