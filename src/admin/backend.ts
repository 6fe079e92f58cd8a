import type { Settings } from "../clinicData/schema.ts";
import type { EditorBackend } from "./config.ts";

/**
 * Where the editor commits, from settings.json's `editor` and the host's environment:
 * - CLINIC_EDITOR_BACKEND=test-repo: Decap's backend that keeps files in the browser's memory (the tests').
 * - the repository from settings, or the one Netlify (REPOSITORY_URL) or GitHub Actions (GITHUB_REPOSITORY, once
 *   authProxy is set) builds; undefined when none is known, and then the site has no /admin/.
 */
export function editorBackend(settings: Settings, env: NodeJS.ProcessEnv): EditorBackend | undefined {
  if (env.CLINIC_EDITOR_BACKEND === "test-repo") return { name: "test-repo" };
  if (env.CLINIC_EDITOR_BACKEND && env.CLINIC_EDITOR_BACKEND !== "github")
    throw new Error(
      `CLINIC_EDITOR_BACKEND is "${env.CLINIC_EDITOR_BACKEND}": use "github" (the default) or "test-repo" (for tests only)`,
    );
  const editor = settings.editor;
  // A build on GitHub Actions is a GitHub Pages deploy, where GitHub's login works only through the service
  // named in authProxy (Netlify has its own): without one, /admin/ would be a login button that cannot work.
  const fromActions = editor?.authProxy ? env.GITHUB_REPOSITORY : undefined;
  const repo = editor?.repo ?? repoOfUrl(env.REPOSITORY_URL) ?? fromActions;
  if (!repo) return undefined;
  return {
    name: "github",
    repo,
    branch: editor?.branch ?? "main",
    ...(editor?.authProxy && { authProxy: editor.authProxy }),
    reviewFirst: editor?.reviewFirst ?? true,
  };
}

/** "https://github.com/owner/name" (how Netlify names the repository) → "owner/name". */
function repoOfUrl(url: string | undefined): string | undefined {
  const match = url && /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? match[1] : undefined;
}
