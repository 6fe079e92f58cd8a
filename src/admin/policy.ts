import type { EditorBackend } from "./config.ts";

/** GitHub's API, which the editor reads the repository from and commits through. */
export const GITHUB_API = "https://api.github.com";
/** Where GitHub serves the signed-in person's picture, shown in the editor's corner. */
const GITHUB_AVATARS = "https://avatars.githubusercontent.com";

/**
 * The editor's own Content-Security-Policy, for /admin/ only: every other page keeps the site's strict one
 * (src/site/securityHeaders.ts). What each loosening is for:
 * - script-src 'unsafe-eval': the editor checks its configuration with Ajv, which compiles the check into a
 *   function from a string (without it the editor stops at "Error compiling schema").
 * - style-src 'unsafe-inline': the editor's components write their styles into <style> elements as they draw.
 * - img-src blob:: an uploaded picture is shown from memory before it is committed.
 * - connect-src GitHub's API: reading and committing files (not in the test backend, which keeps them in memory).
 * The login window (GitHub, or the login service) is a window of its own, which this policy does not govern.
 */
export function editorContentSecurityPolicy(backend: EditorBackend, forMeta = false): string {
  const github = backend.name === "github";
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self' data: blob:", ...(github ? [GITHUB_AVATARS] : [])].join(" "),
    "media-src 'self' blob:",
    "font-src 'self'",
    ["connect-src 'self'", ...(github ? [GITHUB_API] : [])].join(" "),
    "object-src 'none'",
    "frame-src 'self' blob:",
    "base-uri 'self'",
    "form-action 'self'",
    ...(forMeta ? [] : ["frame-ancestors 'none'"]),
  ].join("; ");
}
