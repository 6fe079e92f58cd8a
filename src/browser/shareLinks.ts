export {}; // a module: its names stay its own, and it loads as <script type="module">

/**
 * A post's share section: the phone's own share menu where the browser offers one (Web Share), and the
 * Mastodon form, which sends the reader to their own server's share page. Both stay hidden without this
 * script; the plain links above them work either way, and nothing loads from a network before a click.
 */
const native = document.querySelector<HTMLButtonElement>("button[data-share-url]");
if (native && typeof navigator.share === "function") {
  native.closest<HTMLElement>("[hidden]")?.removeAttribute("hidden");
  native.addEventListener("click", () => {
    // A reader who closes the menu rejects the promise: nothing to report.
    navigator.share({ title: native.dataset.shareTitle, url: native.dataset.shareUrl }).catch(() => undefined);
  });
}

const mastodon = document.querySelector<HTMLFormElement>("form[data-share-text]");
if (mastodon) {
  mastodon.hidden = false;
  const input = mastodon.querySelector<HTMLInputElement>("input")!;
  mastodon.addEventListener("submit", (event) => {
    event.preventDefault();
    const server = serverName(input.value);
    if (!server) {
      input.setCustomValidity(mastodon.dataset.serverMissing ?? "Type your server's name, like mastodon.social");
      input.reportValidity();
      return;
    }
    const text = encodeURIComponent(mastodon.dataset.shareText ?? "");
    window.location.assign(`https://${server}/share?text=${text}`);
  });
  input.addEventListener("input", () => input.setCustomValidity(""));
}

/** "mastodon.social", "https://mastodon.social/", "@me@mastodon.social" → "mastodon.social"; else "". */
function serverName(typed: string): string {
  const host = typed
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/^@?[^@\s/]+@/, "")
    .replace(/\/.*$/, "")
    .toLowerCase();
  // A host name only: letters, digits, dots and dashes, with a dot in it.
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : "";
}
