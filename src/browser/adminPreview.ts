/**
 * The web editor's preview shows a post in the site's own stylesheet. A file of its own, because the editor's
 * page, like every page, runs no inline script.
 */
interface DecapCms {
  registerPreviewStyle(address: string): void;
}

const cms = (window as unknown as { CMS?: DecapCms }).CMS;
cms?.registerPreviewStyle("/assets/site.css");
