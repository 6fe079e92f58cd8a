export {}; // a module: its names stay its own, and it loads as <script type="module">

/**
 * Progressive enhancement for episode pages. Chapter times are plain media-fragment links
 * (episode.mp3#t=75) that open the audio at that point with no JavaScript at all; with it, they seek the
 * player on the page instead of leaving it.
 */
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-seek]")) {
  link.addEventListener("click", (event) => {
    const player = document.getElementById(link.dataset.player ?? "") as HTMLAudioElement | null;
    if (!player) return;
    event.preventDefault();
    player.currentTime = Number(link.dataset.seek);
    void player.play().catch(() => undefined); // autoplay rules may refuse; the seek still happened
    player.focus();
  });
}
