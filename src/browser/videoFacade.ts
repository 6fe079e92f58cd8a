export {}; // a module: its names stay its own, and it loads as <script type="module">

/**
 * A video facade: the page shows a still and a play button, and only a click loads YouTube's player,
 * from its privacy-enhanced domain. Before that, YouTube hears nothing about the reader.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-youtube]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const frame = document.createElement("iframe");
    frame.src = `https://www.youtube-nocookie.com/embed/${encodeURIComponent(link.dataset.youtube ?? "")}?autoplay=1`;
    frame.title = link.dataset.title ?? "Video";
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.className = "video-facade__player";
    link.replaceWith(frame);
    frame.focus();
  });
}
