/** What other features use of the web editor: its address and its own security policy. */
export { editorBackend } from "./backend.ts";
export { editorContentSecurityPolicy } from "./policy.ts";
export const EDITOR_FOLDER = "admin";
